// The executable's entry point (bundled to dist/kiln.mjs): wires the process to runCli and sets the exit code.
import type { CliIO } from './io.js';
import { internalError } from './internal-error.js';
import { runCli } from './run-cli.js';

const io: CliIO = {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
};

// A closed pipe (`kiln console | head -1`) is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

process.on('unhandledRejection', (reason) => {
  process.exitCode = internalError(reason, io);
});

process.exitCode = await runCli(process.argv.slice(2), io);
