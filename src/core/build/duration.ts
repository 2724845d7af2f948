// Durations as Packer's build summary prints them: durafmt's "1 second 234 milliseconds" (the first two units).

const units: readonly [string, number][] = [
  ['year', 365 * 24 * 3600e6],
  ['week', 7 * 24 * 3600e6],
  ['day', 24 * 3600e6],
  ['hour', 3600e6],
  ['minute', 60e6],
  ['second', 1e6],
  ['millisecond', 1e3],
  ['microsecond', 1],
];

/** durafmt.Parse(d).LimitFirstN(2); the input is in milliseconds. */
export function humanDuration(ms: number): string {
  let us = Math.max(0, Math.round(ms * 1000));
  const parts: string[] = [];
  for (const [name, size] of units) {
    const n = Math.floor(us / size);
    us -= n * size;
    if (n > 0 && parts.length < 2) parts.push(`${n} ${name}${n === 1 ? '' : 's'}`);
  }
  return parts.length === 0 ? '0 microseconds' : parts.join(' ');
}
