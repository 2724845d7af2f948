// Dispatches `kiln [flags] COMMAND [args]` to a command, as mitchellh/cli does for Packer.
import { didYouMean } from '../hcl/diagnostics/suggest.js';
import { commands, findCommand } from './commands/registry.js';
import type { CliIO } from './io.js';
import { internalError } from './internal-error.js';
import { renderUsage } from './usage.js';

/** mitchellh/cli's status for "no command" and "unknown command". */
export const exitUsage = 127;

interface ProcessedArgs {
  command: string;
  commandArgs: string[];
  help: boolean;
  version: boolean;
}

/**
 * Finds the command and the global help/version flags. `-h`, `-help` and `--help` ask for help wherever they
 * appear (before `--`); `-v`, `-version` and `--version` only before the command.
 */
export function processArgs(argv: readonly string[]): ProcessedArgs {
  const r: ProcessedArgs = { command: '', commandArgs: [], help: false, version: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '-h' || arg === '-help' || arg === '--help') {
      r.help = true;
      continue;
    }
    if (r.command !== '') continue;
    if (arg === '-v' || arg === '-version' || arg === '--version') {
      r.version = true;
      continue;
    }
    if (arg.startsWith('-') || arg === '') continue;
    r.command = arg;
    r.commandArgs = argv.slice(i + 1);
  }
  return r;
}

/** Runs the CLI and returns the process exit status. Never throws. */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const args = processArgs(argv);
  if (args.version) return runCommand('version', [], io);
  if (args.command === '') {
    io.stdout.write(renderUsage() + '\n');
    return args.help ? 0 : exitUsage;
  }
  const entry = findCommand(args.command);
  if (entry === undefined) {
    const hint = didYouMean(args.command, commands.map((c) => c.name));
    io.stderr.write(`kiln: unknown command "${args.command}".${hint}\n\n${renderUsage()}\n`);
    return exitUsage;
  }
  if (args.help) {
    try {
      const loaded = await entry.load();
      io.stdout.write(loaded.help + '\n');
      return 0;
    } catch (err) {
      return internalError(err, io);
    }
  }
  return runCommand(args.command, args.commandArgs, io);
}

async function runCommand(name: string, argv: readonly string[], io: CliIO): Promise<number> {
  try {
    const entry = findCommand(name);
    if (entry === undefined) throw new Error(`command ${name} is not registered`);
    const loaded = await entry.load();
    return await loaded.run(argv, io);
  } catch (err) {
    return internalError(err, io);
  }
}
