// Go's strconv.Quote, which names and nested strings are printed with.
import { describe, it, expect } from 'vitest';
import { goQuote } from './go-quote.js';

describe('goQuote', () => {
  const cases: [string, string][] = [
    ['', '""'],
    ['abc', '"abc"'],
    ['a"b\\c', '"a\\"b\\\\c"'],
    ['\x07\b\f\n\r\t\v', '"\\a\\b\\f\\n\\r\\t\\v"'],
    ['\x00\x1f\x7f', '"\\x00\\x1f\\x7f"'],
    ['é日本', '"é日本"'],
    ['\u00a0', '"\\u00a0"'],
    ['\u200b', '"\\u200b"'],
    ['\u2028', '"\\u2028"'],
    ['\u{1F600}', '"\u{1F600}"'],
    ['\u{E0001}', '"\\U000e0001"'],
    [' ', '" "'],
  ];
  for (const [input, want] of cases) it(JSON.stringify(input), () => expect(goQuote(input)).toBe(want));
});
