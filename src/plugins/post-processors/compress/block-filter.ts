// One block through a system compressor (igzip, lz4): the block on stdin, the member from stdout, killed on abort.
import { spawn } from 'node:child_process';
import { killGroup } from '../../../communicator/local/run-process.js';
import type { BlockCompressor } from './parallel-blocks.js';

/** A BlockCompressor that runs `argv` (which must read stdin and write stdout) once per block. */
export function blockFilter(argv: readonly string[]): BlockCompressor {
  const [file, ...args] = argv;
  if (file === undefined) throw new Error('blockFilter: empty command');
  return (block, signal) =>
    new Promise<Buffer[]>((resolve, reject) => {
      signal.throwIfAborted();
      const child = spawn(file, args, { detached: true, stdio: ['pipe', 'pipe', 'pipe'] });
      const out: Buffer[] = [];
      let stderr = '';
      const onAbort = () => {
        if (child.pid !== undefined) killGroup(child.pid, 'SIGKILL');
        reject(signal.reason instanceof Error ? signal.reason : new Error('compression was cancelled'));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      child.stdout.on('data', (c: Buffer) => out.push(c));
      child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
      // EPIPE when the tool exits early: its exit status and stderr say why.
      child.stdin.on('error', () => undefined);
      child.on('error', (e: NodeJS.ErrnoException) => {
        signal.removeEventListener('abort', onAbort);
        reject(new Error(e.code === 'ENOENT' ? `The ${file} program is needed to compress this format but was not found on PATH` : `Error running ${file}: ${e.message}`, { cause: e }));
      });
      child.on('close', (code, sig) => {
        signal.removeEventListener('abort', onAbort);
        if (code === 0) resolve(out);
        else reject(new Error(`${file} exited with ${code === null ? `signal ${sig}` : `status ${code}`}${stderr.trim() === '' ? '' : `: ${stderr.trim()}`}`));
      });
      for (const part of block) child.stdin.write(part);
      child.stdin.end();
    });
}
