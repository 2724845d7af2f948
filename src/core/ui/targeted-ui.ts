// Prefixes every line with the build's name, as Packer's TargetedUI: `==> NAME: ` for say/error, `    NAME: ` for message.
import type { Ui } from '../ui.js';
import { decorateUi } from './decorate-ui.js';

/** Packer's prefixLines: one prefix per line, trailing whitespace of the whole text trimmed. */
export function prefixLines(target: string, arrow: boolean, message: string): string {
  const head = arrow ? '==>' : '   ';
  return message
    .split('\n')
    .map((line) => `${head} ${target}: ${line}`)
    .join('\n')
    .trimEnd();
}

export function createTargetedUi(inner: Ui, target: string): Ui {
  return decorateUi(inner, {
    say: (m) => inner.say(prefixLines(target, true, m)),
    message: (m) => inner.message(prefixLines(target, false, m)),
    error: (m) => inner.error(prefixLines(target, true, m)),
    ask: (q, o) => inner.ask(prefixLines(target, true, q), o),
    machine: (type, ...data) => inner.machine?.(`${target},${type}`, ...data),
    ...(inner.progress ? { progress: (label: string, done: number, total: number | undefined) => inner.progress?.(`    ${target}: ${label}`, done, total) } : {}),
  });
}
