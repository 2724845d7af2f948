// The console's link to the HCL engine: parse one line as an expression, evaluate it, and the function library.
import type { Diagnostic } from '../../hcl/diagnostics/diagnostic.js';
import { hasErrors } from '../../hcl/diagnostics/diagnostic.js';
import type { EvalContext } from '../../hcl/eval/eval-context.js';
import { evaluateExpr } from '../../hcl/eval/evaluate.js';
import type { AnyHclFunction } from '../../hcl/functions/function.js';
import { createFunctions } from '../../hcl/functions/index.js';
import { parseExpression } from '../../hcl/parser/index.js';
import type { Value } from '../../hcl/value/value.js';

/** Parses and evaluates one line, as Packer's handleEval: a parse error stops before evaluation. */
export function evaluateConsoleExpression(line: string, filename: string, ctx: EvalContext): { value?: Value; diagnostics: Diagnostic[] } {
  const parsed = parseExpression(line, filename);
  if (hasErrors(parsed.diagnostics)) return { diagnostics: parsed.diagnostics };
  const r = evaluateExpr(parsed.expr, ctx);
  return { value: r.value, diagnostics: [...parsed.diagnostics, ...r.diagnostics] };
}

/**
 * Packer's function library as its console sees it without a template: the base directory is "." (so messages
 * name paths as the user wrote them), which file functions resolve against the process's working directory.
 */
export function consoleFunctions(cwd: string): Map<string, AnyHclFunction> {
  return createFunctions({ baseDir: '.', cwd });
}
