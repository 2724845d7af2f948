import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { handleSignals, type SignalSource } from './signals.js';
import { recordingUis } from './test-probes.js';

describe('handleSignals', () => {
  it('cancels on the first signal and lists what is cleaning on the next; removes its handlers', () => {
    const source = new EventEmitter();
    const controller = new AbortController();
    const { uis, lines } = recordingUis();
    const active = new Set(['null.a', 'null.b']);
    const off = handleSignals(controller, uis.root, active, source as unknown as SignalSource);
    source.emit('SIGINT', 'SIGINT');
    expect(controller.signal.aborted).toBe(true);
    active.delete('null.a');
    source.emit('SIGTERM', 'SIGTERM');
    expect(lines).toEqual(['Cancelling build after receiving interrupt', 'Cleanup in progress: null.b']);
    off();
    expect(source.listenerCount('SIGINT') + source.listenerCount('SIGTERM')).toBe(0);
  });
});
