// The HCL specification suite (hashicorp/hcl specsuite), run against our parser, evaluator and hcldec-style decoder.
import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
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
