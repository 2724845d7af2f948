import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { chooseEngine } from './engine.js';
import { findProgram } from './find-program.js';

let bin: string;
beforeAll(async () => {
  bin = await mkdtemp(join(tmpdir(), 'kiln-engine-'));
  await writeFile(join(bin, 'igzip'), '#!/bin/sh\n');
  await chmod(join(bin, 'igzip'), 0o755);
  await writeFile(join(bin, 'not-executable'), '');
});
afterAll(async () => {
  await rm(bin, { recursive: true, force: true });
});

const describe = async (...args: Parameters<typeof chooseEngine>) => {
  const e = await chooseEngine(...args);
  return e.kind === 'copy' ? 'copy' : e.describe;
};

test('gzip: igzip when on PATH at the default and levels 1-3, zlib otherwise', async () => {
  expect(await describe('gzip', undefined, bin)).toBe('igzip (ISA-L) level 3');
  expect(await describe('gzip', 1, bin)).toBe('igzip (ISA-L) level 1');
  expect(await describe('gzip', 6, bin)).toBe('zlib level 6');
  expect(await describe('gzip', undefined, '/nonexistent')).toBe('zlib level 2');
  expect(await describe('gzip', 2, '/nonexistent')).toBe('zlib level 2');
});

test('the other formats: their own defaults, and the level asked for', async () => {
  expect(await describe('lz4', undefined)).toBe('lz4 level 1');
  expect(await describe('lz4', 9)).toBe('lz4 level 9');
  expect(await describe('zstd', undefined)).toBe('zstd level 3');
  expect(await describe('xz', undefined)).toBe('xz level 6');
  expect(await describe('xz', 2)).toBe('xz level 2');
  expect(await describe('none', 5)).toBe('copy');
});

test('findProgram: executable files on absolute PATH entries only', async () => {
  expect(await findProgram('igzip', `relative:${bin}`)).toBe(join(bin, 'igzip'));
  expect(await findProgram('not-executable', bin)).toBeUndefined();
  expect(await findProgram('igzip', '')).toBeUndefined();
});
