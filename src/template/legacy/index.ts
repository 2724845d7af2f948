// Loads a legacy JSON template (Packer's pre-HCL2 format) into the same BuildPlan as HCL2 templates.
import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { errorDiag, hasErrors, type Diagnostic } from '../../hcl/diagnostics/diagnostic.js';
import { parseJsonConfig } from '../../hcl/json/index.js';
import { formatRange, type Pos, type Range } from '../../hcl/source/pos.js';
import { nowUTC } from '../../hcl/functions/go/time.js';
import { Value } from '../../hcl/value/value.js';
import type { ComponentRegistry } from '../../plugins/types.js';
import { decodeFileText } from '../file-encoding.js';
import { nearbyPath } from '../files-discovery.js';
import type { LoadOptions } from '../files.js';
import type { BuildPlan, PlannedBuild, ResolvedVariable } from '../plan.js';
import { planLegacyBuilds } from './build-plan.js';
import type { InterpolateContext } from './interpolate/funcs.js';
import type { LegacyTemplate } from './model.js';
import { decodeLegacyTemplate } from './parse-template.js';
import { checkBuilderReferences, checkMinVersion } from './validate-names.js';
import { resolveLegacyVariables } from './variables.js';

export type { LegacyTemplate } from './model.js';
export { decodeLegacyTemplate } from './parse-template.js';

export interface LegacyLoadResult {
  plan?: BuildPlan;
  diagnostics: Diagnostic[];
  sources: Map<string, string>;
  ctx?: undefined;
}

/** Reads and parses the template's structure only (what `validate -syntax-only` and hcl2_upgrade need). */
export async function readLegacyTemplate(path: string, cwd: string): Promise<{ template?: LegacyTemplate; text?: string; diagnostics: Diagnostic[] }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(resolve(cwd, path));
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
    const why = missing ? `no such file or directory${await nearbyPath(path, cwd)}` : (err as Error).message;
    return { diagnostics: [errorDiag('Failed to read template', `Error reading ${path}: ${why}`)] };
  }
  const { text, diagnostic } = decodeFileText(bytes, path);
  if (diagnostic !== undefined) return { text, diagnostics: [{ ...diagnostic, summary: `Failed to parse template: ${diagnostic.summary}` }] };
  return parseLegacyTemplateText(text, path);
}

export function parseLegacyTemplateText(text: string, path: string): { template?: LegacyTemplate; text: string; diagnostics: Diagnostic[] } {
  const parsed = parseJsonConfig(text, path);
  if (hasErrors(parsed.diagnostics)) {
    // JSON syntax errors cascade; like Go's decoder, report the first one only.
    const first = parsed.diagnostics.find((d) => d.severity === 'error') as Diagnostic;
    const at = syntaxErrorRange(text, path);
    const detail = `${first.detail ?? ''}${notJsonHint(text, path)}`;
    return { text, diagnostics: [{ ...first, summary: `Failed to parse template: ${first.summary}`, detail, ...(at === undefined ? {} : { subject: at }) }] };
  }
  const { template, diagnostics } = decodeLegacyTemplate(parsed.ast, path);
  return { template, text, diagnostics };
}

/**
 * Where Go's encoding/json (which Packer uses for JSON templates) stops: the offending character itself. HCL's
 * JSON parser reports some errors only after recovering, a line or more later.
 */
function syntaxErrorRange(text: string, filename: string): Range | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (err) {
    const m = / at position (\d+)/.exec((err as Error).message);
    // "Unexpected end of JSON input" has no position: the data stopped early.
    const eof = m === null && /end of JSON input/.test((err as Error).message);
    if (m === null && !eof) return undefined;
    let offset = Math.min(eof ? text.length : Number(m![1]), text.length);
    // Go stops at the end of the data; show the last thing written instead of an empty line after it.
    const content = text.trimEnd().length;
    if (offset >= content && content > 0) offset = content - 1;
    const before = text.slice(0, offset);
    const lineStart = before.lastIndexOf('\n') + 1;
    const start: Pos = { line: before.split('\n').length, column: [...before.slice(lineStart)].length + 1, byte: Buffer.byteLength(before, 'utf8') };
    const ch = text.slice(offset, offset + 1);
    const end: Pos = { line: start.line, column: start.column + (ch === '' || ch === '\n' ? 0 : 1), byte: start.byte + Buffer.byteLength(ch === '\n' ? '' : ch, 'utf8') };
    return { filename, start, end };
  }
}

