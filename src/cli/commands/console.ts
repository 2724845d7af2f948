// `kiln console`: evaluates HCL2 expressions from stdin (or a prompt) and prints them as `packer console` does.
import type { Diagnostic } from '../../hcl/diagnostics/diagnostic.js';
import { errorDiag, hasErrors } from '../../hcl/diagnostics/diagnostic.js';
import { renderDiagnostics } from '../../hcl/diagnostics/render-text.js';
import { flagList, parseFlags, type FlagSpec } from '../args.js';
import { createConsoleContext } from '../console/context.js';
import { consoleFunctions } from '../console/engine.js';
import { readConsoleLines } from '../console/input.js';
import { evaluateLine, type ConsoleState, type LineResult } from '../console/session.js';
import type { CliIO, CommandRun } from '../io.js';
import { internalError } from '../internal-error.js';
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
  { name: 'var', kind: 'list', usage: 'Variable for templates, can be used multiple times.' },
  { name: 'var-file', kind: 'list', usage: 'JSON or HCL2 file containing user variables.' },
  { name: 'config-type', kind: 'string', default: 'hcl2', usage: 'Accepted for compatibility.' },
  { name: 'use-sequential-evaluation', kind: 'bool', usage: 'Accepted for compatibility.' },
];

export const runConsole: CommandRun = async (argv, io) => {
  const parsed = parseFlags(argv, flagSpecs);
  if (parsed.help === true) {
    io.stdout.write(consoleHelp + '\n');
    return 0;
  }
  if (parsed.error !== undefined) {
    io.stderr.write(parsed.error + '\n');
    io.stdout.write(consoleHelp + '\n');
    return 1;
  }
  const vars = flagList(parsed.values, 'var');
  for (const kv of vars) {
    if (!kv.includes('=')) {
      io.stderr.write(`invalid value "${kv}" for flag -var: No '=' value in arg: ${kv}\n`);
      io.stdout.write(consoleHelp + '\n');
      return 1;
    }
  }
  if (parsed.positional.length > 0 || flagList(parsed.values, 'var-file').length > 0) {
    io.stderr.write('Error: loading a template or variable file in "kiln console" is not implemented yet in this version of kiln.\n');
    return 1;
  }
  // Without a template no variable is declared, so every -var is undefined (as Packer reports it).
  const setupDiags = vars.map((kv) => undefinedVarDiag(kv.slice(0, kv.indexOf('='))));
  if (setupDiags.length > 0) {
    writeDiags(io, setupDiags);
    return 1;
  }

  const state: ConsoleState = {
    ctx: createConsoleContext({ cwd: io.cwd, root: '.', version: kilnVersion(), functions: consoleFunctions(io.cwd) }),
    variables: new Map(),
    locals: new Map(),
  };
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
    if (r.output !== undefined) io.stdout.write(r.output + '\n');
    return r.exit !== true;
  });
  return status;
};

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
