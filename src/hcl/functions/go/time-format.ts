// Go's Time.Format: renders a time with a reference-time layout, for legacy_isotime and the RFC 3339 results.
import { civil, longDayNames, longMonthNames, type GoTime } from './time.js';
import { nextStdChunk } from './time-layout.js';

/** appendInt: decimal, zero-padded to width (the sign is not counted). */
function pad(x: number, width: number): string {
  const digits = String(Math.abs(x)).padStart(width, '0');
  return x < 0 ? '-' + digits : digits;
}

function formatNanos(nanos: number, digits: number, separator: string, trim: boolean): string {
  if (trim && (digits === 0 || nanos === 0)) return '';
  let s = separator + pad(nanos, 9);
  if (digits < 9) s = s.slice(0, s.length - 9 + digits);
  if (trim) {
    s = s.replace(/0+$/, '');
    if (s === separator) s = '';
  }
  return s;
}

/** Time.Format(layout). */
export function goFormat(t: GoTime, layout: string): string {
  const c = civil(t);
  let out = '';
  let rest = layout;
  while (rest !== '') {
    const { prefix, std, suffix } = nextStdChunk(rest);
    out += prefix;
    if (!std) break;
    rest = suffix;
    switch (std.kind) {
      case 'Year':
        out += pad(Math.abs(c.year) % 100, 2);
        break;
      case 'LongYear':
        out += pad(c.year, 4);
        break;
      case 'Month':
        out += longMonthNames[c.month - 1]!.slice(0, 3);
        break;
      case 'LongMonth':
        out += longMonthNames[c.month - 1]!;
        break;
      case 'NumMonth':
        out += pad(c.month, 0);
        break;
      case 'ZeroMonth':
        out += pad(c.month, 2);
        break;
      case 'WeekDay':
        out += longDayNames[c.weekday]!.slice(0, 3);
        break;
      case 'LongWeekDay':
        out += longDayNames[c.weekday]!;
        break;
      case 'Day':
        out += pad(c.day, 0);
        break;
      case 'UnderDay':
        out += (c.day < 10 ? ' ' : '') + pad(c.day, 0);
        break;
      case 'ZeroDay':
        out += pad(c.day, 2);
        break;
      case 'UnderYearDay':
        out += (c.yday < 100 ? (c.yday < 10 ? '  ' : ' ') : '') + pad(c.yday, 0);
        break;
      case 'ZeroYearDay':
        out += pad(c.yday, 3);
        break;
      case 'Hour':
        out += pad(c.hour, 2);
        break;
      case 'Hour12':
        out += pad(c.hour % 12 === 0 ? 12 : c.hour % 12, 0);
        break;
      case 'ZeroHour12':
        out += pad(c.hour % 12 === 0 ? 12 : c.hour % 12, 2);
        break;
      case 'Minute':
        out += pad(c.minute, 0);
        break;
      case 'ZeroMinute':
        out += pad(c.minute, 2);
        break;
      case 'Second':
        out += pad(c.second, 0);
        break;
      case 'ZeroSecond':
        out += pad(c.second, 2);
        break;
      case 'PM':
        out += c.hour >= 12 ? 'PM' : 'AM';
        break;
      case 'pm':
        out += c.hour >= 12 ? 'pm' : 'am';
        break;
      case 'TZ':
        out += t.zoneName !== '' ? t.zoneName : formatOffset(t.offset, 'NumTZ');
        break;
      case 'FracSecond0':
      case 'FracSecond9':
        out += formatNanos(t.nanos, std.digits, std.separator, std.kind === 'FracSecond9');
        break;
      default:
        out += formatOffset(t.offset, std.kind);
    }
  }
  return out;
}

/** The numeric and ISO 8601 zone elements; the ISO ("Z...") forms print "Z" for UTC. */
function formatOffset(offset: number, kind: string): string {
  if (offset === 0 && kind.startsWith('ISO8601')) return 'Z';
  let zone = Math.trunc(offset / 60);
  let abs = offset;
  let out = '+';
  if (zone < 0) {
    out = '-';
    zone = -zone;
    abs = -abs;
  }
  out += pad(Math.floor(zone / 60), 2);
  const colon = kind === 'ISO8601ColonTZ' || kind === 'NumColonTZ' || kind === 'ISO8601ColonSecondsTZ' || kind === 'NumColonSecondsTZ';
  if (colon) out += ':';
  if (kind !== 'NumShortTZ' && kind !== 'ISO8601ShortTZ') out += pad(zone % 60, 2);
  if (kind.includes('Seconds')) {
    if (kind === 'NumColonSecondsTZ' || kind === 'ISO8601ColonSecondsTZ') out += ':';
    out += pad(abs % 60, 2);
  }
  return out;
}

/** time.RFC3339. */
export const RFC3339 = '2006-01-02T15:04:05Z07:00';
