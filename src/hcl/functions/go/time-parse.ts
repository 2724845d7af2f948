// Go's time.Parse for numeric layouts, with its ParseError fields, which cty turns into its timestamp error messages.
import { daysIn, goDate, goTimeQuote, longDayNames, longMonthNames, type GoTime } from './time.js';
import { nextStdChunk, type StdKind } from './time-layout.js';

/** time.ParseError's fields. */
export interface GoParseError {
  layoutElem: string;
  valueElem: string;
  /** "" or ": <what> out of range" and similar. */
  message: string;
}

const bad = Symbol('bad');

function isDigit(s: string, i: number): boolean {
  return i < s.length && s[i]! >= '0' && s[i]! <= '9';
}

/** getnum: one or two digits (exactly two when fixed). */
function getnum(s: string, fixed: boolean): [number, string] | typeof bad {
  if (!isDigit(s, 0)) return bad;
  if (!isDigit(s, 1)) return fixed ? bad : [s.charCodeAt(0) - 48, s.slice(1)];
  return [(s.charCodeAt(0) - 48) * 10 + (s.charCodeAt(1) - 48), s.slice(2)];
}

function getnum3(s: string, fixed: boolean): [number, string] | typeof bad {
  let n = 0;
  let i = 0;
  for (; i < 3 && isDigit(s, i); i++) n = n * 10 + (s.charCodeAt(i) - 48);
  if (i === 0 || (fixed && i !== 3)) return bad;
  return [n, s.slice(i)];
}

/** atoi on a short field: optional sign then digits only. */
function atoi(s: string): number | typeof bad {
  const m = /^([+-]?)([0-9]+)$/.exec(s);
  if (!m) return bad;
  const n = Number(m[2]);
  return m[1] === '-' ? -n : n;
}

function skip(value: string, prefix: string): string | typeof bad {
  let v = value;
  let p = prefix;
  while (p.length > 0) {
    if (p[0] === ' ') {
      if (v.length > 0 && v[0] !== ' ') return bad;
      p = p.replace(/^ +/, '');
      v = v.replace(/^ +/, '');
      continue;
    }
    if (v.length === 0 || v[0] !== p[0]) return bad;
    p = p.slice(1);
    v = v.slice(1);
  }
  return v;
}

function lookup(names: readonly string[], value: string): [number, string] | typeof bad {
  for (let i = 0; i < names.length; i++) {
    const n = names[i]!;
    if (value.length >= n.length && value.slice(0, n.length).toLowerCase() === n.toLowerCase()) {
      return [i, value.slice(n.length)];
    }
  }
  return bad;
}

/** parseNanoseconds: value starts with the separator; nbytes counts it. */
function parseNanos(value: string, nbytes: number): number | typeof bad {
  if (value[0] !== '.' && value[0] !== ',') return bad;
  const n = Math.min(nbytes, 10);
  const digits = atoi(value.slice(1, n));
  if (digits === bad) return bad;
  return digits * 10 ** (10 - n);
}

const tzKinds: ReadonlySet<StdKind> = new Set([
  'ISO8601TZ',
  'ISO8601ShortTZ',
  'ISO8601ColonTZ',
  'ISO8601SecondsTZ',
  'ISO8601ColonSecondsTZ',
  'NumTZ',
  'NumShortTZ',
  'NumColonTZ',
  'NumSecondsTz',
  'NumColonSecondsTZ',
]);

