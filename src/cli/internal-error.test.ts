import { describe, expect, it } from 'vitest';
import { internalError } from './internal-error.js';
import { createTestIO } from './test-io.js';

function io(env: Record<string, string> = {}): { io: ReturnType<typeof createTestIO>['io']; err: () => string } {
  const t = createTestIO({ env });
  return { io: t.io, err: t.stderr };
}

function overflow(): RangeError {
  const recurse = (n: number): number => recurse(n + 1) + 1;
  try {
    recurse(0);
  } catch (e) {
    if (e instanceof RangeError) return e;
  }
  throw new Error('no overflow');
}

describe('internalError', () => {
  it('calls an exception a bug and points at KILN_LOG', () => {
    const t = io();
    expect(internalError(new TypeError('x is undefined'), t.io)).toBe(1);
    expect(t.err()).toBe('kiln: internal error: x is undefined\nThis is a bug in kiln. Run again with KILN_LOG=1 to see the stack trace, and please report it.\n');
  });

  it('says "nested too deeply" for a stack overflow, not "bug"', () => {
    const t = io();
    expect(internalError(overflow(), t.io)).toBe(1);
    expect(t.err()).toMatch(/^Error: Nested too deeply\n\n.*Reduce the nesting\.\n$/s);
    expect(t.err()).not.toContain('bug');
  });

  it('says "output too large" when a string would exceed the engine limit', () => {
    const t = io();
    let err: unknown;
    try {
      'x'.repeat(2 ** 30);
    } catch (e) {
      err = e;
    }
    expect(internalError(err, t.io)).toBe(1);
    expect(t.err()).toMatch(/^Error: Output too large\n/);
  });

  it('adds the stack with KILN_LOG', () => {
    const t = io({ KILN_LOG: '1' });
    internalError(overflow(), t.io);
    expect(t.err()).toContain('RangeError: Maximum call stack size exceeded\n    at ');
  });
});
