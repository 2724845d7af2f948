// The console oracle: every corpus expression must print exactly what `packer console` (1.6.6) prints, and
// the functions 1.6.6 lacks must print what expected.txt says (written from the current Packer docs).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { createTestIO } from '../../src/cli/test-io.js';

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, 'fixtures');
const sentinel = '@@KILN-ORACLE@@';
const sentinelLine = `"${sentinel}"`;

function hasPacker(): boolean {
  return spawnSync('sh', ['-c', 'command -v packer'], { stdio: 'ignore' }).status === 0;
}

/** The corpus: one expression per line; blank lines and # comments skipped. */
function loadCorpus(): string[] {
  return readFileSync(join(here, 'corpus.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/** Expressions where kiln follows current Packer rather than 1.6.6 (see known-differences.txt). */
function loadKnownDifferences(): Set<string> {
  return new Set(
    readFileSync(join(here, 'known-differences.txt'), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('#')),
  );
}

/** Every expression followed by the sentinel, so one run's output splits into one group per expression. */
function batchInput(exprs: readonly string[]): string {
  return exprs.map((e) => `${e}\n${sentinelLine}\n`).join('');
}

/**
 * packer console prints only the last result when stdin is a pipe, but reads line by line (its interactive
 * mode, without a prompt) when stdin is a regular file, so the batch goes through a file.
 */
function runPacker(input: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'kiln-oracle-'));
  try {
    const file = join(dir, 'input.txt');
    writeFileSync(file, input);
    const r = spawnSync('sh', ['-c', 'exec packer console console.pkr.hcl < "$1" 2>&1', 'sh', file], {
      cwd: fixtures,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, CHECKPOINT_DISABLE: '1', PACKER_LOG: '' },
    });
    if (r.error) throw r.error;
    const groups = r.stdout.split(`${sentinel}\n`);
    groups.pop();
    return groups;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Runs `kiln console` in-process on the batch. Packer's interactive mode prints an empty result line after
 * an error, so a group with only diagnostics gets that newline too.
 */
async function runKiln(input: string): Promise<string[]> {
  const t = createTestIO({ stdin: input, cwd: fixtures });
  // File functions resolve relative paths against the process's directory, as Packer's do.
  const before = process.cwd();
  process.chdir(fixtures);
  try {
    await runCli(['console'], t.io);
  } finally {
    process.chdir(before);
  }
  const groups: string[] = [];
  let text = '';
  let sawOut = false;
  let sawErr = false;
  for (const c of t.chunks()) {
    if (c.stream === 'stdout' && c.text === `${sentinel}\n`) {
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

function describeMismatch(expr: string, want: string | undefined, got: string | undefined): string {
  const show = (s: string | undefined): string => (s === undefined ? '(nothing)' : JSON.stringify(s.length > 600 ? s.slice(0, 600) + '…' : s));
  return `  ${expr}\n    packer: ${show(want)}\n    kiln:   ${show(got)}`;
}

describe('console oracle against packer 1.6.6', () => {
  const available = hasPacker();
  if (!available && process.env.CI === 'true') {
    it('has packer on PATH (required in CI)', () => {
      expect.fail('packer is not installed: the console oracle cannot run, and CI must not skip it');
    });
    return;
  }

  it.skipIf(!available)('prints what packer console prints for every corpus expression', async () => {
    const corpus = loadCorpus();
    const input = batchInput(corpus);
    const want = runPacker(input);
    expect(want.length, 'packer produced one output group per expression').toBe(corpus.length);
    const got = await runKiln(input);
    const known = loadKnownDifferences();
    const mismatches: string[] = [];
    const stale: string[] = [];
    corpus.forEach((expr, i) => {
      const same = want[i] === got[i];
      if (known.has(expr)) {
        if (same) stale.push(expr);
      } else if (!same) {
        mismatches.push(describeMismatch(expr, want[i], got[i]));
      }
    });
    expect(mismatches.length, `${mismatches.length} of ${corpus.length} expressions differ:\n${mismatches.join('\n')}`).toBe(0);
    expect(stale, 'these known differences now match packer 1.6.6; delete them from known-differences.txt').toEqual([]);
    const missing = [...known].filter((k) => !corpus.includes(k));
    expect(missing, 'known-differences.txt names expressions that are not in corpus.txt').toEqual([]);
  });
});

interface ExpectedBlock {
  expr: string;
  output: string;
}

/** expected.txt: ">>> EXPR" then the output, up to the next ">>>"; comments only before the first block. */
function loadExpected(): ExpectedBlock[] {
  const blocks: ExpectedBlock[] = [];
  let current: { expr: string; lines: string[] } | undefined;
  const close = (): void => {
    if (current) blocks.push({ expr: current.expr, output: current.lines.join('\n').replace(/\n+$/, '') });
  };
  for (const line of readFileSync(join(here, 'expected.txt'), 'utf8').split('\n')) {
    if (line.startsWith('>>> ')) {
      close();
      current = { expr: line.slice(4), lines: [] };
    } else if (current) {
      current.lines.push(line);
    }
  }
  close();
  return blocks;
}

describe('console output for functions newer than packer 1.6.6', () => {
  it('matches the hand-written expectations', async () => {
    const blocks = loadExpected();
    const got = await runKiln(batchInput(blocks.map((b) => b.expr)));
    const mismatches: string[] = [];
    blocks.forEach((b, i) => {
      const out = (got[i] ?? '').replace(/\n+$/, '');
      const ok = b.output.startsWith('~ ') ? new RegExp(b.output.slice(2)).test(out) : out === b.output;
      if (!ok) mismatches.push(describeMismatch(b.expr, b.output, got[i]));
    });
    expect(mismatches.length, `${mismatches.length} of ${blocks.length} expressions differ:\n${mismatches.join('\n')}`).toBe(0);
  });
});