/** Why a file that is not JSON may have been given: an empty file, or an HCL2 template or var file without the right name. */
function notJsonHint(text: string, path: string): string {
  if (text.trim() === '') return ' The template file is empty: a JSON template is an object with a "builders" list.';
  const base = basename(path);
  if (base.endsWith('.pkrvars.hcl')) {
    return ` ${base} is a variable file: give it with -var-file=${path}, and give the template (a .pkr.hcl file or its directory) as the path.`;
  }
  const hcl = /^\s*(?:(?:#|\/\/)[^\n]*\n\s*)*(?:source|build|variable|variables|locals|local|packer|data)(?:\s+"[^"]*")*\s*\{/.test(text);
  if (!hcl) return '';
  const renamed = `${base.replace(/(\.pkr)?\.(hcl|txt|json)$/, '')}.pkr.hcl`;
  return ` This file looks like an HCL2 template, but Kiln (like Packer) reads a file as a legacy JSON template unless its name ends in .pkr.hcl or .pkr.json: rename it to ${renamed}.`;
}

/** Drops repeats (the same provisioner is interpolated once per build). */
function dedupe(diags: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diags.filter((d) => {
    const key = `${d.summary}\0${d.detail ?? ''}\0${d.subject === undefined ? '' : formatRange(d.subject)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Loads `opts.path` as a legacy JSON template; every diagnostic names a line and column of the JSON. */
export async function loadLegacyJsonTemplate(opts: LoadOptions, registry: ComponentRegistry): Promise<LegacyLoadResult> {
  const sources = new Map<string, string>();
  const read = await readLegacyTemplate(opts.path, opts.cwd);
  if (read.text !== undefined) sources.set(opts.path, read.text);
  const tpl = read.template;
  if (tpl === undefined || hasErrors(read.diagnostics) || opts.syntaxOnly) return { diagnostics: read.diagnostics, sources };
  const diagnostics = [...read.diagnostics];

  const versionDiags = checkMinVersion(tpl, opts.packerVersion);
  if (versionDiags.length > 0) return { diagnostics: [...diagnostics, ...versionDiags], sources };

  const templatePath = resolve(opts.cwd, opts.path);
  const ctx: InterpolateContext = {
    userVariables: new Map(),
    enableEnv: false,
    env: opts.env,
    templatePath,
    cwd: opts.cwd,
    packerVersion: opts.packerVersion,
    initTime: nowUTC(),
    data: 'defer',
  };
  const vars = resolveLegacyVariables(tpl, opts, ctx, sources);
  diagnostics.push(...vars.diagnostics, ...checkBuilderReferences(tpl));
  if (hasErrors(diagnostics)) return { diagnostics: dedupe(diagnostics), sources };

  const userCtx: InterpolateContext = { ...ctx, userVariables: vars.values };
  const planned = planLegacyBuilds({ tpl, registry, ctx: userCtx, src: read.text, only: opts.only, except: opts.except });
  diagnostics.push(...planned.diagnostics);

  const sensitive = new Set(tpl.sensitiveVariables.map((s) => s.name));
  const ordered = [...new Set([...tpl.variables.map((v) => v.name), ...vars.values.keys()])].filter((n) => vars.values.has(n));
  const variables: ResolvedVariable[] = ordered.map((name) => {
    const value = vars.values.get(name) ?? '';
    const decl = tpl.variables.find((v) => v.name === name);
    const rv: ResolvedVariable = {
      name,
      value: sensitive.has(name) ? Value.string(value).mark('sensitive') : Value.string(value),
      type: 'string',
      sensitive: sensitive.has(name),
      range: vars.ranges.get(name) ?? decl?.nameRange ?? tpl.range,
    };
    return rv;
  });
  const builds: PlannedBuild[] = planned.builds.map((b) => (tpl.description === undefined ? b : { ...b, description: tpl.description }));
  const plan: BuildPlan = {
    templateType: 'json',
    path: opts.path,
    rootDir: dirname(templatePath),
    variables,
    locals: [],
    builds,
    sensitiveValues: variables.filter((v) => v.sensitive && v.value.isKnown && v.value.unmark().asString() !== '').map((v) => v.value.unmark().asString()),
  };
  return { plan, diagnostics: dedupe(diagnostics), sources };
}
