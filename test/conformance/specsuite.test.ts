// The HCL specification suite (hashicorp/hcl specsuite), run against our parser, evaluator and hcldec-style decoder.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findTestFiles, runCase } from './specsuite-runner.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const suiteDir = resolve(repoRoot, '..', 'shared', 'conformance', 'hcl-specsuite');
const cases = existsSync(suiteDir) ? findTestFiles(suiteDir) : [];

describe.skipIf(cases.length === 0)('HCL spec suite', () => {
  it.each(cases.map((c) => [relative(suiteDir, c).slice(0, -2), c] as const))('%s', (_name, path) => {
    const { problems, inputs } = runCase(path);
    expect(problems).toEqual([]);
    expect(inputs.length).toBeGreaterThan(0);
  });
});

describe.skipIf(cases.length === 0)('HCL spec suite harness', () => {
  // The harness must fail cases whose expectations are wrong, or a broken runner would pass everything.
  it.each([
    ['structure/attributes/expected', 'a = "a value"', 'a = "other"', 'incorrect result value'],
    ['structure/attributes/unexpected', 'line   = 3', 'line   = 2', 'unexpected diagnostic'],
    ['expressions/operators', 'mod_frac = 0.8', 'mod_frac = 0.9', 'incorrect result value'],
  ])('notices a wrong expectation in %s', (name, from, to, problem) => {
    const dir = mkdtempSync(join(tmpdir(), 'specsuite-'));
    try {
      for (const ext of ['.t', '.hcl', '.hcldec']) copyFileSync(join(suiteDir, `${name}${ext}`), join(dir, `case${ext}`));
      const t = join(dir, 'case.t');
      writeFileSync(t, readFileSync(t, 'utf8').replace(from, to));
      expect(runCase(t).problems.join('\n')).toContain(problem);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
