// Go's time.ParseDuration ("1m30s", "1.5h", "300ms"), for pause_before and timeout; results in milliseconds.

const unitMs: Record<string, number> = { ns: 1e-6, us: 1e-3, 'µs': 1e-3, 'μs': 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Parses a Go duration string; on failure returns Go's error message (`time: invalid duration "x"`). */
export function parseGoDuration(text: string): { ms: number } | { error: string } {
  const quoted = JSON.stringify(text);
  let s = text;
  let neg = false;
  if (s.startsWith('-') || s.startsWith('+')) {
    neg = s.startsWith('-');
    s = s.slice(1);
  }
  if (s === '0') return { ms: 0 };
  if (s === '') return { error: `time: invalid duration ${quoted}` };
  let total = 0;
  while (s !== '') {
    const num = /^([0-9]*)(\.[0-9]*)?/.exec(s);
    const whole = num?.[1] ?? '';
    const frac = num?.[2] ?? '';
    if (whole === '' && (frac === '' || frac === '.')) return { error: `time: invalid duration ${quoted}` };
    s = s.slice(whole.length + frac.length);
    const unit = /^[^0-9.]+/.exec(s)?.[0] ?? '';
    if (unit === '') return { error: `time: missing unit in duration ${quoted}` };
    const mult = unitMs[unit];
    if (mult === undefined) return { error: `time: unknown unit ${JSON.stringify(unit)} in duration ${quoted}` };
    s = s.slice(unit.length);
    total += Number(`${whole === '' ? '0' : whole}${frac === '.' ? '' : frac}`) * mult;
  }
  if (total > 9_223_372_036_854.775) return { error: `time: invalid duration ${quoted}` };
  return { ms: neg ? -total : total };
}
