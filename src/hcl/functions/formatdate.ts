// formatdate (cty stdlib): renders an RFC 3339 timestamp with cty's letter-mnemonic format ("YYYY-MM-DD", "EEE, DD MMM").
import { FunctionArgError, type HclFunction } from './function.js';
import { goQuote, param, staticReturn } from './helpers.js';
import { parseTimestamp } from './go/rfc3339.js';
import { civil, longDayNames, longMonthNames, type GoTime } from './go/time.js';
import { goFormat } from './go/time-format.js';
import { StringType } from '../value/type.js';
import { Value } from '../value/value.js';

const esc = "'";

function isVerbChar(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/** cty's splitDateFormat: quoted literals, runs of one letter (verbs), and other literal text. */
export function splitDateFormat(format: string): string[] {
  const tokens: string[] = [];
  let i = 0;
  while (i < format.length) {
    const c = format[i]!;
    let end: number;
    if (c === esc) {
      if (format[i + 1] === esc) end = i + 2;
      else {
        end = format.length; // unterminated: the rest of the format
        for (let j = i + 1; j < format.length; j++) {
          if (format[j] !== esc) continue;
          if (j + 1 === format.length) {
            end = format.length;
            break;
          }
          if (format[j + 1] === esc) {
            j++;
            continue;
          }
          end = j + 1;
          break;
        }
      }
    } else if (isVerbChar(c)) {
      end = i + 1;
      while (end < format.length && format[end] === c) end++;
    } else {
      end = i + 1;
      while (end < format.length && format[end] !== esc && !isVerbChar(format[end]!)) end++;
    }
    tokens.push(format.slice(i, end));
    i = end;
  }
  return tokens;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** Renders one verb token, or throws cty's error for a malformed one. */
function formatVerb(tok: string, t: GoTime): string {
  const c = civil(t);
  const bad = (what: string) => new FunctionArgError(0, `invalid date format verb ${goQuote(tok)}: ${what}`);
  const n = tok.length;
  switch (tok[0]) {
    case 'Y':
      // Strict RFC 3339 years are 0000..9999, so no sign handling is needed.
      if (n === 2) return pad2(c.year % 100);
      if (n === 4) return String(c.year).padStart(4, '0');
      throw bad('year must either be "YY" or "YYYY"');
    case 'M':
      if (n === 1) return String(c.month);
      if (n === 2) return pad2(c.month);
      if (n === 3) return longMonthNames[c.month - 1]!.slice(0, 3);
      if (n === 4) return longMonthNames[c.month - 1]!;
      throw bad('month must be "M", "MM", "MMM", or "MMMM"');
    case 'D':
      if (n === 1) return String(c.day);
      if (n === 2) return pad2(c.day);
      throw bad('day of month must either be "D" or "DD"');
    case 'E':
      if (n === 3) return longDayNames[c.weekday]!.slice(0, 3);
      if (n === 4) return longDayNames[c.weekday]!;
      throw bad('day of week must either be "EEE" or "EEEE"');
    case 'h':
      if (n === 1) return String(c.hour);
      if (n === 2) return pad2(c.hour);
      throw bad('24-hour must either be "h" or "hh"');
    case 'H': {
      const h = c.hour % 12 === 0 ? 12 : c.hour % 12;
      if (n === 1) return String(h);
      if (n === 2) return pad2(h);
      throw bad('12-hour must either be "H" or "HH"');
    }
    case 'A':
    case 'a': {
      if (n !== 2) throw bad(`must be "${tok[0]}${tok[0]}"`);
      const pm = c.hour >= 12;
      return tok[0] === 'A' ? (pm ? 'PM' : 'AM') : pm ? 'pm' : 'am';
    }
    case 'm':
      if (n === 1) return String(c.minute);
      if (n === 2) return pad2(c.minute);
      throw bad('minute must either be "m" or "mm"');
    case 's':
      if (n === 1) return String(c.second);
      if (n === 2) return pad2(c.second);
      throw bad('second must either be "s" or "ss"');
    case 'Z':
      if (n === 1) return goFormat(t, 'Z07:00');
      if (n === 3) {
        const z = goFormat(t, '-0700');
        return z === '+0000' ? 'UTC' : z;
      }
      if (n === 4) return goFormat(t, '-0700');
      if (n === 5) return goFormat(t, '-07:00');
      throw bad('timezone must be Z, ZZZZ, or ZZZZZ');
    default:
      throw new FunctionArgError(0, `invalid date format verb ${goQuote(tok)}`);
  }
}

/** Renders a format string for a time (the whole of formatdate after parsing the timestamp). */
export function formatDate(format: string, t: GoTime): string {
  let out = '';
  for (const tok of splitDateFormat(format)) {
    if (tok[0] === esc) {
      if (tok[tok.length - 1] !== esc || tok.length === 1) throw new FunctionArgError(0, "unterminated literal '");
      if (tok.length === 2) {
        out += esc;
        continue;
      }
      // The quoted text, with each doubled quote collapsed to one.
      const raw = tok.slice(1, -1);
      for (let i = 0; i < raw.length; i++) {
        out += raw[i];
        if (raw[i] === esc) i++;
      }
    } else if (isVerbChar(tok[0]!)) {
      out += formatVerb(tok, t);
    } else {
      out += tok;
    }
  }
  return out;
}

const formatdate: HclFunction = {
  description:
    'Formats a timestamp given in RFC 3339 syntax into another timestamp in some other machine-oriented time syntax, as described in the format string.',
  params: [param('format', StringType), param('time', StringType)],
  returnType: staticReturn(StringType),
  impl: (args) => {
    const parsed = parseTimestamp(args[1]!.asString());
    if ('error' in parsed) throw new FunctionArgError(1, parsed.error);
    return Value.string(formatDate(args[0]!.asString(), parsed.time));
  },
};

export const formatdateFunctions: Record<string, HclFunction> = { formatdate };
