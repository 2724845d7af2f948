import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createFilesArtifact } from '../../builders/file/file-artifact.js';
import { decoded, testContext } from '../../provisioners/shell-local/runtime-test-support.js';
import { compressSchema } from './config.js';
import { detectFormat } from './detect-format.js';
import { runtime } from './runtime.js';

let dir: string;
let input: ReturnType<typeof createFilesArtifact>;
const big = Buffer.alloc(3 * 1024 * 1024 + 17, 0).map((_, i) => (i * 7919) % 251);
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiln-cz-'));
  await writeFile(join(dir, 'a.txt'), 'hello');
  await writeFile(join(dir, 'big.bin'), big);
  await mkdir(join(dir, 'tree/sub'), { recursive: true });
  await writeFile(join(dir, 'tree/sub/n.txt'), 'nested');
  input = createFilesArtifact({ builderId: 'packer.file', files: ['a.txt', 'big.bin', 'tree'], describe: '' });
});

const compress = async (hcl: string, files = input) => {
  const ctx = testContext(dir, { buildName: 'file', buildType: 'file' });
  const r = await runtime.postProcess(decoded(compressSchema, hcl), files, ctx);
  return { r, lines: ctx.ui.lines };
};

/** Lists and extracts an archive with the system's tools; returns the extracted directory. */
const extract = (args: string[]) => {
  const out = join(dir, `x${Math.random()}`);
  mkdirSync(out, { recursive: true });
  execFileSync(args[0]!, args.slice(1), { cwd: out });
  return out;
};

const expectTree = async (root: string) => {
  expect(await readFile(join(root, 'a.txt'), 'utf8')).toBe('hello');
  expect((await readFile(join(root, 'big.bin'))).equals(big)).toBe(true);
  expect(await readFile(join(root, 'tree/sub/n.txt'), 'utf8')).toBe('nested');
};

