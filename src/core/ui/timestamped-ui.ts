// -timestamp-ui: prefixes each message with an RFC 3339 local time, as Packer's TimestampedUi (`2026-11-25T05:52:28Z: ==> null: …`).
import type { Ui } from '../ui.js';
import { decorateUi } from './decorate-ui.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** Go's time.RFC3339 in local time: `Z` for UTC, otherwise `+01:00`. */
export function formatRfc3339(date: Date): string {
  const offsetMin = -date.getTimezoneOffset();
  const zone = offsetMin === 0 ? 'Z' : `${offsetMin > 0 ? '+' : '-'}${pad(Math.floor(Math.abs(offsetMin) / 60))}:${pad(Math.abs(offsetMin) % 60)}`;
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}${zone}`
  );
}

export function createTimestampedUi(inner: Ui, now: () => Date = () => new Date()): Ui {
  const stamp = (m: string) => `${formatRfc3339(now())}: ${m}`;
  return decorateUi(inner, {
    say: (m) => inner.say(stamp(m)),
    message: (m) => inner.message(stamp(m)),
    error: (m) => inner.error(stamp(m)),
  });
}
