// Legacy user variables: defaults, -var and -var-file in order, {{env}}/{{user}} in values, required checks.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { errorDiag, type Diagnostic } from '../../hcl/diagnostics/diagnostic.js';
import { parseJsonConfig } from '../../hcl/json/index.js';
import type { Range } from '../../hcl/source/pos.js';
import { decodeFileText } from '../file-encoding.js';
import type { LoadOptions } from '../files.js';
import { interpolate, templateErrorText } from './interpolate/evaluate.js';
import type { InterpolateContext } from './interpolate/funcs.js';
import type { LegacyTemplate } from './model.js';
import { rangeInString } from './positions.js';

export interface LegacyVariableValues {
  values: Map<string, string>;
  /** Where each value was set, for sensitive masking and errors. */
  ranges: Map<string, Range>;
  diagnostics: Diagnostic[];
}

/** Reads -var-file JSON files: an object of string values. */
function readVarFile(path: string, opts: LoadOptions, sources: Map<string, string>, into: Map<string, string>, diags: Diagnostic[]): void {
  const full = resolve(opts.cwd, path);
  let bytes: Buffer;
  try {
    bytes = readFileSync(full);
  } catch (err) {
    diags.push(errorDiag('Failed to read variable file', `Error reading variables file ${path}: ${(err as Error).message}`));
    return;
  }
  const { text, diagnostic } = decodeFileText(bytes, path);
  sources.set(path, text);
  if (diagnostic !== undefined) {
    diags.push(diagnostic);
    return;
  }
  const parsed = parseJsonConfig(text, path);
  diags.push(...parsed.diagnostics);
  const root = parsed.ast;
  if (parsed.diagnostics.length > 0) return;
  if (root.kind !== 'object') {
    diags.push(errorDiag('Invalid variable file', 'A JSON variable file must hold one object of "name": "value" pairs.', root.range));
    return;
  }
  for (const p of root.properties) {
    if (p.value.kind === 'string') into.set(p.name, p.value.value);
    else if (p.value.kind === 'number' || p.value.kind === 'bool') into.set(p.name, p.value.kind === 'number' ? p.value.text : String(p.value.value));
    else diags.push(errorDiag('Invalid variable value', `The value of "${p.name}" must be a string.`, p.value.range));
  }
}

/** The variables a value names with {{user `x`}}. */
function userRefs(text: string): string[] {
  return [...text.matchAll(/\buser\s+[`"]([^`"]+)[`"]/g)].map((m) => m[1]!);
}

/**
 * What to do about a variable that could not be rendered: set the one it refers to, or break the loop it is in.
 * Packer's words: "Packer treats all variables used to interpolate other user variables as required."
 */
function unresolvedHint(name: string, stuck: ReadonlyMap<string, unknown>, values: ReadonlyMap<string, string>): string {
  const refs = userRefs(values.get(name) ?? '');
  const loop = refs.filter((r) => stuck.has(r));
  const missing = refs.filter((r) => !values.has(r));
  if (missing.length > 0) return `. Declare ${missing.map((m) => `"${m}"`).join(', ')} in "variables", or set it with -var; Packer treats all variables used to interpolate other user variables as required.`;
  if (loop.length > 0) {
    const others = loop.filter((r) => r !== name);
    if (others.length === 0) return `. "${name}" refers to itself, so it can never be rendered: give it a value that does not use {{user \`${name}\`}}.`;
    return `. "${name}" and ${others.map((o) => `"${o}"`).join(', ')} refer to each other, so none of them can be rendered: give one of them a value that does not use {{user}}.`;
  }
  return '. Packer treats all variables used to interpolate other user variables as required.';
}

/**
 * Resolves the variables as Packer's core does: defaults, then -var/-var-file in command-line order; values are
 * then interpolated (with env allowed) until no template remains; required variables must be set.
 */
export function resolveLegacyVariables(tpl: LegacyTemplate, opts: LoadOptions, base: InterpolateContext, sources: Map<string, string>): LegacyVariableValues {
  const diagnostics: Diagnostic[] = [];
  const values = new Map<string, string>();
  const ranges = new Map<string, Range>();
  for (const v of tpl.variables) {
    ranges.set(v.name, v.nameRange);
    if (v.default !== undefined) values.set(v.name, v.default);
  }
  const fromCli = new Set<string>();
  for (const input of opts.inputs) {
    if (input.kind === 'var') {
      const eq = input.text.indexOf('=');
      if (eq < 0) {
        diagnostics.push(errorDiag('Invalid -var option', `The given -var option ${JSON.stringify(input.text)} is not correctly specified. It must be a variable name and value separated by an equals sign, like -var="key=value".`));
        continue;
      }
      values.set(input.text.slice(0, eq), input.text.slice(eq + 1));
      fromCli.add(input.text.slice(0, eq));
    } else {
      const before = new Map(values);
      readVarFile(input.text, opts, sources, values, diagnostics);
      for (const [k, v] of values) if (before.get(k) !== v) fromCli.add(k);
    }
  }
  for (const v of tpl.variables) {
    if (v.required && !values.has(v.name)) {
      diagnostics.push(
        errorDiag(`required variable not set: ${v.name}`, `Set it with -var ${v.name}=VALUE or in a -var-file.`, v.nameRange, v.node.range),
      );
    }
  }
  // Values may reference each other with {{user}}. As Packer's core does, a value is rendered against the values
  // already rendered only, pass after pass in name order, until a pass makes no progress: what is left refers to a
  // variable that is not set, or to itself through others.
  const byName = new Map(tpl.variables.map((v) => [v.name, v]));
  const rendered = new Map<string, string>();
  const pending = new Set<string>();
  for (const [name, text] of values) {
    if (text.includes('{{')) pending.add(name);
    else rendered.set(name, text);
  }
  const report = (name: string, error: { message: string; offset: number; end: number }, detail: string): void => {
    const decl = byName.get(name);
    const subject =
      decl !== undefined && !fromCli.has(name) && decl.node.kind === 'string' ? rangeInString(decl.node, sources.get(tpl.path), error.offset, error.end) : decl?.nameRange;
    diagnostics.push(errorDiag(`Failed to interpolate variable ${name}`, detail, subject));
    values.set(name, '');
  };
  for (let round = 0; round < 100 && pending.size > 0; round++) {
    const notSet = new Map<string, { message: string; offset: number; end: number }>();
    let progressed = false;
    for (const name of [...pending].sort()) {
      const r = interpolate(values.get(name) ?? '', { ...base, enableEnv: true, userVariables: rendered, data: new Map() });
      if ('error' in r && r.error.message.includes('not set')) {
        notSet.set(name, r.error);
        continue;
      }
      pending.delete(name);
      progressed = true;
      if ('error' in r) {
        report(name, r.error, templateErrorText(r.error));
        continue;
      }
      values.set(name, r.value);
      rendered.set(name, r.value);
    }
    if (progressed) continue;
    // A variable that uses a required one left unset fails because of it: that error is already reported.
    const unset = new Set(tpl.variables.filter((v) => v.required && !values.has(v.name)).map((v) => v.name));
    for (const [name, error] of notSet) {
      if (userRefs(values.get(name) ?? '').some((r) => unset.has(r))) values.set(name, '');
      else report(name, error, `${error.message}${unresolvedHint(name, notSet, values)}`);
    }
    break;
  }
  return { values, ranges, diagnostics };
}
