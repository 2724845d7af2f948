import { expect, test } from 'vitest';
import { block, duration, list, object, optional, string } from './index.js';
import { schemaDocs } from './docs.js';

test('schemaDocs', () => {
  const s = object({ a: string(), b: optional(list(string()), ['x']), t: optional(duration(), 90000), n: block(object({})) });
  expect(schemaDocs(s)).toEqual([
    { name: 'a', type: 'string', required: true },
    { name: 'b', type: 'list of string', required: false, default: '["x"]' },
    { name: 't', type: 'duration', required: false, default: '"1m30s"' },
    { name: 'n', type: 'block', required: false },
  ]);
});
