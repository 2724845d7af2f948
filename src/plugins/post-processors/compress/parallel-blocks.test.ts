import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Readable } from 'node:stream';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { blockFilter } from './block-filter.js';
import { compressBlocks, type BlockCompressor } from './parallel-blocks.js';

const input = Buffer.from(Array.from({ length: 1_000_003 }, (_, i) => (i * 7919) % 251));
const gz: BlockCompressor = async (block) => [gzipSync(Buffer.concat(block), { level: 1 })];
const collect = async (source: AsyncIterable<Buffer>) => {
  const parts: Buffer[] = [];
  for await (const c of source) parts.push(c);
  return parts;
};
const chunks = (sizes: number[]) => {
  const out: Buffer[] = [];
  let at = 0;
  for (const n of sizes) out.push(input.subarray(at, (at += n)));
  out.push(input.subarray(at));
  return Readable.from(out);
};

describe('compressBlocks', () => {
  test('members in input order decompress to the input, whatever the chunking', async () => {
    for (const sizes of [[], [1, 2, 3], [99_999, 1, 100_000, 250_000], [500_000, 500_000]]) {
      const blocks: number[] = [];
      const sizing: BlockCompressor = async (block, signal) => {
        blocks.push(block.reduce((n, b) => n + b.length, 0));
        return gz(block, signal);
      };
      const out = await collect(compressBlocks(chunks(sizes), sizing, { blockSize: 100_000, parallel: 3, signal: new AbortController().signal }));
      expect(gunzipSync(Buffer.concat(out)).equals(input)).toBe(true);
      expect(blocks.slice(0, -1).every((n) => n === 100_000)).toBe(true);
      expect(blocks.length).toBe(11);
    }
  });

  test('an empty input is one empty member', async () => {
    const out = await collect(compressBlocks(Readable.from([]), gz, { blockSize: 10, signal: new AbortController().signal }));
    expect(out.length).toBe(1);
    expect(gunzipSync(Buffer.concat(out)).length).toBe(0);
  });

  test('at most `parallel` blocks run at once', async () => {
    let running = 0;
    let most = 0;
    const slow: BlockCompressor = async (block, signal) => {
      most = Math.max(most, ++running);
      await new Promise((r) => setTimeout(r, 5));
      running--;
      return gz(block, signal);
    };
    await collect(compressBlocks(chunks([]), slow, { blockSize: 50_000, parallel: 2, signal: new AbortController().signal }));
    expect(most).toBe(2);
  });

  test('a failed block fails the stream and stops the others', async () => {
    const stopped: boolean[] = [];
    const failing: BlockCompressor = (block, signal) =>
      new Promise((resolve, reject) => {
        if (block[0]![0] !== input[0]) return reject(new Error('block failed'));
        signal.addEventListener('abort', () => {
          stopped.push(true);
          reject(new Error('stopped'));
        });
      });
    await expect(collect(compressBlocks(chunks([]), failing, { blockSize: 100_000, parallel: 2, signal: new AbortController().signal }))).rejects.toThrow('block failed');
    await new Promise((r) => setImmediate(r));
    expect(stopped).toEqual([true]);
  });
});

describe('blockFilter', () => {
  test('runs the tool once per block, stdin to stdout', async () => {
    const out = await collect(compressBlocks(chunks([]), blockFilter(['gzip', '-1', '-c']), { blockSize: 300_000, signal: new AbortController().signal }));
    expect(gunzipSync(Buffer.concat(out)).equals(input)).toBe(true);
  });

  test.each([
    ['igzip', ['igzip', '-3', '-n', '-c'], (f: string) => execFileSync('gzip', ['-dc', f])],
    ['lz4', ['lz4', '-1', '-q', '-c'], (f: string) => execFileSync('lz4', ['-dc', f])],
  ] as const)('%s members concatenate into one stream its decompressor reads whole', async (tool, argv, decompress) => {
    if (!existsSync(`/usr/bin/${tool}`)) return;
    const out = await collect(compressBlocks(chunks([]), blockFilter(argv), { blockSize: 300_000, signal: new AbortController().signal }));
    const { writeFileSync, mkdtempSync, rmSync } = await import('node:fs');
    const dir = mkdtempSync('/tmp/kiln-blocks-');
    try {
      writeFileSync(`${dir}/x`, Buffer.concat(out));
      expect(decompress(`${dir}/x`).equals(input)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a failing tool rejects with its status and stderr; a missing one says so', async () => {
    const signal = new AbortController().signal;
    await expect(blockFilter(['sh', '-c', 'echo bad level >&2; exit 3'])([input], signal)).rejects.toThrow('sh exited with status 3: bad level');
    await expect(blockFilter(['kiln-no-such-tool'])([input], signal)).rejects.toThrow('The kiln-no-such-tool program is needed to compress this format but was not found on PATH');
  });

  test('abort kills the tool and rejects with the reason', async () => {
    const ac = new AbortController();
    const pidFile = `/tmp/kiln-block-filter-${process.pid}`;
    const p = blockFilter(['sh', '-c', `echo $$ > ${pidFile}; exec sleep 30`])([input], ac.signal);
    while (!existsSync(pidFile) || execFileSync('cat', [pidFile]).length === 0) await new Promise((r) => setTimeout(r, 10));
    const pid = Number(execFileSync('cat', [pidFile]).toString().trim());
    ac.abort(new Error('cancelled'));
    await expect(p).rejects.toThrow('cancelled');
    execFileSync('rm', ['-f', pidFile]);
    await new Promise((r) => setTimeout(r, 50));
    expect(() => process.kill(pid, 0)).toThrow();
  });
});
