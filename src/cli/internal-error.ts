// How the CLI reports a bug (an exception) instead of a user mistake: briefly, stack only on request.
// Two exceptions are limits the input ran into rather than bugs, and are said so.
import type { CliIO } from './io.js';

/** The error for an exception that comes from the input's size or depth, not from a bug; undefined otherwise. */
export function limitError(err: unknown): string | undefined {
  if (!(err instanceof RangeError)) return undefined;
  if (err.message.includes('call stack')) {
    return (
      'Error: Nested too deeply\n\n' +
      'A value or expression in the input nests brackets, braces, calls or interpolations more deeply than\n' +
      'kiln can follow in this step (thousands of levels). Reduce the nesting.\n'
    );
  }
  if (err.message === 'Invalid string length') {
    return 'Error: Output too large\n\nThe text to write is larger than kiln can hold in memory as one string (about 512 MiB).\n';
  }
  return undefined;
}

/** A bug, not a user mistake: say so briefly, with the stack only when KILN_LOG asks for it. */
export function internalError(err: unknown, io: CliIO): number {
  const log = io.env.KILN_LOG;
  const verbose = log !== undefined && log !== '' && log !== '0';
  const limit = limitError(err);
  if (limit !== undefined) {
    io.stderr.write(limit);
    if (verbose && err instanceof Error && err.stack !== undefined) io.stderr.write(`${err.stack}\n`);
    return 1;
  }
  const message = err instanceof Error ? err.message : String(err);
  io.stderr.write(`kiln: internal error: ${message}\n`);
  if (verbose) {
    if (err instanceof Error && err.stack !== undefined) io.stderr.write(`${err.stack}\n`);
  } else {
    io.stderr.write('This is a bug in kiln. Run again with KILN_LOG=1 to see the stack trace, and please report it.\n');
  }
  return 1;
}
