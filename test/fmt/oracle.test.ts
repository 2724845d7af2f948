// Pins `kiln fmt` to `packer fmt` byte for byte: against live packer when installed, and against its recorded output always.
import { describe, expect, it } from 'vitest';
import { hasErrors } from '../../src/hcl/diagnostics/diagnostic.js';
import { formatHcl } from '../../src/hcl/format/format.js';
import { goldenFor, loadInputs, packerAvailable, readGolden, runPackerFmt, writeGolden } from './oracle.js';
import type { OracleResult } from './oracle.js';

const inputs = loadInputs();
const inCI = process.env.CI === 'true';
const hasPacker = packerAvailable();

function expectMatches(name: string, src: string, want: OracleResult | undefined): void {
  expect(want, `no oracle result for ${name}`).toBeDefined();
  const got = formatHcl(src, name);
  if ('error' in want!) {
    expect(hasErrors(got.diagnostics), `packer rejects ${name}, kiln should too`).toBe(true);
    expect(got.output).toBe(src);
    return;
  }
  expect(got.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(got.output).toBe(want!.output);
}

describe('fmt matches the recorded packer output (test/fmt/golden.json)', () => {
  it.each(Object.entries(readGolden()))('%s', (name, entry) => {
    expectMatches(name, entry.src, entry);
  });
});

describe('fmt is idempotent', () => {
  it.each(inputs.map((i) => [i.name, i.src] as const))('%s', (name, src) => {
    const once = formatHcl(src, name);
    if (hasErrors(once.diagnostics)) return;
    expect(formatHcl(once.output, name).output).toBe(once.output);
  });
});

describe('fmt matches live packer fmt', () => {
  if (!hasPacker) {
    if (inCI) {
      it('needs packer on PATH in CI', () => {
        expect.fail('packer is not on PATH: the fmt oracle tests cannot run (install Debian packer 1.6.6)');
      });
    } else {
      it.skip('packer is not installed; skipping the live oracle', () => {});
    }
    return;
  }
  const live = runPackerFmt(inputs);
  if (process.env.KILN_UPDATE_FMT_GOLDEN === '1') writeGolden(goldenFor(inputs, live));

  it('recorded goldens are what packer produces now (KILN_UPDATE_FMT_GOLDEN=1 rewrites them)', () => {
    expect(readGolden()).toEqual(goldenFor(inputs, live));
  });
  it.each(inputs.map((i) => [i.name, i.src] as const))('%s', (name, src) => {
    expectMatches(name, src, live.get(name));
  });
});
