// Oracle tests against Debian's packer 1.6.6: the verdict of `validate` on the fixtures it supports, and `console TEMPLATE` values.
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { createTestIO } from '../../src/cli/test-io.js';
import { caseInputs, fixturesDir, listCases, type FixtureCase } from './harness.js';

function hasPacker(): boolean {
  return spawnSync('sh', ['-c', 'command -v packer'], { stdio: 'ignore' }).status === 0;
}

/** The command-line flags a case's args.json stands for. */
function validateArgv(c: FixtureCase): string[] {
  const argv: string[] = [];
  if (c.args.syntaxOnly === true) argv.push('-syntax-only');
  if (c.args.evaluateDatasources === true) argv.push('-evaluate-datasources');
  for (const o of c.args.only ?? []) argv.push(`-only=${o}`);
  for (const e of c.args.except ?? []) argv.push(`-except=${e}`);
  for (const i of caseInputs(c.args)) argv.push(i.kind === 'var' ? '-var' : '-var-file', i.text);
  argv.push(c.args.path ?? '.');
  return argv;
}

function packerEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, CHECKPOINT_DISABLE: '1', PACKER_LOG: '', ...extra };
}

function packerValidate(c: FixtureCase): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    execFile('packer', ['validate', ...validateArgv(c)], { cwd: c.dir, env: packerEnv(c.args.env) }, (err, stdout, stderr) => {
      const code = err === null ? 0 : typeof err.code === 'number' ? err.code : 1;
      done({ code, output: stdout + stderr });
    });
  });
}

async function kilnValidate(c: FixtureCase): Promise<{ code: number; output: string }> {
  const t = createTestIO({ cwd: c.dir, env: c.args.env ?? {} });
  const code = await runCli(['validate', ...validateArgv(c)], t.io);
  return { code, output: t.combined() };
}

/** Runs `fn` over `items` with at most `limit` in flight. */
async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (x: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

const consoleCase = 'console-values';
/** Lines fed to both consoles: variables, locals, functions over them, an error, and the `variables` listing. */
const consoleLines = [
  'var.name',
  'var.sizes',
  'var.tags',
  'var.flag',
  'local.greeting',
  'local.total',
  'local.doubled',
  'local.tag_keys',
  'local.joined',
  'local.nested',
  'upper(var.name)',
  'length(local.doubled) * 10',
  '"${var.name}-${local.total}"',
  'format("%s has %d sizes", var.name, local.total)',
  'lookup(var.tags, "env", "none")',
  'contains(var.sizes, 2)',
  'var.nope',
  'variables',
];
const sentinel = '@@KILN-ORACLE@@';

function runPackerConsole(dir: string, input: string, extraArgs: string[]): string[] {
  const tmp = mkdtempSync(join(tmpdir(), 'kiln-oracle-'));
  try {
    const file = join(tmp, 'input.txt');
    writeFileSync(file, input);
    // packer console reads line by line only when stdin is a regular file.
    const r = spawnSync('sh', ['-c', 'f="$1"; shift; exec packer console "$@" < "$f" 2>&1', 'sh', file, ...extraArgs], {
      cwd: dir,
      encoding: 'utf8',
      env: packerEnv(),
    });
    if (r.error) throw r.error;
    const groups = r.stdout.split(`${sentinel}\n`);
    groups.pop();
    return groups;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function runKilnConsole(dir: string, input: string, extraArgs: string[]): Promise<string[]> {
  const t = createTestIO({ stdin: input, cwd: dir });
  await runCli(['console', ...extraArgs], t.io);
  const groups: string[] = [];
  let text = '';
  let sawOut = false;
  let sawErr = false;
  for (const c of t.chunks()) {
    if (c.stream === 'stdout' && c.text === `${sentinel}\n`) {
      // packer's interactive mode prints an empty result line after an error.
      groups.push(sawErr && !sawOut ? text + '\n' : text);
      text = '';
      sawOut = sawErr = false;
      continue;
    }
    text += c.text;
    if (c.stream === 'stdout') sawOut = true;
    else sawErr = true;
  }
  return groups;
}

describe('oracle against packer 1.6.6', () => {
  const available = hasPacker();
  if (!available && process.env.CI === 'true') {
    it('has packer on PATH (required in CI)', () => {
      expect.fail('packer is not installed: the template oracle cannot run, and CI must not skip it');
    });
    return;
  }

  it.skipIf(!available)('gives the verdict of packer validate on every fixture packer supports', async () => {
    const cases = listCases().filter((c) => c.args.oracle !== undefined);
    expect(cases.length).toBeGreaterThanOrEqual(60);
    const theirs = await mapLimit(cases, 8, packerValidate);
    const mismatches: string[] = [];
    for (const [i, c] of cases.entries()) {
      const ours = await kilnValidate(c);
      const want = theirs[i]!;
      const verdict = (code: number): string => (code === 0 ? 'valid' : 'invalid');
      if (verdict(want.code) !== verdict(ours.code)) {
        mismatches.push(`  ${c.name}: packer ${verdict(want.code)}, kiln ${verdict(ours.code)}\n${indent(ours.output)}`);
      }
    }
    expect(mismatches.length, `${mismatches.length} of ${cases.length} verdicts differ:\n${mismatches.join('\n')}`).toBe(0);
  }, 120_000);

  for (const [label, extraArgs] of [
    ['defaults', [] as string[]],
    ['-var', ['-var', 'name=override', '-var', 'flag=true']],
  ] as const) {
    it.skipIf(!available)(`prints what packer console TEMPLATE prints (${label})`, async () => {
      const dir = join(fixturesDir, consoleCase);
      const input = consoleLines.map((l) => `${l}\n"${sentinel}"\n`).join('');
      const args = [...extraArgs, 't.pkr.hcl'];
      const want = runPackerConsole(dir, input, args);
      expect(want.length).toBe(consoleLines.length);
      const got = await runKilnConsole(dir, input, args);
      const mismatches = consoleLines.flatMap((l, i) =>
        want[i] === got[i] ? [] : [`  ${l}\n    packer: ${JSON.stringify(want[i])}\n    kiln:   ${JSON.stringify(got[i])}`],
      );
      expect(mismatches.length, mismatches.join('\n')).toBe(0);
    });
  }
});

function indent(s: string): string {
  return s
    .split('\n')
    .slice(0, 12)
    .map((l) => `      ${l}`)
    .join('\n');
}
