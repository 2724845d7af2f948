// Pins what `kiln fmt -diff`/`-check` print and return to `packer fmt`, file by file over the corpus.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFmt } from '../../src/cli/commands/fmt.js';
import { loadInputs, packerAvailable } from './oracle.js';

const inCI = process.env.CI === 'true';
// Syntax errors are reported differently on purpose (kiln names the parse errors, packer 1.6.6 does not).
const inputs = loadInputs().filter((i) => !i.name.includes('syntax-error'));

async function kiln(argv: string[], cwd: string): Promise<{ code: number; stdout: string }> {
  const stdout = new PassThrough();
  let out = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  const code = await runFmt(argv, { stdin: new PassThrough(), stdout, stderr: new PassThrough(), cwd, env: {} });
  return { code, stdout: out };
}

function packer(argv: string[], cwd: string): { code: number; stdout: string } {
  const r = spawnSync('packer', ['fmt', ...argv], { cwd, encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout };
}

describe('kiln fmt prints and exits like packer fmt', () => {
  if (!packerAvailable()) {
    if (inCI) it('needs packer on PATH in CI', () => expect.fail('packer is not on PATH'));
    else it.skip('packer is not installed; skipping the live oracle', () => {});
    return;
  }
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kiln-fmt-cli-oracle-'));
    for (const input of inputs) writeFileSync(join(dir, input.name), input.src);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(inputs.map((i) => i.name))('-diff -write=false %s', async (name) => {
    expect(await kiln(['-diff', '-write=false', name], dir)).toEqual(packer(['-diff', '-write=false', name], dir));
  });

  it.each(inputs.map((i) => i.name))('-check %s', async (name) => {
    expect(await kiln(['-check', name], dir)).toEqual(packer(['-check', name], dir));
  });
});
