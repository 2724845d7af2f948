// Date and time functions: timestamp, timeadd (cty), rfc3339_parse and unix_timestamp_parse (Packer).
import { FunctionArgError, FunctionError, type HclFunction } from './function.js';
import { WHOLE_NUMBER_MESSAGE, goQuote, param, staticReturn } from './helpers.js';
import { parseGoDuration } from './go/duration.js';
import { parseTimestamp } from './go/rfc3339.js';
import { addNanos, civil, isoWeek, longDayNames, longMonthNames, nowUTC, type GoTime } from './go/time.js';
import { RFC3339, goFormat } from './go/time-format.js';
import { goParse } from './go/time-parse.js';
import { NumberType, StringType, objectOf, type Type } from '../value/type.js';
import { Value } from '../value/value.js';

const timestamp: HclFunction = {
  description: 'Returns a string representation of the current date and time.',
  params: [],
  returnType: staticReturn(StringType),
  impl: () => Value.string(goFormat(nowUTC(), RFC3339)),
};

const timeadd: HclFunction = {
  description:
    'Adds the duration represented by the given duration string to the given RFC 3339 timestamp string, returning another RFC 3339 timestamp.',
  params: [param('timestamp', StringType), param('duration', StringType)],
  returnType: staticReturn(StringType),
  impl: (args) => {
    const ts = parseTimestamp(args[0]!.asString());
    if ('error' in ts) throw new FunctionError(ts.error);
    const d = parseGoDuration(args[1]!.asString());
    if ('error' in d) throw new FunctionError(d.error);
    return Value.string(goFormat(addNanos(ts.time, d.nanos), RFC3339));
  },
};

/** The calendar attributes both parse functions return. */
function calendarAttributes(t: GoTime): Record<string, Value> {
  const c = civil(t);
  const iso = isoWeek(t);
  return {
    year: Value.number(c.year),
    year_day: Value.number(c.yday),
    day: Value.number(c.day),
    month: Value.number(c.month),
    month_name: Value.string(longMonthNames[c.month - 1]!),
    weekday: Value.number(c.weekday),
    weekday_name: Value.string(longDayNames[c.weekday]!),
    hour: Value.number(c.hour),
    minute: Value.number(c.minute),
    second: Value.number(c.second),
    iso_year: Value.number(iso.year),
    iso_week: Value.number(iso.week),
  };
}

const calendarTypes: Record<string, Type> = {
  year: NumberType,
  year_day: NumberType,
  day: NumberType,
  month: NumberType,
  month_name: StringType,
  weekday: NumberType,
  weekday_name: StringType,
  hour: NumberType,
  minute: NumberType,
  second: NumberType,
  iso_year: NumberType,
  iso_week: NumberType,
};

/** RFC 3339 with a "T" or a space between date and time, and optional fractional seconds. */
const rfc3339Layouts = ['2006-01-02T15:04:05.999999999Z07:00', '2006-01-02 15:04:05.999999999Z07:00'];

const rfc3339ParseType = objectOf({ ...calendarTypes, unix: NumberType });

const rfc3339_parse: HclFunction = {
  params: [param('timestamp', StringType)],
  returnType: staticReturn(rfc3339ParseType),
  impl: (args) => {
    const ts = args[0]!.asString();
    for (const layout of rfc3339Layouts) {
      const r = goParse(layout, ts);
      if ('time' in r) return Value.object({ ...calendarAttributes(r.time), unix: Value.number(r.time.unix) });
    }
    throw new FunctionArgError(0, `${goQuote(ts)} is not a valid RFC3339 timestamp`);
  },
};

const unixTimestampParseType = objectOf({ ...calendarTypes, rfc3339: StringType });

const unix_timestamp_parse: HclFunction = {
  params: [param('unix_timestamp', NumberType)],
  returnType: staticReturn(unixTimestampParseType),
  impl: (args) => {
    const ts = args[0]!.asNum().toInt64();
    if (ts === undefined) {
      throw new FunctionArgError(
        0,
        `unix_timestamp must be a whole number of seconds representable as a 64-bit integer: ${WHOLE_NUMBER_MESSAGE}`,
      );
    }
    const t: GoTime = { unix: Number(ts), nanos: 0, offset: 0, zoneName: 'UTC' };
    return Value.object({ ...calendarAttributes(t), rfc3339: Value.string(goFormat(t, RFC3339)) });
  },
};

export const datetimeFunctions: Record<string, HclFunction> = {
  timestamp,
  timeadd,
  rfc3339_parse,
  unix_timestamp_parse,
};
