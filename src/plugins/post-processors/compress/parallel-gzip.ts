// pigz-style gzip: the input is cut into blocks compressed concurrently (zlib runs on libuv's thread pool) as gzip members.
import { gzip } from 'node:zlib';
import { availableParallelism } from 'node:os';
import { promisify } from 'node:util';

const gzipAsync = promisify(gzip);

/** Block size per gzip member; large enough that the per-member overhead (~20 bytes) is negligible. */
export const gzipBlockSize = 4 * 1024 * 1024;

/** Compresses `source` into concatenated gzip members (valid gzip for every reader), in order, `parallel` at a time. */
export async function* parallelGzip(
  source: AsyncIterable<Buffer>,
  opts: { level: number; parallel?: number; blockSize?: number },
): AsyncGenerator<Buffer> {
  const parallel = Math.max(1, opts.parallel ?? availableParallelism());
  const size = opts.blockSize ?? gzipBlockSize;
  const pending: Promise<Buffer>[] = [];
  let parts: Buffer[] = [];
  let have = 0;
  const submit = (buf: Buffer) => {
    const p = gzipAsync(buf, { level: opts.level });
    p.catch(() => undefined);
    pending.push(p);
  };
  for await (const chunk of source) {
    parts.push(chunk);
    have += chunk.length;
    while (have >= size) {
      const all = Buffer.concat(parts);
      submit(all.subarray(0, size));
      parts = [all.subarray(size)];
      have = all.length - size;
      while (pending.length >= parallel) yield await pending.shift()!;
    }
  }
  if (have > 0 || pending.length === 0) submit(Buffer.concat(parts));
  while (pending.length > 0) yield await pending.shift()!;
}
