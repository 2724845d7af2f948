import { expect, test } from 'vitest';
import { brief, decodeHcl } from '../../test-support.js';
import { fileBuilderSchema } from './config.js';

test('file builder', () => {
  expect(brief(decodeHcl(fileBuilderSchema, 'content = "x"\ntarget = "out.txt"\n').diagnostics)).toEqual([]);
  expect(brief(decodeHcl(fileBuilderSchema, 'source = "in.txt"\ntarget = "out.txt"\n').diagnostics)).toEqual([]);
  expect(brief(decodeHcl(fileBuilderSchema, 'content = "x"\n').diagnostics)).toEqual(['E Invalid configuration: target required @1:1']);
  expect(brief(decodeHcl(fileBuilderSchema, 'target = "t"\n').diagnostics)).toEqual([
    'W Both source file and contents are blank; target will have no content:  @1:1',
  ]);
  expect(decodeHcl(fileBuilderSchema, 'target = "t"\n').value).toEqual({ target: 't' });
  expect(brief(decodeHcl(fileBuilderSchema, 'target = "t"\ncontent = "c"\nsource = "s"\n').diagnostics)).toEqual([
    'E Invalid configuration: Cannot specify source file AND content @3:10',
  ]);
});
