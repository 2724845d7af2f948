// Go's time.ParseDuration ("1m30s", "500ms", "2h") into milliseconds, with Go's error wording.

const unitNs: Readonly<Record<string, number>> = {
  ns: 1,
  us: 1e3,
  'µs': 1e3, // U+00B5
  'μs': 1e3, // U+03BC
  ms: 1e6,
  s: 1e9,
  m: 60e9,
  h: 3600e9,
};

export type DurationResult = { ok: true; ms: number } | { ok: false; error: string };

/** Parses a Go duration string; the result is in milliseconds (fractions of a millisecond kept). */
export function parseGoDuration(text: string): DurationResult {
  const invalid = (): DurationResult => ({ ok: false, error: `time: invalid duration ${JSON.stringify(text)}` });
  let s = text;
  let neg = false;
  if (s.startsWith('-') || s.startsWith('+')) {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return { ok: true, ms: 0 };
  if (s === '') return invalid();
  let totalNs = 0;
  while (s !== '') {
    const num = /^(\d*)(\.(\d*))?/.exec(s);
    const whole = num?.[1] ?? '';
    const frac = num?.[3] ?? '';
    if (whole === '' && frac === '') return invalid();
    s = s.slice(num![0].length);
    const unit = /^[^\d.]+/.exec(s)?.[0];
    if (unit === undefined) return { ok: false, error: `time: missing unit in duration ${JSON.stringify(text)}` };
    const mult = unitNs[unit];
    if (mult === undefined) return { ok: false, error: `time: unknown unit ${JSON.stringify(unit)} in duration ${JSON.stringify(text)}` };
    s = s.slice(unit.length);
    totalNs += Number(`${whole === '' ? '0' : whole}.${frac === '' ? '0' : frac}`) * mult;
  }
  // Go's int64 nanoseconds overflow.
  if (totalNs > 2 ** 63) return invalid();
  const ms = totalNs / 1e6;
  return { ok: true, ms: neg ? -ms : ms };
}

/** Renders milliseconds the way Go's Duration.String does ("1m30s", "500ms", "0s"). */
export function formatGoDuration(ms: number): string {
  if (ms === 0) return '0s';
  const neg = ms < 0;
  let rest = Math.abs(ms);
  let out = '';
  if (rest < 1000) {
    out = `${Number(rest.toPrecision(12))}ms`;
  } else {
    const h = Math.floor(rest / 3600000);
    rest -= h * 3600000;
    const m = Math.floor(rest / 60000);
    rest -= m * 60000;
    const sec = Number((rest / 1000).toPrecision(12));
    if (h > 0) out += `${h}h`;
    if (h > 0 || m > 0) out += `${m}m`;
    out += `${sec}s`;
  }
  return neg ? `-${out}` : out;
}
