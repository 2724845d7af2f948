// Reads tar streams from downloads: one file into a Writable, or a tree into a directory (never outside it).
import { createWriteStream } from 'node:fs';
import { chmod, lstat, mkdir, rm, symlink, utimes } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import * as tar from 'tar-stream';
import { isExcluded } from './exclude.js';

/** Writes the first entry of `archive` (which must be a regular file) into `dst`; later entries are drained. */
export async function extractSingleFile(archive: Readable, dst: Writable, what: string): Promise<void> {
  const extract = tar.extract();
  const reading = feed(archive, extract);
  let found = false;
  try {
    for await (const entry of extract) {
      if (!found) {
        found = true;
        const type = entry.header.type ?? 'file';
        if (type === 'directory') throw new Error(`${what} is a directory; download it as a directory`);
        if (type !== 'file' && type !== 'contiguous-file') throw new Error(`${what} is not a regular file (${type})`);
        await pipeline(Readable.from(entry, { objectMode: false }), dst);
      } else {
        entry.resume();
      }
    }
    await reading;
  } catch (err) {
    archive.destroy();
    await reading.catch(() => undefined);
    throw err;
  }
  if (!found) throw new Error(`${what}: the archive was empty`);
}

/**
 * Writes the entries of `archive` under `dst`. `stripFirst` drops the first path component (the downloaded
 * directory's own name), so its contents land directly in `dst`. Excludes apply to the path after stripping.
 */
export async function extractTree(
  archive: Readable,
  dst: string,
  opts: { stripFirst: boolean; exclude?: readonly string[] },
): Promise<void> {
  const root = resolve(dst);
  await mkdir(root, { recursive: true });
  const extract = tar.extract();
  const reading = feed(archive, extract);
  const dirModes: { path: string; mode: number; mtime: Date | undefined }[] = [];
  try {
    for await (const entry of extract) {
      const h = entry.header;
      let name = h.name.replace(/^\.\//, '').replace(/\/+$/, '');
      if (opts.stripFirst) {
        const slash = name.indexOf('/');
        name = slash < 0 ? '' : name.slice(slash + 1);
      }
      if (name === '' || name === '.' || isExcluded(name, opts.exclude ?? [])) {
        entry.resume();
        continue;
      }
      const target = resolve(root, name);
      const rel = relative(root, target);
      if (rel.startsWith(`..${sep}`) || rel === '..') throw new Error(`Refusing to extract ${JSON.stringify(h.name)} outside ${dst}`);
      switch (h.type) {
        case 'directory':
          await mkdir(target, { recursive: true });
          dirModes.push({ path: target, mode: h.mode ?? 0o755, mtime: h.mtime });
          entry.resume();
          break;
        case 'symlink':
          await mkdir(dirname(target), { recursive: true });
          await rm(target, { force: true });
          await symlink(h.linkname ?? '', target);
          entry.resume();
          break;
        case 'file':
        case 'contiguous-file':
        case undefined:
        case null: {
          await mkdir(dirname(target), { recursive: true });
          const existing = await lstat(target).catch(() => undefined);
          if (existing?.isSymbolicLink()) await rm(target);
          await pipeline(Readable.from(entry, { objectMode: false }), createWriteStream(target, { mode: h.mode ?? 0o644 }));
          await chmod(target, (h.mode ?? 0o644) & 0o7777);
          if (h.mtime) await utimes(target, h.mtime, h.mtime);
          break;
        }
        default:
          entry.resume(); // hard links, devices and fifos are not recreated
      }
    }
    await reading;
  } catch (err) {
    archive.destroy();
    await reading.catch(() => undefined);
    throw err;
  }
  // Directory modes last, deepest first, so read-only directories do not block their own contents.
  for (const d of dirModes.reverse()) {
    await chmod(d.path, d.mode & 0o7777);
    if (d.mtime) await utimes(d.path, d.mtime, d.mtime);
  }
}


/** Copies a node stream into tar-stream's extractor with back-pressure (it is a streamx stream, not a node one). */
async function feed(archive: Readable, extract: tar.Extract): Promise<void> {
  try {
    for await (const chunk of archive as AsyncIterable<Buffer>) {
      if (!extract.write(chunk)) await drained(extract);
    }
    extract.end(undefined);
  } catch (err) {
    extract.destroy(err as Error);
    throw err;
  }
}

/** Resolves on 'drain'; rejects when the stream closes or fails first. */
export function drained(stream: tar.Extract | ReturnType<tar.Pack['entry']>): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const done = (err?: Error): void => {
      stream.off('drain', onDrain);
      stream.off('close', onClose);
      stream.off('error', onError);
      if (err) reject(err);
      else resolve();
    };
    const onDrain = (): void => done();
    const onClose = (): void => done(new Error('stream closed before drain'));
    const onError = (err: Error): void => done(err);
    stream.once('drain', onDrain);
    stream.once('close', onClose);
    stream.once('error', onError);
  });
}
