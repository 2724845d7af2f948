// How the CLI reports a bug (an exception) instead of a user mistake: briefly, stack only on request.
import type { CliIO } from './io.js';

/** A bug, not a user mistake: say so briefly, with the stack only when KILN_LOG asks for it. */
export function internalError(err: unknown, io: CliIO): number {
  const message = err instanceof Error ? err.message : String(err);
  io.stderr.write(`kiln: internal error: ${message}\n`);
  const log = io.env.KILN_LOG;
  if (log !== undefined && log !== '' && log !== '0') {
    if (err instanceof Error && err.stack !== undefined) io.stderr.write(`${err.stack}\n`);
  } else {
    io.stderr.write('This is a bug in kiln. Run again with KILN_LOG=1 to see the stack trace, and please report it.\n');
  }
  return 1;
}
