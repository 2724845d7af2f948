// A Go time.Time stand-in: an instant with nanoseconds and a fixed zone offset, plus its civil (calendar) fields.

export interface GoTime {
  /** Whole seconds since 1970-01-01T00:00:00Z. */
  readonly unix: number;
  /** Nanoseconds within the second, 0..999999999. */
  readonly nanos: number;
  /** The zone's offset east of UTC, in seconds. */
  readonly offset: number;
  /** The zone's abbreviation ("UTC" for UTC, "" for a fabricated fixed zone). */
  readonly zoneName: string;
}

export const longMonthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const longDayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export interface Civil {
  year: number;
  /** 1..12 */
  month: number;
  day: number;
  /** 1..366 */
  yday: number;
  /** 0 = Sunday */
  weekday: number;
  hour: number;
  minute: number;
  second: number;
}

export function isLeap(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

const daysBefore = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];

export function daysIn(month: number, year: number): number {
  if (month === 2 && isLeap(year)) return 29;
  return daysBefore[month]! - daysBefore[month - 1]!;
}

function floorDiv(a: number, b: number): number {
  return Math.floor(a / b);
}

/** Days since 1970-01-01 of a proleptic Gregorian date (month may be out of range; it is normalised). */
export function daysFromCivil(year: number, month: number, day: number): number {
  // Normalise the month into 1..12 first, as Go's time.Date does.
  const m0 = month - 1;
  const y = year + floorDiv(m0, 12);
  const m = m0 - floorDiv(m0, 12) * 12 + 1;
  const yy = m <= 2 ? y - 1 : y;
  const era = floorDiv(yy, 400);
  const yoe = yy - era * 400;
  const doy = floorDiv(153 * (m + (m > 2 ? -3 : 9)) + 2, 5) + day - 1;
  const doe = yoe * 365 + floorDiv(yoe, 4) - floorDiv(yoe, 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(z0: number): { year: number; month: number; day: number } {
  const z = z0 + 719468;
  const era = floorDiv(z, 146097);
  const doe = z - era * 146097;
  const yoe = floorDiv(doe - floorDiv(doe, 1460) + floorDiv(doe, 36524) - floorDiv(doe, 146096), 365);
  const doy = doe - (365 * yoe + floorDiv(yoe, 4) - floorDiv(yoe, 100));
  const mp = floorDiv(5 * doy + 2, 153);
  const day = doy - floorDiv(153 * mp + 2, 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The calendar fields of t in its own zone. */
export function civil(t: GoTime): Civil {
  const local = t.unix + t.offset;
  const days = floorDiv(local, 86400);
  const secs = local - days * 86400;
  const { year, month, day } = civilFromDays(days);
  const yday = daysBefore[month - 1]! + day + (month > 2 && isLeap(year) ? 1 : 0);
  return {
    year,
    month,
    day,
    yday,
    weekday: (((days + 4) % 7) + 7) % 7,
    hour: Math.floor(secs / 3600),
    minute: Math.floor((secs % 3600) / 60),
    second: secs % 60,
  };
}

/** time.Date: the instant of the given wall-clock fields in a fixed zone (fields may overflow; they are normalised). */
export function goDate(
  fields: { year: number; month: number; day: number; hour: number; minute: number; second: number; nanos: number },
  offset: number,
  zoneName = '',
): GoTime {
  const carry = floorDiv(fields.nanos, 1e9);
  const nanos = fields.nanos - carry * 1e9;
  const days = daysFromCivil(fields.year, fields.month, 1) + fields.day - 1;
  const unix = days * 86400 + fields.hour * 3600 + fields.minute * 60 + fields.second + carry - offset;
  return { unix, nanos, offset, zoneName };
}

/** t plus a duration in nanoseconds (Go's Time.Add). */
export function addNanos(t: GoTime, d: bigint): GoTime {
  const total = BigInt(t.nanos) + d;
  let sec = total / 1_000_000_000n;
  let ns = total % 1_000_000_000n;
  if (ns < 0n) {
    ns += 1_000_000_000n;
    sec -= 1n;
  }
  return { ...t, unix: t.unix + Number(sec), nanos: Number(ns) };
}

/** The current instant in UTC. */
export function nowUTC(): GoTime {
  const ms = Date.now();
  const unix = Math.floor(ms / 1000);
  return { unix, nanos: (ms - unix * 1000) * 1e6, offset: 0, zoneName: 'UTC' };
}

/** Time.ISOWeek: the ISO 8601 year and week number. */
export function isoWeek(t: GoTime): { year: number; week: number } {
  const c = civil(t);
  // Shift to the Thursday of the same ISO week; its year is the ISO year.
  const isoWeekday = c.weekday === 0 ? 7 : c.weekday; // Monday=1..Sunday=7
  const localDays = floorDiv(t.unix + t.offset, 86400);
  const thursday = localDays - isoWeekday + 4;
  const th = civilFromDays(thursday);
  const jan1 = daysFromCivil(th.year, 1, 1);
  return { year: th.year, week: floorDiv(thursday - jan1, 7) + 1 };
}

/** The time package's own quote(): ASCII kept (with \" and \\ escaped), other bytes as \xNN. */
export function goTimeQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x80 || cp < 0x20) {
      for (const b of Buffer.from(ch, 'utf8')) out += '\\x' + b.toString(16).padStart(2, '0');
    } else {
      if (ch === '"' || ch === '\\') out += '\\';
      out += ch;
    }
  }
  return out + '"';
}
