import { Readable } from 'node:stream';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { compressBlocks } from './parallel-blocks.js';
import { deflateBlocks, deflateEnd } from './parallel-deflate.js';

// Text that repeats at distances across block edges, so blocks only compress well with the dictionary before them.
const phrase = (i: number) => `line ${i % 97} of the kiln build log, step ${i % 13}\n`;
const input = Buffer.from(Array.from({ length: 40_000 }, (_, i) => phrase(i)).join(''));

const deflateInBlocks = async (data: Buffer, blockSize: number, chunk = 64 * 1024) => {
  const chunks: Buffer[] = [];
  for (let i = 0; i < data.length; i += chunk) chunks.push(data.subarray(i, i + chunk));
  const out: Buffer[] = [];
  for await (const b of compressBlocks(Readable.from(chunks), deflateBlocks(6), { blockSize, parallel: 3, signal: new AbortController().signal })) out.push(b);
  return Buffer.concat([...out, deflateEnd]);
};

test.each([1_000_000, 100_000, 10_000, 777])('blocks of %d bytes make one deflate stream of the input', async (blockSize) => {
  const stream = await deflateInBlocks(input, blockSize);
  expect(inflateRawSync(stream).equals(input)).toBe(true);
});

test('the dictionary keeps blocks about as small as one deflate of the whole', async () => {
  const whole = deflateRawSync(input, { level: 6 }).length;
  expect((await deflateInBlocks(input, 100_000)).length).toBeLessThan(whole * 1.05);
});

test('an empty input is a valid empty stream', async () => {
  expect(inflateRawSync(await deflateInBlocks(Buffer.alloc(0), 1000)).length).toBe(0);
});
