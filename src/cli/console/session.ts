// One console line in, its output out: Packer's EvaluateExpression (exit, help, variables, or an expression).
import type { Diagnostic } from '../../hcl/diagnostics/diagnostic.js';
import { hasErrors } from '../../hcl/diagnostics/diagnostic.js';
import type { EvalContext } from '../../hcl/eval/eval-context.js';
import { goQuote } from '../../hcl/diagnostics/go-quote.js';
import type { Value } from '../../hcl/value/value.js';
import { evaluateConsoleExpression } from './engine.js';
import { renderConsoleValue } from './render-value.js';

/** The name diagnostics about console input point at, as Packer's. */
export const consoleInputFilename = '<console-input>';

export const consoleHelpText = `Kiln console HCL2 Mode.
The Kiln console allows you to experiment with HCL2 interpolations.
You may access variables and functions in the config you called the
console with.

Type in the interpolation to test and hit <enter> to see the result.

"upper(var.foo.id)" would evaluate to the ID of "foo" and uppercase is, if it
exists in your config file.

"variables" will dump all available variables and their values.

To exit the console, type "exit" and hit <enter>, or use Control-C.

/!\\ It is not possible to use go templating interpolation like "{{timestamp}}"
with in HCL2 mode.`;

export interface LineResult {
  /** Text for stdout (without the final newline); undefined when there is nothing to print. */
  output?: string;
  diagnostics: Diagnostic[];
  /** The user typed `exit`. */
  exit?: boolean;
}

export interface ConsoleState {
  ctx: EvalContext;
  variables: ReadonlyMap<string, Value>;
  locals: ReadonlyMap<string, Value>;
}

export function evaluateLine(rawLine: string, state: ConsoleState): LineResult {
  const line = rawLine.trim();
  switch (line) {
    case '':
      return { diagnostics: [] };
    case 'exit':
      return { diagnostics: [], exit: true };
    case 'help':
      return { output: consoleHelpText, diagnostics: [] };
    case 'variables':
      return { output: renderVariables(state), diagnostics: [] };
  }
  const r = evaluateConsoleExpression(line, consoleInputFilename, state.ctx);
  if (r.value === undefined || hasErrors(r.diagnostics)) return { diagnostics: r.diagnostics };
  return { output: renderConsoleValue(r.value), diagnostics: r.diagnostics };
}

/** The `variables` listing: each input variable and local, values quoted as Go's %q. */
function renderVariables(state: ConsoleState): string {
  let out = '> input-variables:\n\n';
  for (const [k, v] of sorted(state.variables)) out += `var.${k}: ${goQuote(renderConsoleValue(v))}\n`;
  out += '\n> local-variables:\n\n';
  for (const [k, v] of sorted(state.locals)) out += `local.${k}: ${goQuote(renderConsoleValue(v))}\n`;
  return out;
}

function sorted(m: ReadonlyMap<string, Value>): [string, Value][] {
  return [...m.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
