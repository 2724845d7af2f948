import { describe, expect, it, vi } from 'vitest';
import { pauseBefore, TimeoutError, withTimeout } from './timeout.js';
import { createRecordingUi } from './ui/recording-ui.js';

const untilAborted = (signal: AbortSignal) =>
  new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(new Error('stopped', { cause: signal.reason }))));

describe('withTimeout', () => {
  it('returns the result when in time', async () => {
    expect(await withTimeout(async () => 5, 1000)).toBe(5);
  });

  it('aborts the signal on timeout and throws a TimeoutError with the failure as cause', async () => {
    vi.useFakeTimers();
    try {
      let timedOut = false;
      const promise = withTimeout(untilAborted, 1500, undefined, { onTimeout: () => (timedOut = true) });
      const settled = expect(promise).rejects.toSatisfy((e: unknown) => e instanceof TimeoutError && e.message === 'timed out after 1.5s' && (e.cause as Error).message === 'stopped');
      await vi.advanceTimersByTimeAsync(1500);
      await settled;
      expect(timedOut).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it("passes the parent's abort through without calling it a timeout", async () => {
    const parent = new AbortController();
    const promise = withTimeout(untilAborted, 60_000, parent.signal);
    parent.abort(new Error('interrupted'));
    await expect(promise).rejects.toSatisfy((e: unknown) => !(e instanceof TimeoutError) && ((e as Error).cause as Error).message === 'interrupted');
  });
});

describe('pauseBefore', () => {
  it("says how long it waits in Go's duration format", async () => {
    vi.useFakeTimers();
    try {
      const ui = createRecordingUi();
      const promise = pauseBefore(90_000, undefined, ui);
      await vi.advanceTimersByTimeAsync(90_000);
      await promise;
      expect(ui.lines).toEqual(['say: Pausing 1m30s before the next provisioner...']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('rejects when aborted', async () => {
    const controller = new AbortController();
    const promise = pauseBefore(60_000, controller.signal);
    controller.abort();
    await expect(promise).rejects.toThrow();
  });
});
