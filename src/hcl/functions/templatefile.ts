// templatefile(path, vars): renders a file as an HCL template with only the given variables (Packer's MakeTemplateFileFunc).
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { EvalContext } from '../eval/eval-context.js';
import { evaluateExpr } from '../eval/evaluate.js';
import { isValidIdentifier } from '../lexer/char-classes.js';
import { parseTemplate } from '../parser/index.js';
import { formatRange } from '../source/pos.js';
import { expressionVariables } from '../syntax/variables.js';
import { DynamicType, StringType } from '../value/type.js';
import type { Value } from '../value/value.js';
import { FunctionArgError, FunctionError, type AnyHclFunction, type HclFunction } from './function.js';
import { goQuote, param } from './helpers.js';
import { readTextFile, type FilesystemOptions } from './filesystem.js';

/** How Go prints hcl.Diagnostics used as an error: the first one, and a count of the rest. */
export function diagnosticsErrorText(diags: readonly Diagnostic[]): string {
  const one = (d: Diagnostic) => `${d.subject ? formatRange(d.subject) : '%!s(<nil>)'}: ${d.summary}; ${d.detail ?? ''}`;
  if (diags.length === 0) return 'no diagnostics';
  if (diags.length === 1) return one(diags[0]!);
  return `${one(diags[0]!)}, and ${diags.length - 1} other diagnostic(s)`;
}

const params = [param('path', StringType), param('vars', DynamicType)];

/** Stands in for templatefile inside a template: any call is an error, so templates cannot include themselves. */
const recursionStub: HclFunction = {
  params,
  returnType: () => {
    throw new FunctionError('cannot recursively call templatefile from inside templatefile call');
  },
  impl: () => {
    throw new FunctionError('cannot recursively call templatefile from inside templatefile call');
  },
};

/** Renders a template file with the given variables; throws function errors with Packer's texts. */
function render(path: string, vars: Value, opts: FilesystemOptions, functions: () => ReadonlyMap<string, AnyHclFunction>): Value {
  const source = readTextFile(path, opts);
  const parsed = parseTemplate(source, path);
  if (hasErrors(parsed.diagnostics)) throw new FunctionError(diagnosticsErrorText(parsed.diagnostics));

  const kind = vars.type.kind;
  if (kind !== 'map' && kind !== 'object') throw new FunctionArgError(1, 'invalid vars value: must be a map');
  const variables = new Map<string, Value>(vars.isKnown && !vars.isNull ? vars.attributes() : []);
  for (const name of variables.keys()) {
    if (!isValidIdentifier(name)) {
      throw new FunctionArgError(
        1,
        `invalid template variable name ${goQuote(name)}: must start with a letter, followed by zero or more letters, digits, and underscores`,
      );
    }
  }
  for (const traversal of expressionVariables(parsed.expr)) {
    const root = traversal[0];
    if (root?.kind === 'root' && !variables.has(root.name)) {
      throw new FunctionArgError(1, `vars map does not contain key ${goQuote(root.name)}, referenced at ${formatRange(root.srcRange)}`);
    }
  }

  const funcs = new Map<string, AnyHclFunction>(functions());
  funcs.set('templatefile', recursionStub);
  const r = evaluateExpr(parsed.expr, new EvalContext({ variables, functions: funcs }));
  if (hasErrors(r.diagnostics)) throw new FunctionError(diagnosticsErrorText(r.diagnostics));
  return r.value;
}

/**
 * The templatefile function for a base directory. `functions` supplies the functions templates may call
 * (called lazily, so the registry can include this function itself).
 */
export function makeTemplateFileFunction(opts: FilesystemOptions, functions: () => ReadonlyMap<string, AnyHclFunction>): HclFunction {
  return {
    params,
    returnType: () => DynamicType,
    impl: (args) => render(args[0]!.asString(), args[1]!, opts, functions),
  };
}
