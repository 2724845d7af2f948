// A communicator for a running container over the Engine API: exec, and transfers through the archive endpoints.
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { DockerClient } from '../../docker/client.js';
import { isDirectoryStat } from '../../docker/archive.js';
import { DockerApiError } from '../../docker/errors.js';
import type { Communicator, ExecOptions } from '../communicator.js';
import { packDirectory, packSingleFile } from './tar-build.js';
import { extractSingleFile, extractTree } from './tar-extract.js';

export interface DockerCommunicatorOptions {
  client: DockerClient;
  containerId: string;
  /** Default user for commands (the builder's exec_user); ExecOptions.user overrides it. */
  execUser?: string;
  /** After each upload, `chown -R` the destination to the exec user (or the container's configured user). */
  fixUploadOwner?: boolean;
  /** Extra environment for every command. */
  env?: Readonly<Record<string, string>>;
}

/** Quotes a word for /bin/sh. */
export function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

export function createDockerCommunicator(options: DockerCommunicatorOptions): Communicator {
  const { client, containerId } = options;
  let containerUser: Promise<string> | undefined;

  /** Runs a helper command as root; throws with its stderr when it fails. */
  const rootExec = async (command: string, signal: AbortSignal): Promise<void> => {
    let stderr = '';
    const { exitCode } = await client.execRun(
      containerId,
      { Cmd: ['/bin/sh', '-c', command], User: 'root' },
      { signal, onStderr: (s) => (stderr += s) },
    );
    if (exitCode !== 0) throw new Error(`${command} failed in container ${containerId.slice(0, 12)} (exit ${exitCode}): ${stderr.trim()}`);
  };

  const ensureDir = async (dir: string, signal: AbortSignal): Promise<void> => {
    if ((await client.statPath(containerId, dir, { signal })) === undefined) await rootExec(`mkdir -p ${shellQuote(dir)}`, signal);
  };

  const fixOwner = async (path: string, signal: AbortSignal): Promise<void> => {
    if (!options.fixUploadOwner) return;
    containerUser ??= client.containerInspect(containerId, { signal }).then((c) => c.Config.User ?? '');
    const owner = options.execUser || (await containerUser);
    if (owner === '' || owner === 'root' || owner === '0' || owner === '0:0') return; // archives are root-owned already
    // "user" alone would leave the group root; chown takes "user:group" or "uid:gid" as given.
    await rootExec(`chown -R ${shellQuote(owner)} ${shellQuote(path)}`, signal);
  };

  /** The path as a tar stream; a missing path says so in Go's words rather than as the API's 404. */
  const getArchive = async (src: string, signal: AbortSignal) => {
    try {
      return await client.getArchive(containerId, src, { signal });
    } catch (e) {
      if (e instanceof DockerApiError && e.status === 404) throw new Error(`stat ${src}: no such file or directory (in the container)`, { cause: e });
      throw e;
    }
  };

  return {
    async exec(command: string, opts: ExecOptions) {
      const env = { ...options.env, ...opts.env };
      const user = opts.user ?? options.execUser;
      return client.execRun(
        containerId,
        {
          Cmd: ['/bin/sh', '-c', command],
          ...(user ? { User: user } : {}),
          ...(Object.keys(env).length > 0 ? { Env: Object.entries(env).map(([k, v]) => `${k}=${v}`) } : {}),
        },
        {
          signal: opts.signal,
          ...(opts.onStdout ? { onStdout: opts.onStdout } : {}),
          ...(opts.onStderr ? { onStderr: opts.onStderr } : {}),
        },
      );
    },

    async upload(dst: string, src: Readable, opts) {
      const dir = posix.dirname(dst);
      // A file extracted onto a directory would replace it and everything in it (Packer's docker cp refuses).
      const existing = await client.statPath(containerId, dst, { signal: opts.signal });
      if (existing !== undefined && isDirectoryStat(existing)) {
        throw new Error(`${dst} is a directory in the container; to upload into it, end the destination with a slash: "${dst.replace(/\/*$/, '/')}"`);
      }
      await ensureDir(dir, opts.signal);
      let spool: string | undefined;
      try {
        let size = opts.size;
        let content = src;
        if (size === undefined) {
          // A tar header needs the size up front: spool an unsized stream to disk, never to memory.
          spool = await mkdtemp(join(tmpdir(), 'kiln-upload-'));
          const file = join(spool, 'content');
          await pipeline(src, createWriteStream(file), { signal: opts.signal });
          size = (await stat(file)).size;
          content = createReadStream(file);
        }
        const archive = packSingleFile(posix.basename(dst), content, { size, ...(opts.mode !== undefined ? { mode: opts.mode } : {}) });
        await client.putArchive(containerId, dir, archive, { signal: opts.signal, noOverwriteDirNonDir: true });
      } finally {
        if (spool) await rm(spool, { recursive: true, force: true });
      }
      await fixOwner(dst, opts.signal);
    },

    async uploadDir(dst: string, src: string, opts) {
      // docker cp's rule, as Packer's docker communicator: "src/" copies the contents into dst; "src" copies the
      // directory into dst when dst is a directory already, and becomes dst when dst does not exist yet.
      let prefix = '';
      if (!src.endsWith('/')) {
        const existing = await client.statPath(containerId, dst, { signal: opts.signal });
        if (existing !== undefined && !isDirectoryStat(existing)) throw new Error(`cannot copy a directory to a file: ${dst} exists and is not a directory`);
        if (existing !== undefined) prefix = posix.basename(src);
      }
      await ensureDir(dst, opts.signal);
      const archive = packDirectory(src, { prefix, signal: opts.signal, ...(opts.exclude ? { exclude: opts.exclude } : {}) });
      await client.putArchive(containerId, dst, archive, { signal: opts.signal });
      await fixOwner(prefix === '' ? dst : posix.join(dst, prefix), opts.signal);
    },

    async download(src, dst, opts) {
      const archive = await getArchive(src, opts.signal);
      await extractSingleFile(archive, dst, src);
    },

    async downloadDir(src, dst, opts) {
      const archive = await getArchive(src, opts.signal);
      await extractTree(archive, dst, { stripFirst: src.endsWith('/'), ...(opts.exclude ? { exclude: opts.exclude } : {}) });
    },
  };
}
