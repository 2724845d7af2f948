// The one generic helper for UI decorators: override some methods, everything else passes through to the inner UI.
import type { Ui } from '../ui.js';

/** Builds a Ui from `inner` with `overrides` on top; optional methods stay absent when the inner UI lacks them and no override is given. */
export function decorateUi(inner: Ui, overrides: Partial<Ui>): Ui {
  const base: Ui = {
    say: (m) => inner.say(m),
    message: (m) => inner.message(m),
    error: (m) => inner.error(m),
    ask: (q, o) => inner.ask(q, o),
  };
  const { progress, machine } = inner;
  if (progress) base.progress = progress.bind(inner);
  if (machine) base.machine = machine.bind(inner);
  return { ...base, ...overrides };
}
