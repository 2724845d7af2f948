// A timer that an AbortSignal can cut short, for retries and pauses.

/** Waits `ms`; rejects with the signal's reason (or an AbortError) if it aborts first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const abortError = () => (signal?.reason instanceof Error ? signal.reason : new DOMException('The operation was aborted', 'AbortError'));
    if (signal?.aborted) return reject(abortError());
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
