// SIGINT/SIGTERM during a build: the first cancels every build (they clean up), a later one says what is still being cleaned.
import type { Ui } from '../ui.js';

export interface SignalSource {
  on(event: 'SIGINT' | 'SIGTERM', listener: (signal: NodeJS.Signals) => void): unknown;
  off(event: 'SIGINT' | 'SIGTERM', listener: (signal: NodeJS.Signals) => void): unknown;
}

/** Go's os.Signal names, as Packer prints them. */
const signalNames: Record<string, string> = { SIGINT: 'interrupt', SIGTERM: 'terminated' };

/** Installs the handlers; the returned function removes them. */
export function handleSignals(controller: AbortController, ui: Ui, active: ReadonlySet<string>, source: SignalSource = process): () => void {
  const listener = (signal: NodeJS.Signals) => {
    if (!controller.signal.aborted) {
      ui.error(`Cancelling build after receiving ${signalNames[signal] ?? signal}`);
      controller.abort(new Error(`received ${signal}`));
      return;
    }
    const names = [...active];
    ui.error(names.length > 0 ? `Cleanup in progress: ${names.join(', ')}` : 'Cleanup in progress...');
  };
  source.on('SIGINT', listener);
  source.on('SIGTERM', listener);
  return () => {
    source.off('SIGINT', listener);
    source.off('SIGTERM', listener);
  };
}
