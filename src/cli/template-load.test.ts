// Pins how commands print diagnostics: errors to stderr, warnings to stdout, sensitive values masked as the UI masks them.
import { describe, expect, it } from 'vitest';
import { errorDiag, warningDiag } from '../hcl/diagnostics/diagnostic.js';
import { maskSensitive, writeDiagnostics } from './template-load.js';
import { createTestIO } from './test-io.js';

describe('writeDiagnostics', () => {
  it('masks a short sensitive value as a whole word only, and a long one anywhere', () => {
    const t = createTestIO();
    const code = writeDiagnostics(
      t.io,
      [errorDiag('Invalid value', 'The value "a" is not valid; neither is xhunter2x.'), warningDiag('Unused a', undefined)],
      { sensitive: ['a', 'hunter2', ''] },
    );
    expect(code).toBe(1);
    expect(t.stderr().trimEnd()).toBe('Error: Invalid value\n\nThe value "<sensitive>" is not valid; neither is x<sensitive>x.');
    expect(t.stdout().trimEnd()).toBe('Warning: Unused <sensitive>');
  });
});

describe('maskSensitive', () => {
  it('masks the quoted and encoded forms too, and nothing for empty values', () => {
    expect(maskSensitive('pw="p\\"w" url=p%22w', ['p"w'])).toBe('pw="<sensitive>" url=<sensitive>');
    expect(maskSensitive('Invalid', ['', 'a'])).toBe('Invalid');
  });
});
