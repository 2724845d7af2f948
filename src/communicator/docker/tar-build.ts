// Builds tar streams for uploads: one file from a stream, or a directory tree read from disk; nothing is buffered whole.
import { createReadStream } from 'node:fs';
import { lstat, readdir, readlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import * as tar from 'tar-stream';
import { isExcluded } from './exclude.js';
import { drained } from './tar-extract.js';

type Pack = tar.Pack;
type Header = Parameters<Pack['entry']>[0];

/** Owner recorded in the archive; the daemon applies it on extraction. */
export interface TarOwner {
  uid: number;
  gid: number;
}
const ROOT: TarOwner = { uid: 0, gid: 0 };

/** A tar stream holding one regular file `name` whose `size` bytes come from `content`. */
export function packSingleFile(
  name: string,
  content: Readable,
  opts: { size: number; mode?: number; mtime?: Date; owner?: TarOwner },
): Readable {
  const pack = tar.pack();
  const header: Header = {
    name,
    type: 'file',
    size: opts.size,
    mode: opts.mode ?? 0o644,
    mtime: opts.mtime ?? new Date(),
    ...(opts.owner ?? ROOT),
  };
  drive(pack, async () => {
    await writeEntry(pack, header, content);
  });
  return Readable.from(pack, { objectMode: false });
}

/**
 * A tar stream of the directory `root`: entries are named `prefix/relative-path` (or just the relative path when
 * `prefix` is empty), with their modes, modification times and symlink targets. Excluded paths are skipped.
 */
export function packDirectory(
  root: string,
  opts: { prefix: string; exclude?: readonly string[]; owner?: TarOwner; signal?: AbortSignal },
): Readable {
  const pack = tar.pack();
  const owner = opts.owner ?? ROOT;
  const exclude = opts.exclude ?? [];
  const nameOf = (rel: string): string => [opts.prefix, rel].filter((s) => s !== '').join('/');
  const walk = async (rel: string): Promise<void> => {
    const entries = await readdir(rel === '' ? root : join(root, rel), { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const dirent of entries) {
      opts.signal?.throwIfAborted();
      const childRel = rel === '' ? dirent.name : `${rel}/${dirent.name}`;
      if (isExcluded(childRel, exclude)) continue;
      const abs = join(root, childRel);
      const st = await lstat(abs);
      const base = { name: nameOf(childRel), mode: st.mode & 0o7777, mtime: st.mtime, ...owner };
      if (st.isDirectory()) {
        await writeEntry(pack, { ...base, type: 'directory' });
        await walk(childRel);
      } else if (st.isSymbolicLink()) {
        await writeEntry(pack, { ...base, type: 'symlink', linkname: await readlink(abs) });
      } else if (st.isFile()) {
        await writeEntry(pack, { ...base, type: 'file', size: st.size }, createReadStream(abs));
      }
      // sockets, fifos and devices are not transferred
    }
  };
  drive(pack, async () => {
    if (opts.prefix !== '') {
      const st = await lstat(root);
      await writeEntry(pack, { name: opts.prefix, type: 'directory', mode: st.mode & 0o7777, mtime: st.mtime, ...owner });
    }
    await walk('');
  });
  return Readable.from(pack, { objectMode: false });
}

/** Runs `fill`, then finalizes the archive; a failure destroys the stream with the error. */
function drive(pack: Pack, fill: () => Promise<void>): void {
  fill().then(
    () => pack.finalize(),
    (err: unknown) => pack.destroy(err instanceof Error ? err : new Error(String(err))),
  );
}

/** Adds one entry, copying `content` into it with back-pressure; resolves when the entry is complete. */
async function writeEntry(pack: Pack, header: Header, content?: Readable): Promise<void> {
  if (!content) {
    await new Promise<void>((resolve, reject) => pack.entry(header, (err) => (err ? reject(err) : resolve())));
    return;
  }
  const entry = pack.entry(header);
  const done = new Promise<void>((resolve, reject) => {
    entry.once('finish', () => resolve());
    entry.once('error', reject);
    entry.once('close', () => resolve());
  });
  try {
    for await (const chunk of content as AsyncIterable<Buffer>) {
      if (!entry.write(chunk)) await drained(entry);
    }
  } catch (err) {
    entry.destroy(err as Error);
    throw err;
  }
  entry.end(undefined);
  await done;
}
