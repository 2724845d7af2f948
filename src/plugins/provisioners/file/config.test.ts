import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { brief, decodeHcl } from '../../test-support.js';
import { fileProvisionerSchema } from './config.js';

const here = JSON.stringify(fileURLToPath(import.meta.url));

describe('file provisioner', () => {
  test('upload by default', () => {
    const r = decodeHcl(fileProvisionerSchema, `source = ${here}\ndestination = "/tmp/x"\n`);
    expect(brief(r.diagnostics)).toEqual([]);
    expect(r.value).toMatchObject({ direction: 'upload', generated: false, sources: [] });
  });

  test('download does not check sources; content; generated', () => {
    expect(brief(decodeHcl(fileProvisionerSchema, 'source = "/remote/x"\ndestination = "out"\ndirection = "download"\n').diagnostics)).toEqual([]);
    expect(brief(decodeHcl(fileProvisionerSchema, 'content = "hello"\ndestination = "/tmp/x"\n').diagnostics)).toEqual([]);
    expect(brief(decodeHcl(fileProvisionerSchema, 'sources = ["gen/a"]\ngenerated = true\ndestination = "/tmp/"\n').diagnostics)).toEqual([]);
  });

  const errors: [string, string, string[]][] = [
    ['destination', `source = ${here}\n`, ['E Invalid configuration: Destination must be specified. @1:1']],
    ['direction', `source = ${here}\ndestination = "x"\ndirection = "sideways"\n`, ['E Invalid configuration: Direction must be one of: download, upload. @3:13']],
    ['bad source', 'source = "/nope/a"\ndestination = "x"\n', ["E Invalid configuration: Bad source '/nope/a': stat /nope/a: no such file or directory @1:10"]],
    ['content conflict', `source = ${here}\ncontent = "x"\ndestination = "x"\n`, ['E Invalid configuration: source(s) conflicts with content. @2:11']],
  ];
  test.each(errors)('%s', (_n, src, want) => {
    expect(brief(decodeHcl(fileProvisionerSchema, src).diagnostics)).toEqual(want);
  });
});
