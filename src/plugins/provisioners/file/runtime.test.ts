import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createLocalCommunicator } from '../../../communicator/local/local-communicator.js';
import { decoded, provisionContext } from '../shell-local/runtime-test-support.js';
import { fileProvisionerSchema } from './config.js';
import { runtime } from './runtime.js';

let dir: string;
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiln-fp-'));
  await mkdir(join(dir, 'src/sub'), { recursive: true });
  await writeFile(join(dir, 'src/sub/f.txt'), 'nested');
  await writeFile(join(dir, 'one.txt'), 'one', { mode: 0o640 });
});

const run = async (src: string) => {
  const ctx = provisionContext(dir, createLocalCommunicator({ cwd: dir }));
  await runtime.provision(decoded(fileProvisionerSchema, src), ctx);
  return ctx.ui.lines;
};

describe('file provisioner over the local communicator', () => {
  test('uploads a file, keeping its mode; a trailing slash appends the base name', async () => {
    const lines = await run(`source = "${dir}/one.txt"\ndestination = "${dir}/remote/"\n`);
    expect(lines).toEqual([`say: Uploading ${dir}/one.txt => ${dir}/remote/`]);
    expect(await readFile(join(dir, 'remote/one.txt'), 'utf8')).toBe('one');
    expect((await stat(join(dir, 'remote/one.txt'))).mode & 0o777).toBe(0o640);
  });

  test('directories follow the trailing-slash rule', async () => {
    await run(`source = "${dir}/src"\ndestination = "${dir}/d1"\n`);
    expect(existsSync(join(dir, 'd1/src/sub/f.txt'))).toBe(true);
    await run(`source = "${dir}/src/"\ndestination = "${dir}/d2"\n`);
    expect(existsSync(join(dir, 'd2/sub/f.txt'))).toBe(true);
  });

  test('content', async () => {
    expect(await run(`content = "hello"\ndestination = "${dir}/c.txt"\n`)).toEqual([`say: Uploading content => ${dir}/c.txt`]);
    expect(await readFile(join(dir, 'c.txt'), 'utf8')).toBe('hello');
  });

  test('several sources need a directory destination', async () => {
    await expect(run(`sources = ["${dir}/one.txt", "${dir}/src"]\ndestination = "${dir}/x"\n`)).rejects.toThrow('Destination must be a directory');
    await run(`sources = ["${dir}/one.txt", "${dir}/src"]\ndestination = "${dir}/x/"\n`);
    expect(existsSync(join(dir, 'x/one.txt')) && existsSync(join(dir, 'x/src/sub/f.txt'))).toBe(true);
  });

  test('download of a file and of a directory', async () => {
    await run(`direction = "download"\nsource = "${dir}/one.txt"\ndestination = "${dir}/dl/"\n`);
    expect(await readFile(join(dir, 'dl/one.txt'), 'utf8')).toBe('one');
    await run(`direction = "download"\nsource = "${dir}/src/"\ndestination = "${dir}/dl2"\n`);
    expect(await readFile(join(dir, 'dl2/sub/f.txt'), 'utf8')).toBe('nested');
  });

  test('errors name the file', async () => {
    await expect(run(`direction = "download"\nsource = "${dir}/missing"\ndestination = "${dir}/m"\n`)).rejects.toThrow(`Error downloading ${dir}/missing: open missing: no such file or directory`);
    const ctx = provisionContext(dir, undefined);
    await expect(runtime.provision(decoded(fileProvisionerSchema, `content = "x"\ndestination = "/tmp/x"\n`), ctx)).rejects.toThrow('The file provisioner needs a communicator');
  });
});

describe('file provisioner with a communicator that reads late', () => {
  test('hands over every byte even when the upload starts reading after a delay (regression: "Size mismatch")', async () => {
    const big = Buffer.alloc(300_000, 7);
    await writeFile(join(dir, 'big.bin'), big);
    let received = 0;
    let declared: number | undefined;
    const late = {
      ...createLocalCommunicator({ cwd: dir }),
      upload: async (_dst: string, src: NodeJS.ReadableStream, opts: { size?: number }) => {
        declared = opts.size;
        await new Promise((r) => setTimeout(r, 50));
        for await (const c of src) received += (c as Buffer).length;
      },
    };
    const ctx = provisionContext(dir, late);
    await runtime.provision(decoded(fileProvisionerSchema, `source = "${dir}/big.bin"\ndestination = "/x/big.bin"\n`), ctx);
    expect(declared).toBe(big.length);
    expect(received).toBe(big.length);
  });
});
