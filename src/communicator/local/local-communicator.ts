// A communicator for the machine running Kiln: commands through /bin/sh, transfers through the file system.
import { createReadStream, createWriteStream } from 'node:fs';
import { chmod, cp, mkdir } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Communicator, ExecOptions } from '../communicator.js';
import { runProcess } from './run-process.js';

export interface LocalCommunicatorOptions {
  /** Working directory of commands (default: the process's). Paths are not remapped: this is the real machine. */
  cwd?: string;
  /** Extra environment for every command. */
  env?: Readonly<Record<string, string>>;
}

/** Creates a communicator that runs on this machine; the file provisioner and shell provisioner work over it. */
export function createLocalCommunicator(options: LocalCommunicatorOptions = {}): Communicator {
  return {
    async exec(command: string, opts: ExecOptions) {
      if (opts.user !== undefined) throw new Error(`The local communicator cannot run commands as user ${JSON.stringify(opts.user)}`);
      const { exitCode } = await runProcess(['/bin/sh', '-c', command], {
        signal: opts.signal,
        ...(options.cwd !== undefined ? { cwd: options.cwd } : {}),
        env: { ...process.env, ...options.env, ...opts.env },
        ...(opts.onStdout ? { onStdout: opts.onStdout } : {}),
        ...(opts.onStderr ? { onStderr: opts.onStderr } : {}),
      });
      return { exitCode };
    },

    async upload(dst: string, src: Readable, opts) {
      await mkdir(dirname(dst), { recursive: true });
      await pipeline(src, createWriteStream(dst), { signal: opts.signal });
      if (opts.mode !== undefined) await chmod(dst, opts.mode);
    },

    async uploadDir(dst: string, src: string, opts) {
      // Packer's rule: "src/" copies the contents into dst, "src" copies the directory itself into dst.
      const into = src.endsWith('/') ? dst : join(dst, basename(src));
      await copyTree(src, into, opts.exclude ?? [], opts.signal);
    },

    async download(src: string, dst: Writable, opts) {
      await pipeline(createReadStream(src), dst, { signal: opts.signal });
    },

    async downloadDir(src: string, dst: string, opts) {
      const into = src.endsWith('/') ? dst : join(dst, basename(src));
      await copyTree(src, into, opts.exclude ?? [], opts.signal);
    },
  };
}

/** Copies a directory tree, skipping entries whose path relative to `src` matches an exclude entry. */
async function copyTree(src: string, dst: string, exclude: readonly string[], signal: AbortSignal): Promise<void> {
  signal.throwIfAborted();
  await mkdir(dst, { recursive: true });
  await cp(src, dst, {
    recursive: true,
    force: true,
    preserveTimestamps: true,
    filter: (from) => {
      const rel = relative(src, from).split(sep).join('/');
      return rel === '' || !exclude.some((e) => rel === e || rel.startsWith(`${e}/`));
    },
  });
}
