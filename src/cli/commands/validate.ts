// `kiln validate`: loads a template into a build plan and reports whether it is valid, as `packer validate` does.
import { flagBool, parseFlags, type FlagSpec } from '../args.js';
import type { CommandRun } from '../io.js';
import { createLoadOptions, selectionFlagSpecs, templateArgs, variableFlagSpecs } from '../template-args.js';
import { loadForCommand, writeDiagnostics, writeMachine } from '../template-load.js';

export const validateHelp = `Usage: kiln validate [options] TEMPLATE

  Checks the template is valid by parsing the template and also
  checking the configuration with the various builders, provisioners, etc.

  TEMPLATE is a .pkr.hcl or .pkr.json file, a directory of them, or a
  legacy JSON template.

  If it is not valid, the errors will be shown and the command will exit
  with a non-zero exit status. If it is valid, it will exit with a zero
  exit status.

Options:

  -syntax-only                  Only check syntax. Do not verify config of the template.
  -except=foo,bar,baz           Validate all builds other than these.
  -only=foo,bar,baz             Validate only these builds.
  -machine-readable             Produce machine-readable output.
  -var 'key=value'              Variable for templates, can be used multiple times.
  -var-file=path                JSON or HCL2 file containing user variables, can be used multiple times.
  -no-warn-undeclared-var       Disable warnings for user variable files containing undeclared variables.
  -evaluate-datasources         Evaluate data sources during validation (HCL2 only, may incur costs); Defaults to false.`;

const flagSpecs: readonly FlagSpec[] = [
  ...variableFlagSpecs,
  ...selectionFlagSpecs,
  { name: 'syntax-only', kind: 'bool', usage: 'Only check syntax.' },
  { name: 'machine-readable', kind: 'bool', usage: 'Produce machine-readable output.' },
  { name: 'no-warn-undeclared-var', kind: 'bool', usage: 'Disable warnings for undeclared variables in var files.' },
  { name: 'evaluate-datasources', kind: 'bool', usage: 'Evaluate data sources during validation.' },
];

/**
 * Why a command that takes one TEMPLATE got another number of arguments. Flags stop at the first argument that is
 * not one (Go's flag package), so `kiln validate . -var x=1` passes "-var" and "x=1" as more templates.
 */
export function templateCountError(command: string, positional: readonly string[]): string {
  if (positional.length === 0) return `${command}: a TEMPLATE argument is required: a .pkr.hcl or .pkr.json file, a directory of them, or a legacy JSON template.`;
  const flagAfter = positional.slice(1).find((a) => a.startsWith('-'));
  const hint = flagAfter === undefined ? '' : ` Options must come before the TEMPLATE: "${flagAfter}" after it is read as another argument, so write \`kiln ${command} ${flagAfter} ... ${positional[0]}\`.`;
  return `${command}: exactly one TEMPLATE argument is expected, but ${positional.length} were given: ${positional.map((p) => JSON.stringify(p)).join(' ')}.${hint}`;
}

export const runValidate: CommandRun = async (argv, io) => {
  const parsed = parseFlags(argv, flagSpecs);
  if (parsed.help === true) {
    io.stdout.write(validateHelp + '\n');
    return 0;
  }
  const args = templateArgs(argv, parsed, flagSpecs);
  const error = parsed.error ?? args.error;
  if (error !== undefined || parsed.positional.length !== 1) {
    io.stderr.write((error ?? templateCountError('validate', parsed.positional)) + '\n');
    io.stdout.write(validateHelp + '\n');
    return 1;
  }
  const syntaxOnly = flagBool(parsed.values, 'syntax-only');
  const machineReadable = flagBool(parsed.values, 'machine-readable');
  const opts = createLoadOptions({
    path: parsed.positional[0]!,
    io,
    args: args.value,
    mode: 'validate',
    evaluateDatasources: flagBool(parsed.values, 'evaluate-datasources'),
    syntaxOnly,
    ...(flagBool(parsed.values, 'no-warn-undeclared-var') ? { warnOnUndeclaredVar: false } : {}),
  });
  const loaded = await loadForCommand(opts);
  const status = writeDiagnostics(io, loaded.diagnostics, {
    sources: loaded.sources,
    sensitive: loaded.sensitiveValues,
    machineReadable,
  });
  if (status !== 0) return status;
  const message = syntaxOnly ? 'Syntax-only check passed. Everything looks okay.' : 'The configuration is valid.';
  if (machineReadable) writeMachine(io, 'say', message);
  else io.stdout.write(message + '\n');
  return 0;
};
