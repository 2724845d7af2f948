import { expect, test } from 'vitest';
import { brief, decodeHcl } from '../../test-support.js';
import { breakpointSchema } from './config.js';

test('breakpoint', () => {
  expect(decodeHcl(breakpointSchema, '').value).toEqual({ disable: false });
  expect(decodeHcl(breakpointSchema, 'note = "look"\ndisable = true\n').value).toEqual({ note: 'look', disable: true });
  expect(brief(decodeHcl(breakpointSchema, 'disable = "maybe"\n').diagnostics)).toEqual([
    'E Incorrect attribute value type: Inappropriate value for attribute "disable": a bool is required. @1:11',
  ]);
});
