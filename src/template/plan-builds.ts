// From decoded build blocks to PlannedBuilds: -only/-except, source lookup, and each component decoded by its plugin.
import { errorDiag, hasErrors, warningDiag, type Diagnostic } from '../hcl/diagnostics/diagnostic.js';
import { nameSuggestion } from '../hcl/diagnostics/suggest.js';
import type { EvalContext } from '../hcl/eval/eval-context.js';
import type { Range } from '../hcl/source/pos.js';
import type { Body } from '../hcl/structure.js';
import type { Value } from '../hcl/value/value.js';
import type { ComponentKind, ComponentPlugin, ComponentRegistry } from '../plugins/types.js';
import { sourceUseName, type BuildDef, type SourceUse } from './build-block.js';
import { compileGlob } from './build-glob.js';
import { skipFor, type PostProcessorDef, type ProvisionerDef } from './component-blocks.js';
import { builderContext, componentContext } from './contextual.js';
import { mergeBodies } from './merge-body.js';
import { overrideBody } from './override-body.js';
import type { ConfiguredComponent, ConfiguredPostProcessor, ConfiguredProvisioner, PlannedBuild } from './plan.js';
import type { SourceDef } from './source-blocks.js';

export interface PlanInput {
  builds: readonly BuildDef[];
  sources: ReadonlyMap<string, SourceDef>;
  registry: ComponentRegistry;
  /** var, local, data, path, packer and functions. */
  ctx: EvalContext;
  only: readonly string[];
  except: readonly string[];
  /** inspect: a component whose configuration does not decode is still listed (Packer's inspect never decodes them). */
  lenient?: boolean;
}

const kindWord: Record<ComponentKind, string> = { builder: 'builder', provisioner: 'provisioner', 'post-processor': 'post-processor', datasource: 'data source' };

/** "Unknown <label> type" naming the types that exist, with a suggestion. */
export function unknownTypeDiag(label: string, kind: ComponentKind, type: string, registry: ComponentRegistry, range: Range): Diagnostic {
  const available = registry.types(kind);
  const sugg = nameSuggestion(type, available);
  const hint = sugg === undefined ? '' : ` Did you mean to use "${sugg}"?`;
  const summary = label === 'source' ? `Unknown source type ${type}` : `Unknown ${label} type "${type}"`;
  return errorDiag(summary, `The ${kindWord[kind]} type "${type}" is unknown to Kiln.${hint} Available ${kindWord[kind]} types: ${available.join(', ')}.`, range);
}

function globs(patterns: readonly string[], option: string, diags: Diagnostic[]): RegExp[] {
  const out: RegExp[] = [];
  for (const p of patterns) {
    const g = compileGlob(p);
    if ('error' in g) diags.push(errorDiag(`Invalid -${option} pattern ${p}: ${g.error}`, 'Patterns use glob syntax: *, ?, [abc], {a,b}.'));
    else out.push(g.re);
  }
  return out;
}

/**
 * Checks what Packer's initializeBlocks checks, whatever -only/-except select: every used source exists and its
 * builder type is known, and every provisioner and post-processor type is known.
 */
export function checkBuildReferences(input: Pick<PlanInput, 'builds' | 'sources' | 'registry'>): Diagnostic[] {
  const diags: Diagnostic[] = [];
  const reportedTypes = new Set<string>();
  for (const build of input.builds) {
    for (const use of build.sources) {
      const def = input.sources.get(`${use.type}.${use.name}`);
      if (input.registry.get('builder', use.type) === undefined) {
        const at = def?.block.labelRanges[0] ?? use.range;
        const key = `${at.filename}:${at.start.byte}`;
        if (!reportedTypes.has(key)) diags.push(unknownTypeDiag('source', 'builder', use.type, input.registry, at));
        reportedTypes.add(key);
        continue;
      }
      if (def === undefined) {
        // `source "nul" "a"` used as "source.null.a": the mistake is the block's type, so say that, at the block.
        const misspelt = misspeltSourceType(use, input.sources, input.registry);
        if (misspelt !== undefined) {
          const at = misspelt.block.labelRanges[0] ?? misspelt.block.defRange;
          const key = `${at.filename}:${at.start.byte}`;
          if (!reportedTypes.has(key)) diags.push(unknownTypeDiag('source', 'builder', misspelt.type, input.registry, at));
          reportedTypes.add(key);
          continue;
        }
        const known = [...input.sources.keys()].sort();
        const sugg = nameSuggestion(`${use.type}.${use.name}`, known);
        const detail = sugg === undefined ? `Known: [${known.join(' ')}]` : `Did you mean to use "${sugg}"?`;
        diags.push(errorDiag(`Unknown source ${use.type}.${use.name}`, detail, use.range));
      }
    }
  }
  diags.push(...checkComponentTypes(input.builds, input.registry));
  return diags;
}