/** time.Parse(layout, value), with UTC as the default zone. Zone abbreviations (MST) are not supported. */
export function goParse(layout: string, value: string): { time: GoTime } | { error: GoParseError } {
  let rest = layout;
  let v = value;
  let year = 0;
  let month = -1;
  let day = -1;
  let yday = -1;
  let hour = 0;
  let min = 0;
  let sec = 0;
  let nsec = 0;
  let zoneOffset: number | undefined;
  let utc = false;
  let amSet = false;
  let pmSet = false;
  const fail = (layoutElem: string, valueElem: string, message = '') => ({ error: { layoutElem, valueElem, message } });

  for (;;) {
    const { prefix, std, suffix } = nextStdChunk(rest);
    const skipped = skip(v, prefix);
    if (skipped === bad) return fail(prefix, v);
    v = skipped;
    if (!std) {
      if (v.length !== 0) return fail('', v, `: extra text: ${goTimeQuote(v)}`);
      break;
    }
    rest = suffix;
    const hold = v;
    let rangeErr = '';
    let err = false;
    const take = (r: [number, string] | typeof bad): number => {
      if (r === bad) {
        err = true;
        return 0;
      }
      v = r[1];
      return r[0];
    };
    switch (std.kind) {
      case 'Year': {
        if (v.length < 2) {
          err = true;
          break;
        }
        const y = atoi(v.slice(0, 2));
        v = v.slice(2);
        if (y === bad) err = true;
        else year = y >= 69 ? y + 1900 : y + 2000;
        break;
      }
      case 'LongYear': {
        if (v.length < 4 || !isDigit(v, 0)) {
          err = true;
          break;
        }
        const y = atoi(v.slice(0, 4));
        v = v.slice(4);
        if (y === bad) err = true;
        else year = y;
        break;
      }
      case 'Month':
        month = take(lookup(longMonthNames.map((m) => m.slice(0, 3)), v)) + 1;
        break;
      case 'LongMonth':
        month = take(lookup(longMonthNames, v)) + 1;
        break;
      case 'NumMonth':
      case 'ZeroMonth':
        month = take(getnum(v, std.kind === 'ZeroMonth'));
        if (!err && (month <= 0 || month > 12)) rangeErr = 'month';
        break;
      case 'WeekDay':
        take(lookup(longDayNames.map((d) => d.slice(0, 3)), v));
        break;
      case 'LongWeekDay':
        take(lookup(longDayNames, v));
        break;
      case 'Day':
      case 'UnderDay':
      case 'ZeroDay':
        if (std.kind === 'UnderDay' && v[0] === ' ') v = v.slice(1);
        day = take(getnum(v, std.kind === 'ZeroDay'));
        break;
      case 'UnderYearDay':
      case 'ZeroYearDay':
        for (let i = 0; i < 2; i++) if (std.kind === 'UnderYearDay' && v[0] === ' ') v = v.slice(1);
        yday = take(getnum3(v, std.kind === 'ZeroYearDay'));
        break;
      case 'Hour':
        hour = take(getnum(v, false));
        if (hour < 0 || hour >= 24) rangeErr = 'hour';
        break;
      case 'Hour12':
      case 'ZeroHour12':
        hour = take(getnum(v, std.kind === 'ZeroHour12'));
        if (hour < 0 || hour > 12) rangeErr = 'hour';
        break;
      case 'Minute':
      case 'ZeroMinute':
        min = take(getnum(v, std.kind === 'ZeroMinute'));
        if (min < 0 || min >= 60) rangeErr = 'minute';
        break;
      case 'Second':
      case 'ZeroSecond': {
        sec = take(getnum(v, std.kind === 'ZeroSecond'));
        if (err) break;
        if (sec < 0 || sec >= 60) {
          rangeErr = 'second';
          break;
        }
        // A fractional second in the value that the layout does not mention.
        if (v.length >= 2 && (v[0] === '.' || v[0] === ',') && isDigit(v, 1)) {
          const next = nextStdChunk(rest).std?.kind;
          if (next === 'FracSecond0' || next === 'FracSecond9') break;
          let n = 2;
          while (n < v.length && isDigit(v, n)) n++;
          const ns = parseNanos(v, n);
          if (ns === bad) err = true;
          else nsec = ns;
          v = v.slice(n);
        }
        break;
      }
      case 'PM':
      case 'pm': {
        if (v.length < 2) {
          err = true;
          break;
        }
        const p = v.slice(0, 2);
        v = v.slice(2);
        const [pm, am] = std.kind === 'PM' ? ['PM', 'AM'] : ['pm', 'am'];
        if (p === pm) pmSet = true;
        else if (p === am) amSet = true;
        else err = true;
        break;
      }
      case 'TZ':
        if (v.startsWith('UTC')) {
          utc = true;
          v = v.slice(3);
        } else err = true;
        break;
      case 'FracSecond0': {
        const ndigit = 1 + std.digits;
        if (v.length < ndigit) {
          err = true;
          break;
        }
        const ns = parseNanos(v, ndigit);
        if (ns === bad) err = true;
        else nsec = ns;
        v = v.slice(ndigit);
        break;
      }
      case 'FracSecond9': {
        if (v.length < 2 || (v[0] !== '.' && v[0] !== ',') || !isDigit(v, 1)) break;
        let i = 0;
        while (i + 1 < v.length && isDigit(v, i + 1)) i++;
        const ns = parseNanos(v, 1 + i);
        if (ns === bad) err = true;
        else nsec = ns;
        v = v.slice(1 + i);
        break;
      }
      default:
        if (tzKinds.has(std.kind)) {
          const r = parseZone(std.kind, v);
          v = r.rest;
          err = r.err;
          rangeErr = r.rangeErr;
          if (r.utc) utc = true;
          else zoneOffset = r.offset;
        }
    }
    if (rangeErr !== '') return fail(std.text, v, `: ${rangeErr} out of range`);
    if (err) return fail(std.text, hold);
  }

  if (pmSet && hour < 12) hour += 12;
  else if (amSet && hour === 12) hour = 0;

  if (yday >= 0) {
    let d = 0;
    let m = 0;
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    if (leap) {
      if (yday === 31 + 29) {
        m = 2;
        d = 29;
      } else if (yday > 31 + 29) yday--;
    }
    if (yday < 1 || yday > 365) return fail('', v, ': day-of-year out of range');
    if (m === 0) {
      const before = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];
      m = Math.floor((yday - 1) / 31) + 1;
      if (before[m]! < yday) m++;
      d = yday - before[m - 1]!;
    }
    if (month >= 0 && month !== m) return fail('', v, ': day-of-year does not match month');
    month = m;
    if (day >= 0 && day !== d) return fail('', v, ': day-of-year does not match day');
    day = d;
  } else {
    if (month < 0) month = 1;
    if (day < 0) day = 1;
  }
  if (day < 1 || day > daysIn(month, year)) return fail('', v, ': day out of range');

  const fields = { year, month, day, hour, minute: min, second: sec, nanos: nsec };
  if (utc) return { time: goDate(fields, 0, 'UTC') };
  if (zoneOffset !== undefined) return { time: goDate(fields, zoneOffset, zoneOffset === 0 ? 'UTC' : '') };
  return { time: goDate(fields, 0, 'UTC') };
}

