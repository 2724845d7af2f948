// `kiln console [TEMPLATE]`: evaluates HCL2 expressions from stdin (or a prompt) in a template's scope, as `packer console` does.
import type { Diagnostic } from '../../hcl/diagnostics/diagnostic.js';
import { errorDiag, hasErrors } from '../../hcl/diagnostics/diagnostic.js';
import { renderDiagnostics } from '../../hcl/diagnostics/render-text.js';
import type { EvalContext } from '../../hcl/eval/eval-context.js';
import type { Value } from '../../hcl/value/value.js';
import { parseFlags, type FlagSpec } from '../args.js';
import { createConsoleContext } from '../console/context.js';
import { consoleFunctions } from '../console/engine.js';
import { readConsoleLines } from '../console/input.js';
import { evaluateLine, type ConsoleState, type LineResult } from '../console/session.js';
import type { CliIO, CommandRun } from '../io.js';
import { internalError } from '../internal-error.js';
import { createLoadOptions, templateArgs, variableFlagSpecs } from '../template-args.js';
import { loadForCommand, maskSensitive, writeDiagnostics } from '../template-load.js';
import { kilnVersion } from '../version.js';

export const consoleHelp = `Usage: kiln console [options] [TEMPLATE]

  Creates a console for testing variable interpolation.
  If a template is provided, this command will load the template and any
  variables defined therein into its context to be referenced during
  interpolation.

  Expressions are read one per line from standard input, or from a prompt
  when standard input is a terminal, and evaluated as HCL2.

Options:
  -var 'key=value'              Variable for templates, can be used multiple times.
  -var-file=path                JSON or HCL2 file containing user variables.
  -config-type                  Accepted for compatibility; kiln's console is always HCL2.
  -use-sequential-evaluation    Accepted for compatibility; has no effect yet.`;

const flagSpecs: readonly FlagSpec[] = [
  ...variableFlagSpecs,
  { name: 'config-type', kind: 'string', default: 'hcl2', usage: 'Accepted for compatibility.' },
  { name: 'use-sequential-evaluation', kind: 'bool', usage: 'Accepted for compatibility.' },
];

export const runConsole: CommandRun = async (argv, io) => {
  const parsed = parseFlags(argv, flagSpecs);
  if (parsed.help === true) {
    io.stdout.write(consoleHelp + '\n');
    return 0;
  }
  const args = templateArgs(argv, parsed, flagSpecs);
  const error = parsed.error ?? args.error;
  if (error !== undefined || parsed.positional.length > 1) {
    if (error !== undefined) io.stderr.write(error + '\n');
    io.stdout.write(consoleHelp + '\n');
    return 1;
  }
  const template = parsed.positional[0];
  let state: ConsoleState;
  // Packer's secret filter masks the values of sensitive variables wherever they are printed.
  let sensitive: readonly string[] = [];
  if (template === undefined) {
    if (args.value.inputs.some((i) => i.kind === 'var-file')) {
      io.stderr.write('Error: -var-file needs a TEMPLATE to declare its variables.\n');
      return 1;
    }
    // Without a template no variable is declared, so every -var is undefined (as Packer reports it).
    const setupDiags = args.value.inputs.map((kv) => undefinedVarDiag(kv.text.slice(0, kv.text.indexOf('='))));
    if (setupDiags.length > 0) {
      writeDiags(io, setupDiags);
      return 1;
    }
    state = {
      ctx: createConsoleContext({ cwd: io.cwd, root: '.', version: kilnVersion(), functions: consoleFunctions(io.cwd) }),
      variables: new Map(),
      locals: new Map(),
    };
  } else {
    const loaded = await loadForCommand(createLoadOptions({ path: template, io, args: args.value, mode: 'console' }));
    sensitive = loaded.sensitiveValues;
    const status = writeDiagnostics(io, loaded.diagnostics, { sources: loaded.sources, sensitive });
    if (status !== 0 || loaded.ctx === undefined) return 1;
    state = templateState(loaded.ctx);
  }

  let status = 0;
  await readConsoleLines(io, (line) => {
    let r: LineResult;
    try {
      r = evaluateLine(line, state);
    } catch (err) {
      // A bug while evaluating one line should not end the whole session.
      status = internalError(err, io);
      return true;
    }
    // Like Packer, the exit status is decided by the last line that produced diagnostics.
    if (r.diagnostics.length > 0) status = writeDiags(io, r.diagnostics);
    if (r.output !== undefined) io.stdout.write(maskSensitive(r.output, sensitive) + '\n');
    return r.exit !== true;
  });
  return status;
};

/** The console scope of a loaded template: its own context (variables, locals, data sources, functions). */
function templateState(ctx: EvalContext): ConsoleState {
  return { ctx, variables: objectAttributes(ctx.lookupVariable('var')), locals: objectAttributes(ctx.lookupVariable('local')) };
}

function objectAttributes(v: Value | undefined): ReadonlyMap<string, Value> {
  if (v === undefined || !v.isKnown || v.isNull) return new Map();
  const t = v.type.kind;
  return t === 'object' || t === 'map' ? v.attributes() : new Map();
}

/** Packer's writeDiags: rendered without source and color at width 80; errors give status 1. */
function writeDiags(io: CliIO, diags: readonly Diagnostic[]): number {
  io.stderr.write(renderDiagnostics(diags, { width: 80, color: false }) + '\n');
  return hasErrors(diags) ? 1 : 0;
}

function undefinedVarDiag(name: string): Diagnostic {
  return errorDiag(
    'Undefined -var variable',
    `A "${name}" variable was passed in the command line but was not found in known variables. ` +
      `To declare variable "${name}", place this block in one of your .pkr files, such as variables.pkr.hcl`,
  );
}