/** A declared source with the used name whose builder type is unknown and close to the used type. */
function misspeltSourceType(use: SourceUse, sources: ReadonlyMap<string, SourceDef>, registry: ComponentRegistry): SourceDef | undefined {
  for (const s of sources.values()) {
    if (s.name !== use.name || registry.get('builder', s.type) !== undefined) continue;
    if (nameSuggestion(s.type, [use.type]) !== undefined) return s;
  }
  return undefined;
}

/** Plans every build of every build block, in order, as Packer's GetBuilds (references are checked beforehand). */
export function planBuilds(input: PlanInput): { builds: PlannedBuild[]; diagnostics: Diagnostic[] } {
  const diags: Diagnostic[] = [];
  const only = globs(input.only, 'only', diags);
  const except = globs(input.except, 'except', diags);
  if (hasErrors(diags)) return { builds: [], diagnostics: diags };
  const out: PlannedBuild[] = [];
  const possible: string[] = [];
  let onlyMatches = 0;
  const exceptMatches = { n: 0 };
  for (const build of input.builds) {
    for (const use of build.sources) {
      const builder = input.registry.get('builder', use.type);
      const def = input.sources.get(`${use.type}.${use.name}`);
      if (builder === undefined || def === undefined) continue;
      const useName = sourceUseName(use);
      const name = build.name === undefined ? useName : `${build.name}.${useName}`;
      possible.push(name);
      if (only.length > 0) {
        if (!only.some((g) => g.test(name))) continue;
        onlyMatches++;
      }
      if (except.some((g) => g.test(name))) {
        exceptMatches.n++;
        continue;
      }
      const planned = planOne(input, build, use, def, builder, name, except, exceptMatches, diags);
      if (planned !== undefined) out.push(planned);
    }
  }
  const names = `Possible build names: [${possible.join(' ')}].\nThese could also be matched with a glob pattern like: 'happycloud.*'`;
  if (input.only.length > onlyMatches) {
    diags.push(warningDiag("an 'only' option was passed, but not all matches were found for the given build.", names));
  }
  if (input.except.length > exceptMatches.n) {
    diags.push(warningDiag("an 'except' option was passed, but did not match any build.", names));
  }
  return { builds: out, diagnostics: diags };
}

function planOne(
  input: PlanInput,
  build: BuildDef,
  use: SourceUse,
  def: SourceDef,
  builder: ComponentPlugin,
  name: string,
  except: readonly RegExp[],
  exceptMatches: { n: number },
  diags: Diagnostic[],
): PlannedBuild | undefined {
  const before = diags.length;
  const sourceName = use.localName ?? use.name;
  const body = use.body === undefined ? def.body : mergeBodies([def.body, use.body]);
  const bctx = builderContext(input.ctx, use.type, sourceName);
  const sink: Diagnostic[] = input.lenient === true ? [] : diags;
  const builderComp = configure(builder, use.type, undefined, def.block.defRange, body, () => bctx, sink, input.lenient === true);
  const cctx = (data?: ReadonlyMap<string, Value>): EvalContext => componentContext(input.ctx, use.type, sourceName, build.name ?? '', data, builder.generatedData);
  const useString = sourceUseName(use);

  const provisioners: ConfiguredProvisioner[] = [];
  for (const p of build.provisioners) {
    if (skipFor(p, useString)) continue;
    const c = configureProvisioner(input.registry, p, use, cctx, sink, input.lenient === true);
    if (c !== undefined) provisioners.push(c);
  }
  let errorCleanupProvisioner: ConfiguredProvisioner | undefined;
  if (build.errorCleanup !== undefined && !skipFor(build.errorCleanup, useString)) {
    errorCleanupProvisioner = configureProvisioner(input.registry, build.errorCleanup, use, cctx, sink, input.lenient === true);
  }
  const chains: ConfiguredPostProcessor[][] = [];
  for (const chain of build.postProcessorChains) {
    const configured: ConfiguredPostProcessor[] = [];
    for (const pp of chain) {
      if (skipFor(pp, useString)) continue;
      // Packer's -except also matches post-processor names, and drops the rest of the chain.
      if (except.some((g) => g.test(pp.name ?? pp.type))) {
        exceptMatches.n++;
        break;
      }
      const c = configurePostProcessor(input.registry, pp, cctx, sink, input.lenient === true);
      if (c !== undefined) configured.push(c);
    }
    if (configured.length > 0) chains.push(configured);
  }
  if (builderComp === undefined || hasErrors(diags.slice(before))) return undefined;
  const planned: PlannedBuild = {
    name,
    buildIndex: build.index,
    source: { type: use.type, name: sourceName, range: use.range },
    builder: builderComp,
    provisioners,
    postProcessorChains: chains,
    ...(build.name === undefined ? {} : { buildName: build.name }),
    ...(build.description === undefined ? {} : { description: build.description }),
    ...(errorCleanupProvisioner === undefined ? {} : { errorCleanupProvisioner }),
  };
  return planned;
}

