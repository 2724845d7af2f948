import { describe, expect, it } from 'vitest';
import { formatRange } from '../source/pos.js';
import { parseConfig } from '../parser/index.js';
import { duplicateAttributeDiagnostics } from './duplicate-attributes.js';

function check(src: string): string[] {
  const p = parseConfig(src, 'd.hcl');
  expect(p.diagnostics).toEqual([]);
  return duplicateAttributeDiagnostics(p.body).map((d) => `${d.summary} @ ${d.subject && formatRange(d.subject)}`);
}

describe('duplicateAttributeDiagnostics', () => {
  it('reports second settings per body, nested blocks where they appear', () => {
    expect(check('a = 1\nb {\n  a = 1\n  a = 2\n}\na = 3\nc {\n  a = 1\n}\n')).toEqual([
      'Attribute redefined @ d.hcl:4,3-4',
      'Attribute redefined @ d.hcl:6,1-2',
    ]);
  });

  it('checks blocks nested deeper than the call stack', () => {
    const n = 100_000;
    const r = check('b {\n'.repeat(n) + 'x = 1\nx = 2\n' + '}\n'.repeat(n));
    expect(r).toEqual([`Attribute redefined @ d.hcl:${n + 2},1-2`]);
  });
});
