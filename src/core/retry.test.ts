import { describe, expect, it, vi } from 'vitest';
import { backoffDelay, withRetry } from './retry.js';

describe('withRetry', () => {
  it('returns the first success', async () => {
    let calls = 0;
    const value = await withRetry(async () => (++calls < 3 ? Promise.reject(new Error(`fail ${calls}`)) : 'ok'), 2, 0);
    expect([value, calls]).toEqual(['ok', 3]);
  });

  it('throws the last error after maxRetries + 1 attempts and reports each retry', async () => {
    const retries: string[] = [];
    let calls = 0;
    await expect(
      withRetry(async () => Promise.reject(new Error(`fail ${++calls}`)), 2, 0, { onRetry: (e, n) => retries.push(`${n}:${e.message}`) }),
    ).rejects.toThrow('fail 3');
    expect(retries).toEqual(['1:fail 1', '2:fail 2']);
  });

  it('with maxRetries 0 runs once', async () => {
    let calls = 0;
    await expect(withRetry(async () => Promise.reject(new Error(String(++calls))), 0)).rejects.toThrow('1');
    expect(calls).toBe(1);
  });

  it('waits the backoff between attempts and stops when aborted', async () => {
    vi.useFakeTimers();
    try {
      const controller = new AbortController();
      let calls = 0;
      const promise = withRetry(async () => Promise.reject(new Error(`fail ${++calls}`)), 5, 2000, { signal: controller.signal });
      const settled = expect(promise).rejects.toThrow('fail 2');
      await vi.advanceTimersByTimeAsync(2000);
      expect(calls).toBe(2);
      controller.abort();
      await settled;
      expect(calls).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('computes exponential backoff with a cap', () => {
    const b = { initialMs: 100, maxMs: 500 };
    expect([1, 2, 3, 4].map((n) => backoffDelay(b, n))).toEqual([100, 200, 400, 500]);
    expect(backoffDelay((n) => n * 10, 3)).toBe(30);
    expect(backoffDelay(7, 9)).toBe(7);
  });
});
