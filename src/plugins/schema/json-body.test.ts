import { expect, test } from 'vitest';
import { EvalContext } from '../../hcl/eval/eval-context.js';
import { parseJsonConfig } from '../../hcl/json/index.js';
import { brief } from '../test-support.js';
import { blocks, list, number, object, optional, string } from './index.js';

const schema = object({
  name: string(),
  tags: optional(list(string()), []),
  disk: blocks(object({ device_name: string(), size: optional(number({ int: true })) })),
});

const decode = (src: string) => {
  const { body } = parseJsonConfig(src, 't.pkr.json');
  return schema.decodeBody(body, new EvalContext({ variables: {} }));
};

test('HCL JSON syntax bodies decode through the same schema', () => {
  const r = decode('{"name": "a", "tags": ["x"], "disk": [{"device_name": "d1", "size": 2}, {"device_name": "d2"}]}');
  expect(brief(r.diagnostics)).toEqual([]);
  expect(r.value).toEqual({ name: 'a', tags: ['x'], disk: [{ device_name: 'd1', size: 2 }, { device_name: 'd2' }] });
});

test('errors in JSON syntax carry JSON positions', () => {
  const r = decode('{\n  "name": 1,\n  "nmae": "b",\n  "tags": "x"\n}');
  expect(brief(r.diagnostics)).toEqual([
    // HCL's JSON body wording for an unexpected property.
    'E Extraneous JSON object property: No argument or block type is named "nmae". @3:3',
    'E Incorrect attribute value type: Inappropriate value for attribute "tags": list of string required, but have string. @4:11',
  ]);
});
