// `kiln inspect`: lists what a template defines (variables, locals, builds and their components), as `packer inspect` does.
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { flagBool, parseFlags, type FlagSpec } from '../args.js';
import type { CliIO, CommandRun } from '../io.js';
import { createLoadOptions, templateArgs, variableFlagSpecs } from '../template-args.js';
import { loadForCommand, maskSensitive, writeDiagnostics, writeMachine } from '../template-load.js';
import { readLegacyInspectInput, renderHcl2Inspect, renderLegacyInspect } from './inspect-render.js';
import { templateCountError } from './validate.js';

export const inspectHelp = `Usage: kiln inspect [options] TEMPLATE

  Inspects a template, parsing and outputting the components a template
  defines. This does not validate the contents of a template (other than
  basic syntax by necessity).

Options:

  -var 'key=value'              Variable for templates, can be used multiple times.
  -var-file=path                JSON or HCL2 file containing user variables, can be used multiple times.
  -machine-readable             Machine-readable output.`;

const flagSpecs: readonly FlagSpec[] = [
  ...variableFlagSpecs,
  { name: 'machine-readable', kind: 'bool', usage: 'Machine-readable output.' },
];

export const runInspect: CommandRun = async (argv, io) => {
  const parsed = parseFlags(argv, flagSpecs);
  if (parsed.help === true) {
    io.stdout.write(inspectHelp + '\n');
    return 0;
  }
  const args = templateArgs(argv, parsed, flagSpecs);
  const error = parsed.error ?? args.error;
  if (error !== undefined || parsed.positional.length !== 1) {
    io.stderr.write((error ?? templateCountError('inspect', parsed.positional)) + '\n');
    io.stdout.write(inspectHelp + '\n');
    return 1;
  }
  const path = parsed.positional[0]!;
  const machineReadable = flagBool(parsed.values, 'machine-readable');

  if (isLegacyJsonPath(resolve(io.cwd, path))) {
    const legacy = readLegacy(resolve(io.cwd, path));
    if (legacy !== undefined) {
      emit(io, maskSensitive(renderLegacyInspect(legacy.input), legacy.sensitive), machineReadable);
      return 0;
    }
    // Not readable as JSON: the loader explains why, with the line.
  }
  const loaded = await loadForCommand(createLoadOptions({ path, io, args: args.value, mode: 'inspect' }));
  const sensitive = loaded.sensitiveValues;
  const status = writeDiagnostics(io, loaded.diagnostics, { sources: loaded.sources, sensitive, machineReadable });
  if (status !== 0 || loaded.plan === undefined) return status === 0 ? 1 : status;
  emit(io, maskSensitive(renderHcl2Inspect(loaded.plan), sensitive), machineReadable);
  return 0;
};

/** Packer reads a path as HCL2 when it is a directory or ends in .pkr.hcl/.pkr.json; anything else is a legacy JSON template. */
export function isLegacyJsonPath(path: string): boolean {
  if (path.endsWith('.pkr.hcl') || path.endsWith('.pkr.json')) return false;
  try {
    return !statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function readLegacy(path: string): ReturnType<typeof readLegacyInspectInput> {
  try {
    return readLegacyInspectInput(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

function emit(io: CliIO, text: string, machineReadable: boolean): void {
  if (machineReadable) writeMachine(io, 'say', text.replace(/\n$/, ''));
  else io.stdout.write(text);
}
