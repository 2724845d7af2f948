// Pipes bytes through a system compressor (xz, zstd, lz4) into a file, in its own process group, killed on abort.
import { spawn } from 'node:child_process';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { killGroup } from '../../../communicator/local/run-process.js';

/** Runs `argv` with `source` on stdin and its stdout written to `target`; rejects on a non-zero exit or a missing tool. */
export async function compressWithTool(argv: readonly string[], source: AsyncIterable<Buffer>, target: string, signal: AbortSignal): Promise<void> {
  const [file, ...args] = argv;
  if (file === undefined) throw new Error('compressWithTool: empty command');
  const out = await open(target, 'w', 0o644);
  try {
    const child = spawn(file, args, { detached: true, stdio: ['pipe', out.fd, 'pipe'] });
    const onAbort = () => {
      if (child.pid !== undefined) killGroup(child.pid, 'SIGKILL');
    };
    signal.addEventListener('abort', onAbort, { once: true });
    const { stdin, stderr: errStream } = child;
    if (stdin === null || errStream === null) throw new Error(`Error running ${file}: no pipes`);
    let stderr = '';
    errStream.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    const exited = new Promise<number>((resolve, reject) => {
      child.on('error', (e) =>
        reject(
          new Error(
            (e as NodeJS.ErrnoException).code === 'ENOENT' ? `The ${file} program is needed to compress this format but was not found on PATH` : `Error running ${file}: ${e.message}`,
            { cause: e },
          ),
        ),
      );
      child.on('close', (code) => resolve(code ?? 1));
    });
    try {
      const fed = pipeline(Readable.from(source), stdin, { signal }).catch((e: unknown) => {
        stdin.destroy();
        throw e;
      });
      const [feeding, exit] = await Promise.allSettled([fed, exited]);
      if (exit.status === 'rejected') throw exit.reason;
      if (exit.value !== 0) throw new Error(`${file} exited with status ${exit.value}: ${stderr.trim()}`);
      if (feeding.status === 'rejected') throw feeding.reason;
    } finally {
      signal.removeEventListener('abort', onAbort);
      if (signal.aborted && child.pid !== undefined) killGroup(child.pid, 'SIGKILL');
    }
  } finally {
    await out.close();
  }
}
