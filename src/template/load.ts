// loadTemplate: file discovery → parse → packer block → values (helper phase) → sources and builds → BuildPlan.
import { dirname } from 'node:path';
import { errorDiag, hasErrors, type Diagnostic } from '../hcl/diagnostics/diagnostic.js';
import type { EvalContext } from '../hcl/eval/eval-context.js';
import type { Range } from '../hcl/source/pos.js';
import type { Body } from '../hcl/structure.js';
import { EmptyObjectType, StringType } from '../hcl/value/type.js';
import { Value } from '../hcl/value/value.js';
import type { ComponentRegistry } from '../plugins/types.js';
import { decodeBuildBlock, type BuildDef } from './build-block.js';
import { expandDynamicBlocks } from './dynamic-body.js';
import type { LoadOptions, TemplateFile } from './files.js';
import { discoverTemplateFiles } from './files-discovery.js';
import { loadLegacyJsonTemplate } from './legacy/index.js';
import { checkRequiredVersions, decodeRequiredPlugins } from './packer-block.js';
import { parseTemplateFiles } from './parse-files.js';
import type { BuildPlan } from './plan.js';
import { checkBuildReferences, planBuilds } from './plan-builds.js';
import { collectSources } from './source-blocks.js';
import { collectTopLevelBlocks } from './top-level.js';
import { initializeValues } from './values-phase.js';
import { addSuggestions } from './values/suggest-reference.js';

export interface LoadResult {
  plan?: BuildPlan;
  diagnostics: Diagnostic[];
  /** Every file read, by name, for rendering diagnostics with snippets. */
  sources: Map<string, string>;
  /** The evaluation context (var, local, data, path, packer, functions), for `console TEMPLATE`. */
  ctx?: EvalContext;
  /** The values of sensitive variables, as soon as they are known: diagnostics are masked even when no plan is made. */
  sensitiveValues?: readonly string[];
}

/** Loads a template file or directory into a BuildPlan, as Packer's Parse, Initialize and GetBuilds. */
export async function loadTemplate(opts: LoadOptions, registry: ComponentRegistry): Promise<LoadResult> {
  const r = await loadAny(opts, registry);
  return { ...r, diagnostics: addSuggestions(r.diagnostics) };
}

