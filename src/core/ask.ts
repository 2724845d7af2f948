// Asks the UI a question but gives up when the signal aborts, as Packer's prompts poll StateCancelled.
import type { Ui } from './ui.js';

/** Resolves with the answer, or undefined when the question failed (no TTY) or the signal aborted. */
export async function askOrCancel(ui: Ui, question: string, signal?: AbortSignal): Promise<string | undefined> {
  if (signal?.aborted) return undefined;
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<undefined>((resolve) => {
    onAbort = () => resolve(undefined);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([ui.ask(question, signal ? { signal } : undefined).catch(() => undefined), aborted]);
  } finally {
    if (onAbort) signal?.removeEventListener('abort', onAbort);
  }
}
