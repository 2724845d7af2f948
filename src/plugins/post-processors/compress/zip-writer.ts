// A streaming zip writer (deflate on every core, data descriptors, UTF-8 names) for the compress post-processor.
import { createReadStream } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { crc32 } from 'node:zlib';
import { compressBlocks } from './parallel-blocks.js';
import { deflateBlocks, deflateEnd } from './parallel-deflate.js';
import type { TarEntry } from './tar-writer.js';

interface Central {
  name: Buffer;
  crc: number;
  csize: number;
  usize: number;
  offset: number;
  time: number;
  date: number;
  dir: boolean;
  mode: number;
}

const max32 = 0xffffffff;

/** Yields the zip archive's bytes for the entries (directories recursively). Files over 4 GiB are refused (no zip64). */
export async function* zipStream(entries: readonly TarEntry[], opts: { level: number; signal: AbortSignal }): AsyncGenerator<Buffer> {
  const central: Central[] = [];
  let offset = 0;
  const emit = (b: Buffer) => {
    offset += b.length;
    return b;
  };
  async function* entry(name: string, path: string): AsyncGenerator<Buffer> {
    opts.signal.throwIfAborted();
    const st = await lstat(path);
    const [time, date] = dosTime(st.mtime);
    const dir = st.isDirectory();
    const c: Central = { name: Buffer.from(dir ? `${name.replace(/\/$/, '')}/` : name), crc: 0, csize: 0, usize: 0, offset, time, date, dir, mode: st.mode };
    yield emit(localHeader(c));
    if (dir) {
      central.push(c);
      for (const child of (await readdir(path)).sort()) yield* entry(`${name.replace(/\/$/, '')}/${child}`, join(path, child));
      return;
    }
    if (!st.isFile()) throw new Error(`Cannot archive ${path}: only regular files and directories are supported`);
    if (st.size > max32) throw new Error(`Cannot zip ${path}: files over 4 GiB need zip64, which is not supported; use .tar.gz or .tar.zst`);
    const input = createReadStream(path, { signal: opts.signal, highWaterMark: 4 << 20 });
    const counted = async function* () {
      for await (const chunk of input) {
        const b = chunk as Buffer;
        c.crc = crc32(b, c.crc);
        c.usize += b.length;
        yield b;
      }
    };
    const blocks = compressBlocks(counted(), deflateBlocks(opts.level), { blockSize: 4 << 20, parallel: availableParallelism() + 1, signal: opts.signal });
    for await (const b of blocks) {
      c.csize += b.length;
      yield emit(b);
    }
    c.csize += deflateEnd.length;
    yield emit(deflateEnd);
    if (c.csize > max32) throw new Error(`Cannot zip ${path}: the compressed data exceeds 4 GiB`);
    const desc = Buffer.alloc(16);
    desc.writeUInt32LE(0x08074b50, 0);
    desc.writeUInt32LE(c.crc >>> 0, 4);
    desc.writeUInt32LE(c.csize, 8);
    desc.writeUInt32LE(c.usize, 12);
    yield emit(desc);
    central.push(c);
  }
  for (const e of entries) yield* entry(e.name, e.path);
  const start = offset;
  for (const c of central) yield emit(centralHeader(c));
  if (central.length > 0xffff || offset > max32) throw new Error('Too many entries or too large an archive for zip without zip64');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(central.length, 8);
  end.writeUInt16LE(central.length, 10);
  end.writeUInt32LE(offset - start, 12);
  end.writeUInt32LE(start, 16);
  yield end;
}

function localHeader(c: Central): Buffer {
  const b = Buffer.alloc(30);
  b.writeUInt32LE(0x04034b50, 0);
  b.writeUInt16LE(20, 4);
  b.writeUInt16LE(c.dir ? 0x0800 : 0x0808, 6);
  b.writeUInt16LE(c.dir ? 0 : 8, 8);
  b.writeUInt16LE(c.time, 10);
  b.writeUInt16LE(c.date, 12);
  b.writeUInt16LE(c.name.length, 26);
  return Buffer.concat([b, c.name]);
}

function centralHeader(c: Central): Buffer {
  const b = Buffer.alloc(46);
  b.writeUInt32LE(0x02014b50, 0);
  b.writeUInt16LE((3 << 8) | 20, 4);
  b.writeUInt16LE(20, 6);
  b.writeUInt16LE(c.dir ? 0x0800 : 0x0808, 8);
  b.writeUInt16LE(c.dir ? 0 : 8, 10);
  b.writeUInt16LE(c.time, 12);
  b.writeUInt16LE(c.date, 14);
  b.writeUInt32LE(c.crc >>> 0, 16);
  b.writeUInt32LE(c.csize, 20);
  b.writeUInt32LE(c.usize, 24);
  b.writeUInt16LE(c.name.length, 28);
  b.writeUInt32LE((((c.mode & 0xffff) << 16) | (c.dir ? 0x10 : 0)) >>> 0, 38);
  b.writeUInt32LE(c.offset, 42);
  return Buffer.concat([b, c.name]);
}

function dosTime(d: Date): [number, number] {
  const year = Math.max(1980, d.getFullYear());
  return [(d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2), ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate()];
}
