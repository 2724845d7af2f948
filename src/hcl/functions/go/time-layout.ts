// Go's reference-time layout elements ("2006", "Jan", "15", "Z07:00", ".000", ...), found the way time.nextStdChunk finds them.

export type StdKind =
  | 'LongMonth'
  | 'Month'
  | 'NumMonth'
  | 'ZeroMonth'
  | 'LongWeekDay'
  | 'WeekDay'
  | 'Day'
  | 'UnderDay'
  | 'ZeroDay'
  | 'UnderYearDay'
  | 'ZeroYearDay'
  | 'Hour'
  | 'Hour12'
  | 'ZeroHour12'
  | 'Minute'
  | 'ZeroMinute'
  | 'Second'
  | 'ZeroSecond'
  | 'LongYear'
  | 'Year'
  | 'PM'
  | 'pm'
  | 'TZ'
  | 'ISO8601TZ'
  | 'ISO8601SecondsTZ'
  | 'ISO8601ShortTZ'
  | 'ISO8601ColonTZ'
  | 'ISO8601ColonSecondsTZ'
  | 'NumTZ'
  | 'NumSecondsTz'
  | 'NumShortTZ'
  | 'NumColonTZ'
  | 'NumColonSecondsTZ'
  | 'FracSecond0'
  | 'FracSecond9';

export interface StdChunk {
  /** Literal text before the element. */
  prefix: string;
  /** The element, or undefined when the layout has no more elements (prefix is then the whole rest). */
  std?: { kind: StdKind; text: string; digits: number; separator: string };
  suffix: string;
}

const zeroX: StdKind[] = ['ZeroMonth', 'ZeroDay', 'ZeroHour12', 'ZeroMinute', 'ZeroSecond', 'Year'];

function startsWithLowerCase(s: string): boolean {
  return s.length > 0 && s[0]! >= 'a' && s[0]! <= 'z';
}

function isDigitAt(s: string, i: number): boolean {
  return i < s.length && s[i]! >= '0' && s[i]! <= '9';
}

/** Splits the layout at its first element. */
export function nextStdChunk(layout: string): StdChunk {
  const at = (i: number, len: number, kind: StdKind, prefixEnd = i): StdChunk => ({
    prefix: layout.slice(0, prefixEnd),
    std: { kind, text: layout.slice(prefixEnd, i + len), digits: 0, separator: '.' },
    suffix: layout.slice(i + len),
  });
  const has = (i: number, s: string): boolean => layout.startsWith(s, i);
  for (let i = 0; i < layout.length; i++) {
    const c = layout[i]!;
    switch (c) {
      case 'J':
        if (has(i, 'Jan')) {
          if (has(i, 'January')) return at(i, 7, 'LongMonth');
          if (!startsWithLowerCase(layout.slice(i + 3))) return at(i, 3, 'Month');
        }
        break;
      case 'M':
        if (has(i, 'Mon')) {
          if (has(i, 'Monday')) return at(i, 6, 'LongWeekDay');
          if (!startsWithLowerCase(layout.slice(i + 3))) return at(i, 3, 'WeekDay');
        }
        if (has(i, 'MST')) return at(i, 3, 'TZ');
        break;
      case '0':
        if (i + 1 < layout.length && layout[i + 1]! >= '1' && layout[i + 1]! <= '6') {
          return at(i, 2, zeroX[layout.charCodeAt(i + 1) - 49]!);
        }
        if (has(i, '002')) return at(i, 3, 'ZeroYearDay');
        break;
      case '1':
        if (has(i, '15')) return at(i, 2, 'Hour');
        return at(i, 1, 'NumMonth');
      case '2':
        if (has(i, '2006')) return at(i, 4, 'LongYear');
        return at(i, 1, 'Day');
      case '_':
        if (has(i, '_2')) {
          if (has(i + 1, '2006')) return at(i + 1, 4, 'LongYear', i + 1);
          return at(i, 2, 'UnderDay');
        }
        if (has(i, '__2')) return at(i, 3, 'UnderYearDay');
        break;
      case '3':
        return at(i, 1, 'Hour12');
      case '4':
        return at(i, 1, 'Minute');
      case '5':
        return at(i, 1, 'Second');
      case 'P':
        if (has(i, 'PM')) return at(i, 2, 'PM');
        break;
      case 'p':
        if (has(i, 'pm')) return at(i, 2, 'pm');
        break;
      case '-':
        if (has(i, '-070000')) return at(i, 7, 'NumSecondsTz');
        if (has(i, '-07:00:00')) return at(i, 9, 'NumColonSecondsTZ');
        if (has(i, '-0700')) return at(i, 5, 'NumTZ');
        if (has(i, '-07:00')) return at(i, 6, 'NumColonTZ');
        if (has(i, '-07')) return at(i, 3, 'NumShortTZ');
        break;
      case 'Z':
        if (has(i, 'Z070000')) return at(i, 7, 'ISO8601SecondsTZ');
        if (has(i, 'Z07:00:00')) return at(i, 9, 'ISO8601ColonSecondsTZ');
        if (has(i, 'Z0700')) return at(i, 5, 'ISO8601TZ');
        if (has(i, 'Z07:00')) return at(i, 6, 'ISO8601ColonTZ');
        if (has(i, 'Z07')) return at(i, 3, 'ISO8601ShortTZ');
        break;
      case '.':
      case ',':
        if (i + 1 < layout.length && (layout[i + 1] === '0' || layout[i + 1] === '9')) {
          const ch = layout[i + 1]!;
          let j = i + 1;
          while (j < layout.length && layout[j] === ch) j++;
          if (!isDigitAt(layout, j)) {
            const kind: StdKind = ch === '9' ? 'FracSecond9' : 'FracSecond0';
            return {
              prefix: layout.slice(0, i),
              std: { kind, text: layout.slice(i, j), digits: (j - (i + 1)) & 0xfff, separator: c },
              suffix: layout.slice(j),
            };
          }
        }
        break;
    }
  }
  return { prefix: layout, suffix: '' };
}
