import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { createFilesArtifact } from '../../builders/file/file-artifact.js';
import { decoded, testContext } from '../../provisioners/shell-local/runtime-test-support.js';
import { checksumSchema } from './config.js';
import { runtime } from './runtime.js';

let dir: string;
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiln-ck-'));
  await writeFile(join(dir, 'out.txt'), 'hello');
});

test("Packer's file names and line format, for every type", async () => {
  const input = createFilesArtifact({ builderId: 'packer.file', files: ['out.txt'], describe: '' });
  const ctx = testContext(dir, { buildName: 'file', buildType: 'file' });
  const r = await runtime.postProcess(decoded(checksumSchema, 'checksum_types = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]\n'), input, ctx);
  expect(await readFile(join(dir, 'packer_file_file_md5.checksum'), 'utf8')).toBe('5d41402abc4b2a76b9719d911017c592\tout.txt\n');
  expect(await readFile(join(dir, 'packer_file_file_sha256.checksum'), 'utf8')).toBe('2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824\tout.txt\n');
  expect(await readFile(join(dir, 'packer_file_file_sha1.checksum'), 'utf8')).toBe('aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d\tout.txt\n');
  expect(r.keepInput).toBe(true);
  expect(r.artifact.files).toEqual(['out.txt', ...['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'].map((t) => `packer_file_file_${t}.checksum`)]);
  expect(r.artifact.describe()).toMatch(/^Created artifact from files: out.txt, packer_file_file_md5.checksum, /);
});

test('an existing checksum file is appended to; output is a template', async () => {
  const input = createFilesArtifact({ builderId: 'packer.file', files: ['out.txt'], describe: '' });
  const config = decoded(checksumSchema, 'output = "sums/{{.BuildName}}.{{.ChecksumType}}"\n');
  await runtime.postProcess(config, input, testContext(dir));
  const r = await runtime.postProcess(config, input, testContext(dir));
  expect(await readFile(join(dir, 'sums/test.md5'), 'utf8')).toBe('5d41402abc4b2a76b9719d911017c592\tout.txt\n'.repeat(2));
  expect(r.artifact.files).toEqual(['out.txt']);
});

test('a missing file is a clear error', async () => {
  const input = createFilesArtifact({ builderId: 'x', files: ['nope'], describe: '' });
  await expect(runtime.postProcess(decoded(checksumSchema, ''), input, testContext(dir))).rejects.toThrow('Unable to compute md5 checksum of nope: open nope: no such file or directory');
});
