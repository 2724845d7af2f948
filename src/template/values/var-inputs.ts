// Values given for declared variables from outside the template: PKR_VAR_ environment, var files, and -var.
import { errorDiag, hasErrors, warningDiag, type Diagnostic } from '../../hcl/diagnostics/diagnostic.js';
import { goQuote } from '../../hcl/eval/go-quote.js';
import { parseExpression } from '../../hcl/parser/index.js';
import { makeRange, type Range } from '../../hcl/source/pos.js';
import { wrapExpression } from '../../hcl/syntax/index.js';
import { convert } from '../../hcl/value/convert.js';
import { typeExpression } from '../../hcl/value/type.js';
import { applyDefaults } from '../../hcl/value/defaults.js';
import { DynamicVal, Value } from '../../hcl/value/value.js';
import type { TemplateFile } from '../files.js';
import { nameRangeOf } from './command-line.js';
import { closeName } from './suggest-reference.js';
import type { AssignmentSource } from './validation.js';
import type { VariableDecl } from './variable-block.js';
import { sortedAttrs } from './variable-block.js';

export const varEnvPrefix = 'PKR_VAR_';

/** One input in precedence order (later wins): a parsed var file or a `-var name=value`. */
export type VariableInput = { kind: 'file'; file: TemplateFile } | { kind: 'var'; text: string; range?: Range };

export interface CollectResult {
  diagnostics: Diagnostic[];
  /** Pseudo-files for values from the environment and -var, so diagnostics can quote them. */
  sources: Map<string, string>;
  /** Names given a value but not declared, with where (for "did you mean" on unset variables). */
  undeclared: { name: string; where: string }[];
}

/** Appends every input's value to its variable's list, lowest precedence first (collectInputVariableValues). */
export function collectInputValues(
  vars: ReadonlyMap<string, VariableDecl>,
  env: Readonly<Record<string, string | undefined>>,
  inputs: readonly VariableInput[],
  warnUndeclared: boolean,
): CollectResult {
  const out: CollectResult = { diagnostics: [], sources: new Map(), undeclared: [] };
  for (const [key, raw] of Object.entries(env)) {
    if (!key.startsWith(varEnvPrefix) || raw === undefined) continue;
    const name = key.slice(varEnvPrefix.length);
    const v = vars.get(name);
    if (v === undefined) {
      out.undeclared.push({ name, where: `the environment variable ${key}` });
      continue;
    }
    assignText(v, raw, 'env', `<value for var.${name} from env>`, out);
  }
  for (const input of inputs) {
    if (input.kind === 'file') assignFile(vars, input.file, warnUndeclared, out);
    else assignArg(vars, input.text, input.range, out);
  }
  return out;
}

function assignFile(vars: ReadonlyMap<string, VariableDecl>, file: TemplateFile, warn: boolean, out: CollectResult): void {
  // A common mistake is declaring variables in a var file; say so rather than JustAttributes' generic error.
  const probe = file.body.partialContent({ blocks: [{ type: 'variable', labelNames: ['name'] }] });
  const decls = probe.content.blocks;
  for (const b of decls) {
    const name = b.labels[0] ?? '';
    out.diagnostics.push(
      errorDiag(
        'Variable declaration in a .pkrvar file',
        `A .pkrvar file is used to assign values to variables that have already been declared in .pkr files, not to declare new variables. To declare variable ${goQuote(name)}, place this block in one of your .pkr files, such as variables.pkr.hcl\n\nTo set a value for this variable in ${b.typeRange.filename}, use the definition syntax instead:\n    ${name} = <value>`,
        b.typeRange,
      ),
    );
  }
  if (decls.length > 0) return;

  const { attributes, diagnostics } = file.body.justAttributes();
  out.diagnostics.push(...diagnostics);
  for (const attr of sortedAttrs(attributes)) {
    const v = vars.get(attr.name);
    if (v === undefined) {
      out.undeclared.push({ name: attr.name, where: file.filename });
      if (!warn) continue;
      const d = warningDiag(
        'Undefined variable',
        `The variable ${goQuote(attr.name)} was set but was not declared as an input variable.${didYouMeanVar(attr.name, vars)}\nTo declare variable ${goQuote(attr.name)} place this block in one of your .pkr.hcl files, such as variables.pkr.hcl\n\nvariable ${goQuote(attr.name)} {\n  type    = string\n  default = null\n}`,
        attr.nameRange,
        attr.range,
      );
      out.diagnostics.push(d);
      continue;
    }
    const r = attr.expr.value(undefined);
    out.diagnostics.push(...r.diagnostics);
    const value = hasErrors(r.diagnostics) ? DynamicVal : conform(v, r.value, 'Invalid value for variable', attr.expr.range(), out);
    v.values.push({ from: 'varfile', value, range: attr.expr.range() });
  }
}

