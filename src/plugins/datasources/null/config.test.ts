import { expect, test } from 'vitest';
import { valueToJson } from '../../../hcl/value/json.js';
import { brief, decodeHcl } from '../../test-support.js';
import { nullDataSourceSchema } from './config.js';
import { nullDataSource } from './index.js';

test('null data source', async () => {
  const r = decodeHcl(nullDataSourceSchema, 'input = "hello"\n');
  expect(brief(r.diagnostics)).toEqual([]);
  const out = await nullDataSource.execute(r.value!, { signal: new AbortController().signal });
  expect(valueToJson(out)).toEqual({ ok: true, json: '{"output":"hello"}' });
  expect(brief(decodeHcl(nullDataSourceSchema, '').diagnostics)).toEqual(['E Invalid configuration: The `input` must be specified @1:1']);
  expect(brief(decodeHcl(nullDataSourceSchema, 'input = ""\n').diagnostics)).toEqual(['E Invalid configuration: The `input` must be specified @1:9']);
});
