import { describe, expect, it } from 'vitest';
import { createTestIO } from '../test-io.js';
import { runBuild } from './build.js';

describe('kiln build flags', () => {
  it('prints its help', async () => {
    const t = createTestIO();
    expect(await runBuild(['-h'], t.io)).toBe(0);
    expect(t.stdout()).toMatch(/^Usage: kiln build \[options\] TEMPLATE/);
  });

  it('rejects a bad -on-error, a negative -parallel-builds, an unknown flag and a missing template', async () => {
    for (const [argv, message] of [
      [['-on-error=later', 't.pkr.hcl'], 'invalid value "later" for flag -on-error: expected one of [cleanup abort ask run-cleanup-provisioner]'],
      [['-parallel-builds=-1', 't.pkr.hcl'], 'invalid value "-1" for flag -parallel-builds'],
      [['-bogus', 't.pkr.hcl'], 'flag provided but not defined: -bogus'],
      [[], ''],
    ] as const) {
      const t = createTestIO();
      expect(await runBuild(argv, t.io)).toBe(1);
      expect(t.stderr()).toContain(message);
      expect(t.stdout()).toMatch(/^Usage: kiln build/);
    }
  });

  it('stops at a template that does not load', async () => {
    const t = createTestIO({ cwd: '/nonexistent-kiln-dir' });
    expect(await runBuild(['missing.pkr.hcl'], t.io)).toBe(1);
    expect(t.combined()).not.toContain('Wait completed');
  });
});