function parseZone(kind: StdKind, value: string): { rest: string; utc: boolean; offset: number; rangeErr: string; err: boolean } {
  const failed = { rest: value, utc: false, offset: 0, rangeErr: '', err: true };
  if (kind.startsWith('ISO8601') && value[0] === 'Z') return { rest: value.slice(1), utc: true, offset: 0, rangeErr: '', err: false };
  let sign: string;
  let hh: string;
  let mm: string;
  let ss = '00';
  let rest: string;
  if (kind === 'ISO8601ColonTZ' || kind === 'NumColonTZ') {
    if (value.length < 6 || value[3] !== ':') return failed;
    [sign, hh, mm, rest] = [value[0]!, value.slice(1, 3), value.slice(4, 6), value.slice(6)];
  } else if (kind === 'NumShortTZ' || kind === 'ISO8601ShortTZ') {
    if (value.length < 3) return failed;
    [sign, hh, mm, rest] = [value[0]!, value.slice(1, 3), '00', value.slice(3)];
  } else if (kind === 'ISO8601ColonSecondsTZ' || kind === 'NumColonSecondsTZ') {
    if (value.length < 9 || value[3] !== ':' || value[6] !== ':') return failed;
    [sign, hh, mm, ss, rest] = [value[0]!, value.slice(1, 3), value.slice(4, 6), value.slice(7, 9), value.slice(9)];
  } else if (kind === 'ISO8601SecondsTZ' || kind === 'NumSecondsTz') {
    if (value.length < 7) return failed;
    [sign, hh, mm, ss, rest] = [value[0]!, value.slice(1, 3), value.slice(3, 5), value.slice(5, 7), value.slice(7)];
  } else {
    if (value.length < 5) return failed;
    [sign, hh, mm, rest] = [value[0]!, value.slice(1, 3), value.slice(3, 5), value.slice(5)];
  }
  const h = getnum(hh, true);
  const m = h === bad ? bad : getnum(mm, true);
  const s = m === bad ? bad : getnum(ss, true);
  let err = s === bad;
  const hr = h === bad ? 0 : h[0];
  const mi = m === bad ? 0 : m[0];
  const se = s === bad ? 0 : s[0];
  let rangeErr = '';
  if (hr > 24) rangeErr = 'time zone offset hour';
  if (mi > 60) rangeErr = 'time zone offset minute';
  if (se > 60) rangeErr = 'time zone offset second';
  let offset = (hr * 60 + mi) * 60 + se;
  if (sign === '-') offset = -offset;
  else if (sign !== '+') err = true;
  return { rest, utc: false, offset, rangeErr, err };
}