describe('compress', () => {
  test('.tar.gz: Packer lines, readable by tar, artifact is the archive', async () => {
    const { r, lines } = await compress('output = "out/{{.BuildName}}.tar.gz"\n');
    expect(lines.slice(1)).toEqual(['say: Tarring out/file.tar.gz with gzip', 'say: Archive out/file.tar.gz completed']);
    expect(lines[0]).toMatch(/^say: Using (igzip \(ISA-L\) level 3|zlib level 2) compression with \d+ blocks at a time for out\/file.tar.gz$/);
    expect(r.artifact.files).toEqual(['out/file.tar.gz']);
    expect(r.artifact.describe()).toBe('compressed artifacts in: out/file.tar.gz');
    expect(r.keepInput).toBe(false);
    await expectTree(extract(['tar', 'xzf', join(dir, 'out/file.tar.gz')]));
  });

  test('.tar.gz with an explicit level above igzip\'s runs zlib at that level', async () => {
    const { lines } = await compress('output = "l9.tar.gz"\ncompression_level = 9\n');
    expect(lines[0]).toMatch(/^say: Using zlib level 9 compression with \d+ blocks at a time for l9.tar.gz$/);
    await expectTree(extract(['tar', 'xzf', join(dir, 'l9.tar.gz')]));
  });

  test('.tar and an unknown extension (tar + gzip)', async () => {
    await compress('output = "o.tar"\n');
    await expectTree(extract(['tar', 'xf', join(dir, 'o.tar')]));
    const { lines } = await compress('output = "o5"\n');
    expect(lines[1]).toBe('say: Tarring o5 with gzip');
    await expectTree(extract(['tar', 'xzf', join(dir, 'o5')]));
  });

  test('.zip of a file larger than one block (deflated on every core)', async () => {
    const large = Buffer.from(Array.from({ length: 400_000 }, (_, i) => `row ${i % 1000} ${(i * 7) % 13}\n`).join(''));
    await writeFile(join(dir, 'large.txt'), large);
    const files = createFilesArtifact({ builderId: 'x', files: ['large.txt'], describe: '' });
    await compress('output = "l.zip"\n', files);
    const out = extract(['python3', '-m', 'zipfile', '-e', join(dir, 'l.zip'), '.']);
    expect((await readFile(join(out, 'large.txt'))).equals(large)).toBe(true);
    if (existsSync('/usr/bin/unzip')) execFileSync('unzip', ['-tq', join(dir, 'l.zip')]);
  });

  test('.zip', async () => {
    const { lines } = await compress('output = "o.zip"\ncompression_level = 9\n');
    expect(lines).toEqual(['say: Zipping o.zip', 'say: Archive o.zip completed']);
    await expectTree(extract(['python3', '-m', 'zipfile', '-e', join(dir, 'o.zip'), '.']));
    execFileSync('python3', ['-c', `import zipfile,sys; sys.exit(zipfile.ZipFile(${JSON.stringify(join(dir, 'o.zip'))}).testzip() is not None)`]);
  });

  test('.gz of a single file; several files need an archive', async () => {
    const one = createFilesArtifact({ builderId: 'x', files: ['big.bin'], describe: '' });
    const { lines } = await compress('output = "b.gz"\n', one);
    expect(lines.slice(1)).toEqual(['say: Archiving big.bin with gzip', 'say: Archive b.gz completed']);
    expect(gunzipSync(await readFile(join(dir, 'b.gz'))).equals(big)).toBe(true);
    await expect(compress('output = "b.gz"\n')).rejects.toThrow('Can only have 1 input file when not using tar/zip. Found 3 files: [a.txt big.bin tree]');
  });

  const tools: [string, string, string[]][] = [
    ['xz', 'o.tar.xz', ['tar', 'xJf']],
    ['zstd', 'o.tar.zst', ['tar', '--zstd', '-xf']],
    ['lz4', 'o.tar.lz4', ['tar', '-I', 'lz4 -d', '-xf']],
  ];
  test.each(tools)('%s through the system tool', async (tool, name, untar) => {
    if (!existsSync(`/usr/bin/${tool}`)) return;
    await compress(`output = "${name}"\n`);
    await expectTree(extract([...untar, join(dir, name)]));
  });

  test('a missing tool is a clear error and leaves no partial output', async () => {
    const path = process.env['PATH'];
    process.env['PATH'] = '/nonexistent';
    try {
      await expect(compress('output = "o.tar.xz"\n')).rejects.toThrow('Failed to compress o.tar.xz: The xz program is needed to compress this format but was not found on PATH');
    } finally {
      process.env['PATH'] = path;
    }
    expect(existsSync(join(dir, 'o.tar.xz'))).toBe(false);
  });

  test('a missing input file fails cleanly', async () => {
    const bad = createFilesArtifact({ builderId: 'x', files: ['nope'], describe: '' });
    await expect(compress('output = "n.tar.gz"\n', bad)).rejects.toThrow(/^Failed to compress n.tar.gz: lstat .*: no such file or directory$/);
    expect(existsSync(join(dir, 'n.tar.gz'))).toBe(false);
  });

  test.each(['o.tar.gz', 'o.tar.lz4', 'o.tar.zst'])('abort while compressing %s stops its tools and removes the output', async (name) => {
    const large = join(dir, 'large.bin');
    await writeFile(large, Buffer.alloc(96 << 20, 'kiln '));
    const ac = new AbortController();
    const ctx = testContext(dir, { signal: ac.signal });
    const files = createFilesArtifact({ builderId: 'x', files: ['large.bin'], describe: '' });
    const running = runtime.postProcess(decoded(compressSchema, `output = "${name}"\n`), files, ctx);
    setTimeout(() => ac.abort(new Error('cancelled')), 30);
    await expect(running).rejects.toThrow('cancelled');
    expect(existsSync(join(dir, name))).toBe(false);
    await new Promise((r) => setTimeout(r, 100));
    const children = spawnSync('pgrep', ['-P', String(process.pid), '-l'], { encoding: 'utf8' }).stdout;
    expect(children).not.toMatch(/igzip|lz4|zstd/);
  });

  test('abort stops compression and removes the output', async () => {
    const ac = new AbortController();
    ac.abort(new Error('cancelled'));
    const ctx = testContext(dir, { signal: ac.signal });
    await expect(runtime.postProcess(decoded(compressSchema, 'output = "c.tar.gz"\n'), input, ctx)).rejects.toThrow('cancelled');
    expect(existsSync(join(dir, 'c.tar.gz'))).toBe(false);
  });
});

test('format detection', () => {
  expect(detectFormat('x.tar.gz')).toEqual({ archive: 'tar', algorithm: 'gzip' });
  expect(detectFormat('x.tgz')).toEqual({ archive: 'tar', algorithm: 'gzip' });
  expect(detectFormat('x.gz')).toEqual({ archive: 'none', algorithm: 'gzip' });
  expect(detectFormat('dir.v1/x')).toEqual({ archive: 'tar', algorithm: 'gzip' });
  expect(detectFormat('x.zst')).toEqual({ archive: 'none', algorithm: 'zstd' });
  expect(detectFormat('x.tar.lz4')).toEqual({ archive: 'tar', algorithm: 'lz4' });
  expect(detectFormat('x.img', { archive: 'tar', algorithm: 'xz' })).toEqual({ archive: 'tar', algorithm: 'xz' });
});
