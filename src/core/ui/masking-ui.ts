// Masks sensitive values in everything a UI shows: messages, questions, machine records and progress labels.
import type { Ui } from '../ui.js';
import { decorateUi } from './decorate-ui.js';

export function createMaskingUi(inner: Ui, mask: (text: string) => string): Ui {
  const { progress, machine } = inner;
  return decorateUi(inner, {
    say: (m) => inner.say(mask(m)),
    message: (m) => inner.message(mask(m)),
    error: (m) => inner.error(mask(m)),
    ask: (q, o) => inner.ask(mask(q), o),
    ...(progress ? { progress: (label: string, done: number, total: number | undefined) => progress.call(inner, mask(label), done, total) } : {}),
    ...(machine ? { machine: (type: string, ...data: string[]) => machine.call(inner, type, ...data.map(mask)) } : {}),
  });
}
