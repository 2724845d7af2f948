// cty's RFC 3339 timestamp parsing: a strict parser, and Go's time.Parse errors reworded as cty words them.
import { daysIn, goDate, type GoTime } from './time.js';
import { goParse, type GoParseError } from './time-parse.js';
import { RFC3339 } from './time-format.js';
import { goQuote } from '../helpers.js';

/** The strict RFC 3339 grammar (cty's copy of Go's parseRFC3339): four-digit year, two-digit fields, Z or ±hh:mm. */
export function parseStrictRFC3339(s: string): GoTime | undefined {
  let ok = true;
  const uint = (t: string, min: number, max: number): number => {
    if (!/^[0-9]*$/.test(t)) {
      ok = false;
      return min;
    }
    const x = t === '' ? 0 : Number(t);
    if (x < min || x > max) {
      ok = false;
      return min;
    }
    return x;
  };
  if (s.length < 19) return undefined;
  const year = uint(s.slice(0, 4), 0, 9999);
  const month = uint(s.slice(5, 7), 1, 12);
  const day = uint(s.slice(8, 10), 1, daysIn(month, year));
  const hour = uint(s.slice(11, 13), 0, 23);
  const minute = uint(s.slice(14, 16), 0, 59);
  const second = uint(s.slice(17, 19), 0, 59);
  if (!ok || !(s[4] === '-' && s[7] === '-' && s[10] === 'T' && s[13] === ':' && s[16] === ':')) return undefined;
  let rest = s.slice(19);
  let nanos = 0;
  const fraction = /^\.([0-9]+)/.exec(rest);
  if (fraction) {
    nanos = Number(fraction[1]!.slice(0, 9).padEnd(9, '0'));
    rest = rest.slice(fraction[0].length);
  }
  let offset = 0;
  if (rest !== 'Z') {
    if (rest.length !== 6) return undefined;
    const hr = uint(rest.slice(1, 3), 0, 23);
    const mm = uint(rest.slice(4, 6), 0, 59);
    if (!ok || !((rest[0] === '-' || rest[0] === '+') && rest[3] === ':')) return undefined;
    offset = (hr * 60 + mm) * 60 * (rest[0] === '-' ? -1 : 1);
  }
  return goDate({ year, month, day, hour, minute, second, nanos }, offset, rest === 'Z' ? 'UTC' : '');
}

/** Why Go's lenient parser accepted what the strict one refused (cty's parseStrictRFC3339 fallback checks). */
function strictnessError(s: string): GoParseError {
  const num2 = (t: string) => 10 * (t.charCodeAt(0) - 48) + (t.charCodeAt(1) - 48);
  if (s[12] === ':') return { layoutElem: '15', valueElem: s.slice(11, 12), message: ': hour must have two digits' };
  if (s[19] === ',') return { layoutElem: '.', valueElem: ',', message: ': sub-second separator must be a period' };
  if (s[s.length - 1] !== 'Z') {
    if (num2(s.slice(s.length - 5)) >= 24) {
      return { layoutElem: 'Z07:00', valueElem: s.slice(s.length - 6), message: ': timezone hour out of range' };
    }
    if (num2(s.slice(s.length - 2)) >= 60) {
      return { layoutElem: 'Z07:00', valueElem: s.slice(s.length - 6), message: ': timezone minute out of range' };
    }
  }
  return { layoutElem: RFC3339, valueElem: s, message: '' };
}

const elementNames: Readonly<Record<string, string>> = {
  '2006': 'year',
  '01': 'month',
  '02': 'day of month',
  '15': 'hour',
  '04': 'minute',
  '05': 'second',
  'Z07:00': 'UTC offset',
};

/** cty's rewording of a time.ParseError, naming timestamp parts instead of Go's reference values. */
function describe(err: GoParseError): string {
  const p = 'not a valid RFC3339 timestamp';
  if (err.layoutElem === '' && err.valueElem === '' && err.message !== '') return p + err.message;
  let what = elementNames[err.layoutElem];
  if (err.layoutElem === 'T') return `${p}: missing required time introducer 'T'`;
  if (err.layoutElem === ':' || err.layoutElem === '-') {
    return err.valueElem === ''
      ? `${p}: end of string where ${goQuote(err.layoutElem)} is expected`
      : `${p}: found ${goQuote(err.valueElem)} where ${goQuote(err.layoutElem)} is expected`;
  }
  what ??= 'timestamp segment';
  if (err.valueElem === '') return `${p}: end of string before ${what}`;
  if (what === 'hour' && err.valueElem.includes(':')) return `${p}: hour must be between 0 and 23 inclusive`;
  if (what === 'hour' && err.valueElem.length !== 2) return `${p}: hour must have exactly two digits`;
  if (what === 'minute' && err.valueElem.length !== 2) return `${p}: minute must have exactly two digits`;
  return `${p}: cannot use ${goQuote(err.valueElem)} as ${what}`;
}

/** cty's parseTimestamp: the time, or its error message. */
export function parseTimestamp(ts: string): { time: GoTime } | { error: string } {
  const strict = parseStrictRFC3339(ts);
  if (strict) return { time: strict };
  const lenient = goParse(RFC3339, ts);
  if ('error' in lenient) return { error: describe(lenient.error) };
  return { error: describe(strictnessError(ts)) };
}
