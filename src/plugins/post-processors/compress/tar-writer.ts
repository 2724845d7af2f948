// A streaming tar (ustar + pax for long names) writer for the compress post-processor: regular files and directories.
import { createReadStream } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';

export interface TarEntry {
  /** The name inside the archive. */
  name: string;
  /** The local path. */
  path: string;
}

const block = 512;

/** Yields the archive's bytes: each entry (directories recursively), then two zero blocks. */
export async function* tarStream(entries: readonly TarEntry[], signal: AbortSignal): AsyncGenerator<Buffer> {
  for (const e of entries) yield* tarEntry(e.name, e.path, signal);
  yield Buffer.alloc(block * 2);
}

async function* tarEntry(name: string, path: string, signal: AbortSignal): AsyncGenerator<Buffer> {
  signal.throwIfAborted();
  const st = await lstat(path);
  const mtime = Math.floor(st.mtimeMs / 1000);
  if (st.isDirectory()) {
    yield* header({ name: name.endsWith('/') ? name : `${name}/`, mode: st.mode & 0o7777, size: 0, mtime, type: '5' });
    for (const child of (await readdir(path)).sort()) yield* tarEntry(`${name.replace(/\/$/, '')}/${child}`, join(path, child), signal);
    return;
  }
  if (!st.isFile()) throw new Error(`Cannot archive ${path}: only regular files and directories are supported`);
  yield* header({ name, mode: st.mode & 0o7777, size: st.size, mtime, type: '0' });
  let written = 0;
  for await (const chunk of createReadStream(path, { signal, highWaterMark: 4 << 20 })) {
    const b = chunk as Buffer;
    written += b.length;
    yield b;
  }
  if (written !== st.size) throw new Error(`${path} changed size while being archived`);
  const pad = (block - (written % block)) % block;
  if (pad > 0) yield Buffer.alloc(pad);
}

interface Header {
  name: string;
  mode: number;
  size: number;
  mtime: number;
  type: '0' | '5' | 'x';
}

function* header(h: Header): Generator<Buffer> {
  if (Buffer.byteLength(h.name) > 100) {
    // A pax extended header carries the full name; the ustar name field gets a truncated one.
    const record = paxRecord('path', h.name);
    yield* header({ name: `PaxHeaders/${h.name.slice(-80)}`.slice(0, 100), mode: 0o644, size: record.length, mtime: h.mtime, type: 'x' });
    yield record;
    const pad = (block - (record.length % block)) % block;
    if (pad > 0) yield Buffer.alloc(pad);
    h = { ...h, name: h.name.slice(-100) };
  }
  const b = Buffer.alloc(block);
  b.write(h.name, 0, 100, 'utf8');
  octal(b, 100, 8, h.mode);
  octal(b, 108, 8, 0);
  octal(b, 116, 8, 0);
  octal(b, 124, 12, h.size);
  octal(b, 136, 12, h.mtime);
  b.fill(' ', 148, 156);
  b.write(h.type, 156, 1, 'ascii');
  b.write('ustar\u000000', 257, 8, 'binary');
  let sum = 0;
  for (const byte of b) sum += byte;
  b.write(`${sum.toString(8).padStart(6, '0')}\u0000 `, 148, 8, 'binary');
  yield b;
}

function octal(b: Buffer, offset: number, length: number, value: number): void {
  const s = value.toString(8);
  if (s.length > length - 1) {
    // Base-256 encoding for values (sizes over 8 GiB) that do not fit in octal.
    b[offset] = 0x80;
    let v = BigInt(value);
    for (let i = offset + length - 1; i > offset; i--) {
      b[i] = Number(v & 0xffn);
      v >>= 8n;
    }
    return;
  }
  b.write(`${s.padStart(length - 1, '0')}\u0000`, offset, length, 'ascii');
}

function paxRecord(key: string, value: string): Buffer {
  const body = ` ${key}=${value}\n`;
  let len = Buffer.byteLength(body) + 1;
  while (String(len).length + Buffer.byteLength(body) !== len) len = String(len).length + Buffer.byteLength(body);
  return Buffer.from(`${len}${body}`);
}