async function loadAny(opts: LoadOptions, registry: ComponentRegistry): Promise<LoadResult> {
  const sources = new Map<string, string>();
  const found = await discoverTemplateFiles(opts.path, opts.cwd);
  if (found.kind === 'legacy') {
    const r = await loadLegacyJsonTemplate(opts, registry);
    return { diagnostics: r.diagnostics, sources: r.sources, ...(r.plan === undefined ? {} : { plan: r.plan }) };
  }
  if (found.kind === 'error') return { diagnostics: found.diagnostics, sources };

  const diags: Diagnostic[] = [];
  const parsed = await parseTemplateFiles(found.files, opts.cwd, sources);
  diags.push(...parsed.diagnostics);
  if (hasErrors(diags)) return { diagnostics: diags, sources };

  const { blocks, diagnostics: topDiags } = collectTopLevelBlocks(parsed.files);
  // Version requirements first, so an old Kiln reports them rather than confusing errors further down.
  const versionDiags = checkRequiredVersions(blocks.packer, opts.packerVersion);
  if (hasErrors(versionDiags)) return { diagnostics: [...diags, ...versionDiags], sources };
  const parseDiags = [...versionDiags, ...topDiags, ...decodeRequiredPlugins(blocks.packer, registry).diagnostics];
  diags.push(...parseDiags);
  if (opts.syntaxOnly) return { diagnostics: diags, sources };

  const rootDir = found.isDir ? opts.path : dirname(opts.path);
  const values = await initializeValues({ blocks, opts, rootDir, registry });
  diags.push(...values.parseDiagnostics);
  // Unset variables, failed validations and locals that use what did not parse only repeat the parse errors.
  const parsedOk = !hasErrors(parseDiags) && !hasErrors(values.parseDiagnostics);
  if (parsedOk) diags.push(...values.initializeDiagnostics);
  for (const f of values.varFiles) if (!sources.has(f.filename)) sources.set(f.filename, f.text);
  for (const [name, text] of values.sources) if (!sources.has(name)) sources.set(name, text);
  const ctx = values.ctx;
  // Packer stops after its Parse phase (structure, packer block, variables) when that phase has errors.
  if (hasErrors(parseDiags)) return { diagnostics: diags, sources, ctx, sensitiveValues: values.sensitiveValues };

  // Packer's DatasourceContext: dynamic blocks see var, local and data; source and build are not known yet.
  const dynCtx = ctx.newChild({
    variables: {
      source: Value.object({ type: Value.unknown(StringType), name: Value.unknown(StringType) }),
      build: Value.unknown(EmptyObjectType),
    },
  });
  const wrap = (b: Body): Body => expandDynamicBlocks(b, dynCtx);
  const { sources: sourceDefs, diagnostics: sourceDiags } = collectSources(blocks.source, wrap);
  diags.push(...sourceDiags);
  const builds: BuildDef[] = [];
  blocks.build.forEach((block, index) => {
    const r = decodeBuildBlock(block, wrap(block.body), index, dynCtx);
    diags.push(...r.diagnostics);
    if (r.build !== undefined) builds.push(r.build);
  });
  if (blocks.build.length === 0 && (opts.mode === 'validate' || opts.mode === 'build')) {
    diags.push(missingBuildBlock(parsed.files, sourceDefs.keys()));
  }

  diags.push(...checkBuildReferences({ builds, sources: sourceDefs, registry }));
  // Packer's Initialize ends here: with errors, components are never configured (GetBuilds is not reached).
  if (hasErrors(diags)) return { diagnostics: diags, sources, ctx, sensitiveValues: values.sensitiveValues };

  const planned = planBuilds({
    builds,
    sources: sourceDefs,
    registry,
    ctx,
    only: opts.only,
    except: opts.except,
    lenient: opts.mode === 'inspect' || opts.mode === 'console',
  });
  // As Packer's build command, builds whose own configuration is valid still run when others are not
  // ("something could have gone wrong but we still want to run valid builds"); the exit status stays 1.
  const runValidBuilds = opts.mode === 'build' && !hasErrors(diags) && planned.builds.length > 0;
  diags.push(...planned.diagnostics);
  if (hasErrors(diags) && !runValidBuilds) return { diagnostics: diags, sources, ctx, sensitiveValues: values.sensitiveValues };
  const plan: BuildPlan = {
    templateType: 'hcl2',
    path: opts.path,
    rootDir,
    variables: values.variables,
    locals: values.locals,
    builds: planned.builds,
    sensitiveValues: values.sensitiveValues,
  };
  return { plan, diagnostics: diags, sources, ctx, sensitiveValues: values.sensitiveValues };
}

/** "Missing build block" at the last line of the first file (so it has a snippet), with a build block to add. */
function missingBuildBlock(files: readonly TemplateFile[], sourceNames: Iterable<string>): Diagnostic {
  const first = [...sourceNames][0];
  const example = `build {\n  sources = ["source.${first ?? 'TYPE.NAME'}"]\n}`;
  const declared = first === undefined ? ' Declare a source block, then add a build block that uses it:' : ' For example:';
  const detail = `A build block with one or more sources is required for executing a build.${declared}\n\n${example}`;
  return errorDiag('Missing build block', detail, lastLineOf(files[0]));
}

/** The last non-blank line of a file, or its end when it has none. */
function lastLineOf(f: TemplateFile | undefined): Range | undefined {
  if (f === undefined) return undefined;
  const lines = f.text.split('\n');
  let i = lines.length - 1;
  while (i > 0 && lines[i]!.trim() === '') i--;
  const before = lines.slice(0, i).join('\n');
  const startByte = i === 0 ? 0 : Buffer.byteLength(before) + 1;
  const text = lines[i]!.replace(/\s+$/, '');
  const start = { line: i + 1, column: 1, byte: startByte };
  const end = { line: i + 1, column: [...text].length + 1, byte: startByte + Buffer.byteLength(text) };
  return { filename: f.filename, start, end };
}
