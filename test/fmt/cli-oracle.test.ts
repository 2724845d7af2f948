// Pins what `kiln fmt -diff`/`-check` print and return to `packer fmt`, one directory run over the whole corpus.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFmt } from '../../src/cli/commands/fmt.js';
import { loadInputs, packerAvailable, readGolden } from './oracle.js';

const inCI = process.env.CI === 'true';
const inputs = loadInputs();
const golden = readGolden();
const rejected = (name: string): boolean => 'error' in (golden[name] ?? {});

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
  // Directories are formatted in one run each. Packer 1.6.6 lists variable files after templates (newer
  // Packer doesn't), so templates and variable files get separate directories.
  const dirs: string[] = [];
  const fill = (names: readonly string[]): string => {
    const dir = mkdtempSync(join(tmpdir(), 'kiln-fmt-cli-oracle-'));
    for (const input of inputs) if (names.includes(input.name)) writeFileSync(join(dir, input.name), input.src);
    dirs.push(dir);
    return dir;
  };
  let templates: string;
  let varFiles: string;
  let invalid: string;
  beforeAll(() => {
    const valid = inputs.map((i) => i.name).filter((name) => !rejected(name));
    templates = fill(valid.filter((n) => n.endsWith('.pkr.hcl')));
    varFiles = fill(valid.filter((n) => n.endsWith('.pkrvars.hcl')));
    invalid = fill(inputs.map((i) => i.name).filter(rejected));
  });
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['-diff -write=false', ['-diff', '-write=false', '.']],
    ['-check', ['-check', '.']],
  ])('%s over templates and variable files', async (_name, argv) => {
    for (const dir of [templates, varFiles]) {
      const want = packer(argv, dir);
      expect(want.code).toBe(argv[0] === '-check' ? 3 : 0);
      expect(await kiln(argv, dir)).toEqual(want);
    }
  });

  // Packer 1.6.6 says only "failed to parse HCL <file>"; kiln lists the parse errors, as newer Packer does.
  it('rejects the same files', async () => {
    const want = packer(['-check', '.'], invalid);
    const got = await kiln(['-check', '.'], invalid);
    expect([got.code, want.code]).toEqual([1, 1]);
    const named = (out: string): string[] =>
      [...out.matchAll(/^Error: encountered an error while formatting (\S+)$/gm)].map((m) => m[1]!);
    expect(named(got.stdout)).toEqual(named(want.stdout));
    expect(named(got.stdout).length).toBe(inputs.filter((i) => rejected(i.name)).length);
  });
});
