// Legacy user variables: defaults, -var and -var-file in order, {{env}}/{{user}} in values, required checks.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { errorDiag, type Diagnostic } from '../../hcl/diagnostics/diagnostic.js';
import { parseJsonConfig } from '../../hcl/json/index.js';
import type { Range } from '../../hcl/source/pos.js';
import type { LoadOptions } from '../files.js';
import { interpolate } from './interpolate/evaluate.js';
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
  let text: string;
  try {
    text = readFileSync(full, 'utf8');
  } catch (err) {
    diags.push(errorDiag('Failed to read variable file', `Error reading variables file ${path}: ${(err as Error).message}`));
    return;
  }
  sources.set(path, text);
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
  // Values may reference each other with {{user}}: render until nothing changes (Packer gives up after 100 rounds).
  const byName = new Map(tpl.variables.map((v) => [v.name, v]));
  for (let round = 0; round < 100; round++) {
    let changed = false;
    for (const [name, text] of values) {
      if (!text.includes('{{')) continue;
      const r = interpolate(text, { ...base, enableEnv: true, userVariables: values, data: new Map() });
      if ('error' in r) {
        if (round < 99 && r.error.message.includes('not set')) continue;
        const decl = byName.get(name);
        const subject = decl !== undefined && !fromCli.has(name) && decl.node.kind === 'string' ? rangeInString(decl.node, sources.get(tpl.path), r.error.offset, r.error.end) : decl?.nameRange;
        diagnostics.push(errorDiag(`Failed to interpolate variable ${name}`, r.error.message, subject));
        values.set(name, '');
        continue;
      }
      if (r.value !== text) {
        values.set(name, r.value);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return { values, ranges, diagnostics };
}
