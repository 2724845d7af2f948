// The process surface a command sees; tests pass their own streams.
import type { Readable, Writable } from 'node:stream';

export interface CliIO {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
}

/** A command takes its arguments (after the command name) and returns the process exit code. */
export type CommandRun = (argv: readonly string[], io: CliIO) => Promise<number>;
