// Randomly generated numeric verbs checked against `packer console` (format-oracle.json: [format, number, output]).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatFunctions as f } from './format.js';
import { run } from './test-helpers.js';
import { Num } from '../value/number.js';
import { Value } from '../value/value.js';

const cases = JSON.parse(readFileSync(new URL('./format-oracle.json', import.meta.url), 'utf8')) as [string, string, string][];

describe('format numeric verbs, as Packer prints them', () => {
  it.each(cases)('format("[%s]", %s) = %s', (verb, num, want) => {
    expect(run(f.format, `[${verb}]`, Value.number(Num.parse(num)!))).toBe(JSON.stringify(want));
  });
});
