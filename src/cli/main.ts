// The executable's entry point (bundled to dist/kiln.mjs): wires the process to runCli and sets the exit code.
import type { CliIO } from './io.js';
import { internalError } from './internal-error.js';
import { notifyOutputClosed } from './output-closed.js';
import { runCli } from './run-cli.js';

// A closed pipe (`kiln console | head -1`) is not an error worth a stack trace; a running build is told, so it
// can cancel and clean up before the process ends.
function onStreamError(err: NodeJS.ErrnoException): void {
  if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') {
    if (!notifyOutputClosed()) process.exit(process.exitCode ?? 0);
    return;
  }
  throw err;
}

// The standard streams are created on first use: process.stdin alone loads Node's net and stream
// machinery, a start-up cost most commands never need.
let stdout: CliIO['stdout'] | undefined;
let stderr: CliIO['stderr'] | undefined;
const io: CliIO = {
  get stdin() {
    return process.stdin;
  },
  get stdout() {
    return (stdout ??= process.stdout.on('error', onStreamError));
  },
  get stderr() {
    return (stderr ??= process.stderr.on('error', onStreamError));
  },
  cwd: process.cwd(),
  env: process.env,
};

process.on('unhandledRejection', (reason) => {
  process.exitCode = internalError(reason, io);
});

process.exitCode = await runCli(process.argv.slice(2), io);