/** Every provisioner and post-processor type must exist, whatever -only/-except select (Packer's initializeBlocks). */
function checkComponentTypes(builds: readonly BuildDef[], registry: ComponentRegistry): Diagnostic[] {
  const diags: Diagnostic[] = [];
  const check = (label: string, kind: ComponentKind, def: ProvisionerDef | PostProcessorDef): void => {
    if (registry.get(kind, def.type) !== undefined) return;
    diags.push(unknownTypeDiag(label, kind, def.type, registry, def.block.labelRanges[0] ?? def.block.defRange));
  };
  for (const b of builds) {
    for (const p of b.provisioners) check('provisioner', 'provisioner', p);
    if (b.errorCleanup !== undefined) check('error-cleanup-provisioner', 'provisioner', b.errorCleanup);
    for (const chain of b.postProcessorChains) for (const pp of chain) check('post-processor', 'post-processor', pp);
  }
  return diags;
}

function configure(
  plugin: ComponentPlugin,
  type: string,
  name: string | undefined,
  range: Range,
  body: Body,
  ctxFor: (data?: ReadonlyMap<string, Value>) => EvalContext,
  diags: Diagnostic[],
  lenient: boolean,
): ConfiguredComponent | undefined {
  const first = plugin.schema.decodeBody(body, ctxFor());
  diags.push(...first.diagnostics);
  if (hasErrors(first.diagnostics) && !lenient) return undefined;
  return {
    plugin,
    type,
    range,
    config: first.value,
    ...(name === undefined ? {} : { name }),
    redecode(buildData) {
      const r = plugin.schema.decodeBody(body, ctxFor(buildData));
      return { config: r.value, diagnostics: r.diagnostics };
    },
  };
}

function configureProvisioner(
  registry: ComponentRegistry,
  p: ProvisionerDef,
  use: SourceUse,
  ctxFor: (data?: ReadonlyMap<string, Value>) => EvalContext,
  diags: Diagnostic[],
  lenient: boolean,
): ConfiguredProvisioner | undefined {
  const plugin = registry.get('provisioner', p.type);
  if (plugin === undefined) return undefined; // reported once by checkComponentTypes
  const override = p.override.get(use.localName ?? use.name) ?? p.override.get(sourceUseName(use));
  const body = override === undefined ? p.rest : overrideBody(p.rest, override);
  const c = configure(plugin, p.type, p.name, p.block.defRange, body, ctxFor, diags, lenient);
  if (c === undefined) return undefined;
  return {
    ...c,
    maxRetries: p.maxRetries,
    ...(p.pauseBeforeMs === undefined ? {} : { pauseBeforeMs: p.pauseBeforeMs }),
    ...(p.timeoutMs === undefined ? {} : { timeoutMs: p.timeoutMs }),
    ...(p.continueOnError ? { continueOnError: true } : {}),
  };
}

function configurePostProcessor(
  registry: ComponentRegistry,
  pp: PostProcessorDef,
  ctxFor: (data?: ReadonlyMap<string, Value>) => EvalContext,
  diags: Diagnostic[],
  lenient: boolean,
): ConfiguredPostProcessor | undefined {
  const plugin = registry.get('post-processor', pp.type);
  if (plugin === undefined) return undefined; // reported once by checkComponentTypes
  const c = configure(plugin, pp.type, pp.name, pp.block.defRange, pp.rest, ctxFor, diags, lenient);
  if (c === undefined) return undefined;
  return { ...c, ...(pp.keepInputArtifact === undefined ? {} : { keepInputArtifact: pp.keepInputArtifact }) };
}
