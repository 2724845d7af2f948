import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { builderContext, decoded } from '../../provisioners/shell-local/runtime-test-support.js';
import { fileBuilderSchema } from './config.js';
import { runtime } from './runtime.js';

let dir: string;
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiln-fb-'));
});

test('content is written to target (relative to cwd), and the artifact is that file', async () => {
  const ctx = builderContext(dir);
  const artifact = await runtime.run(decoded(fileBuilderSchema, 'content = "hello"\ntarget = "sub/out.txt"\n'), ctx);
  expect(await readFile(join(dir, 'sub/out.txt'), 'utf8')).toBe('hello');
  expect((await stat(join(dir, 'sub/out.txt'))).mode & 0o777).toBe(0o600);
  expect(artifact?.files).toEqual(['sub/out.txt']);
  expect(artifact?.describe()).toBe('Stored file: sub/out.txt');
  expect(ctx.calls).toEqual([undefined]);
  expect(ctx.ui.lines).toEqual([]);
});

test('source is copied over an existing target', async () => {
  await writeFile(join(dir, 'in.txt'), 'from source');
  await writeFile(join(dir, 'out.txt'), 'old and longer');
  const ctx = builderContext(dir);
  await runtime.run(decoded(fileBuilderSchema, `source = "${join(dir, 'in.txt')}"\ntarget = "${join(dir, 'out.txt')}"\n`), ctx);
  expect(await readFile(join(dir, 'out.txt'), 'utf8')).toBe('from source');
  expect(ctx.ui.lines).toEqual([`say: Copying ${join(dir, 'in.txt')} to ${join(dir, 'out.txt')}`]);
});

test('no content and no source writes an empty file; destroy removes it', async () => {
  const artifact = await runtime.run(decoded(fileBuilderSchema, 'target = "empty"\n'), builderContext(dir));
  expect(await readFile(join(dir, 'empty'), 'utf8')).toBe('');
  await artifact?.destroy();
  expect(existsSync(join(dir, 'empty'))).toBe(false);
});

test('a missing source is a clear error', async () => {
  await expect(runtime.run({ target: 'x', source: 'missing.txt' }, builderContext(dir))).rejects.toThrow('Unable to copy missing.txt to x: open missing.txt: no such file or directory');
});
