import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createLocalCommunicator } from './local-communicator.js';

const signal = new AbortController().signal;
let dir: string;
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiln-lc-'));
});

describe('local communicator', () => {
  test('exec runs through /bin/sh in cwd with extra env', async () => {
    const comm = createLocalCommunicator({ cwd: dir, env: { A: '1' } });
    let out = '';
    const r = await comm.exec('echo "$A $B $(pwd)"; exit 3', { signal, env: { B: '2' }, onStdout: (c) => (out += c) });
    expect(r.exitCode).toBe(3);
    expect(out).toBe(`1 2 ${dir}\n`);
  });

  test('exec as another user is refused', async () => {
    await expect(createLocalCommunicator().exec('true', { signal, user: 'nobody' })).rejects.toThrow('cannot run commands as user "nobody"');
  });

  test('upload writes a stream with a mode, creating directories', async () => {
    const dst = join(dir, 'a/b/c.sh');
    await createLocalCommunicator().upload(dst, Readable.from([Buffer.from('#!/bin/sh\n')]), { signal, mode: 0o755 });
    expect(await readFile(dst, 'utf8')).toBe('#!/bin/sh\n');
    expect((await stat(dst)).mode & 0o777).toBe(0o755);
  });

  test('uploadDir follows the trailing-slash rule and excludes', async () => {
    const src = join(dir, 'src');
    await mkdir(join(src, 'sub'), { recursive: true });
    await writeFile(join(src, 'sub/f'), 'x');
    await writeFile(join(src, 'skip'), 'y');
    const comm = createLocalCommunicator();
    await comm.uploadDir(join(dir, 'd1'), src, { signal });
    expect(existsSync(join(dir, 'd1/src/sub/f'))).toBe(true);
    await comm.uploadDir(join(dir, 'd2'), `${src}/`, { signal, exclude: ['skip'] });
    expect(existsSync(join(dir, 'd2/sub/f'))).toBe(true);
    expect(existsSync(join(dir, 'd2/skip'))).toBe(false);
  });

  test('download and downloadDir', async () => {
    await writeFile(join(dir, 'f'), 'content');
    const sink = new PassThrough();
    const chunks: Buffer[] = [];
    sink.on('data', (c: Buffer) => chunks.push(c));
    const comm = createLocalCommunicator();
    await comm.download(join(dir, 'f'), sink, { signal });
    expect(Buffer.concat(chunks).toString()).toBe('content');
    await mkdir(join(dir, 'tree'));
    await writeFile(join(dir, 'tree/g'), 'g');
    await comm.downloadDir(join(dir, 'tree/'), join(dir, 'out'), { signal });
    expect(await readFile(join(dir, 'out/g'), 'utf8')).toBe('g');
  });

  test('download of a missing file rejects', async () => {
    await expect(createLocalCommunicator().download(join(dir, 'nope'), new PassThrough(), { signal })).rejects.toThrow('ENOENT');
  });
});
