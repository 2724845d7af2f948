// Tar building and extraction round-trips, trailing-slash prefixes, excludes, and path-escape refusal.
import { lstatSync, mkdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import * as tar from 'tar-stream';
import { describe, expect, it } from 'vitest';
import { trackedTempDir } from '../../../test/support/temp-dirs.js';
import { isExcluded } from './exclude.js';
import { packDirectory, packSingleFile } from './tar-build.js';
import { drained, extractSingleFile, extractTree } from './tar-extract.js';

async function listEntries(archive: Readable): Promise<{ name: string; type: string; mode: number; size: number; body: string }[]> {
  const extract = tar.extract();
  const out: { name: string; type: string; mode: number; size: number; body: string }[] = [];
  const feeding = (async () => {
    for await (const c of archive as AsyncIterable<Buffer>) if (!extract.write(c)) await drained(extract);
    extract.end(undefined);
  })();
  feeding.catch((err: Error) => extract.destroy(err));
  for await (const e of extract) {
    const chunks: Buffer[] = [];
    for await (const c of e as AsyncIterable<Buffer>) chunks.push(c);
    out.push({ name: e.header.name, type: e.header.type, mode: e.header.mode, size: e.header.size, body: Buffer.concat(chunks).toString() });
  }
  await feeding;
  return out;
}

function makeTree(): string {
  const root = join(trackedTempDir('kiln-tar-'), 'site');
  mkdirSync(join(root, 'a/b'), { recursive: true });
  writeFileSync(join(root, 'top.txt'), 'top');
  writeFileSync(join(root, 'a/run.sh'), '#!/bin/sh\necho hi\n');
  chmodSync(join(root, 'a/run.sh'), 0o755);
  writeFileSync(join(root, 'a/b/deep.txt'), 'deep');
  writeFileSync(join(root, 'a/b/skip.log'), 'log');
  chmodSync(join(root, 'a/b'), 0o750);
  symlinkSync('top.txt', join(root, 'link'));
  return root;
}

describe('packSingleFile', () => {
  it('streams one entry with the given size and mode', async () => {
    const entries = await listEntries(packSingleFile('hello.txt', Readable.from([Buffer.from('hel'), Buffer.from('lo')]), { size: 5, mode: 0o600 }));
    expect(entries).toEqual([{ name: 'hello.txt', type: 'file', mode: 0o600, size: 5, body: 'hello' }]);
  });

  it('fails when the content is shorter than the declared size', async () => {
    await expect(listEntries(packSingleFile('x', Readable.from([Buffer.from('ab')]), { size: 5 }))).rejects.toThrow();
  });
});

describe('packDirectory', () => {
  it('names entries under the directory for "src" and bare for "src/", keeping modes and symlinks', async () => {
    const root = makeTree();
    const withPrefix = await listEntries(packDirectory(root, { prefix: 'site' }));
    expect(withPrefix.map((e) => `${e.type} ${e.name}`)).toEqual([
      'directory site',
      'directory site/a',
      'directory site/a/b',
      'file site/a/b/deep.txt',
      'file site/a/b/skip.log',
      'file site/a/run.sh',
      'symlink site/link',
      'file site/top.txt',
    ]);
    expect(withPrefix.find((e) => e.name === 'site/a/run.sh')?.mode).toBe(0o755);
    expect(withPrefix.find((e) => e.name === 'site/a/b')?.mode).toBe(0o750);
    const bare = await listEntries(packDirectory(root, { prefix: '', exclude: ['*.log', 'link'] }));
    expect(bare.map((e) => e.name)).toEqual(['a', 'a/b', 'a/b/deep.txt', 'a/run.sh', 'top.txt']);
  });
});

describe('extract', () => {
  it('round-trips a tree, with and without stripping the first component', async () => {
    const root = makeTree();
    const dst = trackedTempDir('kiln-untar-');
    await extractTree(packDirectory(root, { prefix: 'site' }), dst, { stripFirst: false });
    expect(readFileSync(join(dst, 'site/a/b/deep.txt'), 'utf8')).toBe('deep');
    expect(statSync(join(dst, 'site/a/run.sh')).mode & 0o777).toBe(0o755);
    expect(statSync(join(dst, 'site/a/b')).mode & 0o777).toBe(0o750);
    expect(readlinkSync(join(dst, 'site/link'))).toBe('top.txt');

    const flat = trackedTempDir('kiln-untar-');
    await extractTree(packDirectory(root, { prefix: 'site' }), flat, { stripFirst: true, exclude: ['a/b'] });
    expect(readFileSync(join(flat, 'top.txt'), 'utf8')).toBe('top');
    expect(lstatSync(join(flat, 'a/run.sh')).isFile()).toBe(true);
    expect(() => lstatSync(join(flat, 'a/b'))).toThrow();
  });

  it('refuses entries that escape the destination', async () => {
    const pack = tar.pack();
    pack.entry({ name: '../evil.txt', size: 1 }, 'x');
    pack.finalize();
    await expect(extractTree(Readable.from(pack, { objectMode: false }), trackedTempDir('kiln-untar-'), { stripFirst: false })).rejects.toThrow(
      /outside/,
    );
  });

  it('extracts a single file into a writable and rejects a directory', async () => {
    const sink = new PassThrough();
    const chunks: Buffer[] = [];
    sink.on('data', (c: Buffer) => chunks.push(c));
    await extractSingleFile(packSingleFile('f', Readable.from([Buffer.from('content')]), { size: 7 }), sink, '/f');
    expect(Buffer.concat(chunks).toString()).toBe('content');
    await expect(extractSingleFile(packDirectory(makeTree(), { prefix: 'site' }), new PassThrough(), '/site')).rejects.toThrow(/is a directory/);
  });
});

describe('isExcluded', () => {
  it('matches paths, prefixes and globs', () => {
    expect(isExcluded('a/b/c.txt', ['a/b'])).toBe(true);
    expect(isExcluded('a/b/c.txt', ['a/b/'])).toBe(true);
    expect(isExcluded('a/bc.txt', ['a/b'])).toBe(false);
    expect(isExcluded('x/y.log', ['*.log'])).toBe(true);
    expect(isExcluded('x/y.log', ['**/*.log'])).toBe(true);
    expect(isExcluded('x/y.txt', ['*.log'])).toBe(false);
  });
});