function assignArg(vars: ReadonlyMap<string, VariableDecl>, text: string, range: Range | undefined, out: CollectResult): void {
  const eq = text.indexOf('=');
  if (eq < 0) {
    out.diagnostics.push(errorDiag('Invalid -var option', `The given -var option ${goQuote(text)} is not correctly specified: it must be name=value.`, range));
    return;
  }
  const name = text.slice(0, eq);
  const v = vars.get(name);
  if (v === undefined) {
    out.undeclared.push({ name, where: `-var ${text}` });
    const hint = didYouMeanVar(name, vars);
    out.diagnostics.push(
      errorDiag(
        'Undefined -var variable',
        `A ${goQuote(name)} variable was passed in the command line but was not found in known variables. To declare variable ${goQuote(name)}, place this block in one of your .pkr files, such as variables.pkr.hcl${hint === '' ? '' : `.${hint}`}`,
        range === undefined ? undefined : nameRangeOf(range, name),
      ),
    );
    return;
  }
  assignText(v, text.slice(eq + 1), 'cmd', `<value for var.${name} from arguments>`, out);
}

/** A value written as text (env, -var): literal for string, number and untyped variables, else an HCL expression. */
function assignText(v: VariableDecl, text: string, from: AssignmentSource, filename: string, out: CollectResult): void {
  out.sources.set(filename, text);
  const range = wholeText(filename, text);
  let value: Value;
  const k = v.type.kind;
  if (k === 'string' || k === 'number' || k === 'dynamic') value = Value.string(text);
  else {
    const p = parseExpression(text, filename);
    out.diagnostics.push(...p.diagnostics);
    if (hasErrors(p.diagnostics)) return;
    const r = wrapExpression(p.expr).value(undefined);
    out.diagnostics.push(...r.diagnostics.map((d) => explainExpressionValue(d, v, from)));
    if (hasErrors(r.diagnostics)) return;
    value = r.value;
  }
  const summary = from === 'cmd' ? 'Invalid argument value for -var variable' : 'Invalid value for variable';
  v.values.push({ from, value: conform(v, value, summary, range, out), range });
}

/**
 * "Variables not allowed" for `-var flag=maybe`: say that the text is read as an expression because of the
 * variable's type, and what a value of that type looks like.
 */
function explainExpressionValue(d: Diagnostic, v: VariableDecl, from: AssignmentSource): Diagnostic {
  if (d.summary !== 'Variables not allowed' && d.summary !== 'Function calls not allowed') return d;
  const how = from === 'cmd' ? `-var ${v.name}=...` : from === 'env' ? `PKR_VAR_${v.name}` : 'this value';
  const example: Record<string, string> = { bool: 'true or false', list: '["a", "b"]', set: '["a", "b"]', tuple: '["a", 1]', map: '{ key = "value" }', object: '{ key = "value" }' };
  const like = example[v.type.kind];
  const quote = v.type.kind === 'bool' ? '' : ', with strings in double quotes';
  const hint = ` The text of ${how} is read as an HCL expression because variable ${goQuote(v.name)} has type ${typeExpression(v.type)}${like === undefined ? '' : `: write a value like ${like}${quote}`}.`;
  return { ...d, detail: `${d.detail ?? ''}${hint}` };
}

/** Applies optional() defaults and converts to the variable's type; a mismatch is an error and the value unknown. */
function conform(v: VariableDecl, value: Value, summary: string, range: Range, out: CollectResult): Value {
  const c = convert(applyDefaults(value, v.type), v.type);
  if (c.ok) return c.value;
  const detail =
    summary === 'Invalid argument value for -var variable'
      ? `The received arg value for ${v.name} is not compatible with the variable's type constraint: ${c.error}.`
      : `The value for ${v.name} is not compatible with the variable's type constraint: ${c.error}.`;
  out.diagnostics.push(errorDiag(summary, detail, range));
  return DynamicVal;
}

function didYouMeanVar(name: string, vars: ReadonlyMap<string, VariableDecl>): string {
  const s = closeName(name, vars.keys());
  return s === undefined ? '' : ` Did you mean ${goQuote(s)}?`;
}

/** The range of a whole pseudo-file's text. */
function wholeText(filename: string, text: string): Range {
  const lines = text.split('\n');
  const last = lines[lines.length - 1]!;
  const end = { line: lines.length, column: [...last].length + 1, byte: Buffer.byteLength(text) };
  return makeRange(filename, { line: 1, column: 1, byte: 0 }, end);
}
