import { describe, expect, test } from 'vitest';
import { brief, decodeHcl } from '../test-support.js';
import { artificeSchema } from './artifice/config.js';
import { checksumSchema } from './checksum/config.js';
import { compressSchema, effectiveCompressionLevel } from './compress/config.js';
import { manifestSchema } from './manifest/config.js';

describe('manifest', () => {
  test('defaults and options', () => {
    expect(decodeHcl(manifestSchema, '').value).toEqual({ output: 'packer-manifest.json', strip_path: false, strip_time: false, custom_data: {} });
    const r = decodeHcl(manifestSchema, 'output = "m.json"\nstrip_path = true\nstrip_time = true\ncustom_data = { a = "b", n = 1 }\n');
    expect(r.value).toEqual({ output: 'm.json', strip_path: true, strip_time: true, custom_data: { a: 'b', n: '1' } });
  });
  test('custom_data must be a map of strings', () => {
    expect(brief(decodeHcl(manifestSchema, 'custom_data = { a = ["x"] }\n').diagnostics)).toHaveLength(1);
  });
});

describe('checksum', () => {
  test('defaults', () => {
    expect(decodeHcl(checksumSchema, '').value).toMatchObject({
      checksum_types: ['md5'],
      output: 'packer_{{.BuildName}}_{{.BuilderType}}_{{.ChecksumType}}.checksum',
    });
  });
  test('types', () => {
    expect(brief(decodeHcl(checksumSchema, 'checksum_types = ["sha1", "sha256", "sha512", "sha224", "sha384", "md5"]\n').diagnostics)).toEqual([]);
    expect(brief(decodeHcl(checksumSchema, 'checksum_types = ["sha1", "crc32"]\n').diagnostics)).toEqual([
      'E Invalid configuration: Unrecognized checksum type: crc32 @1:18',
    ]);
  });
});

describe('compress', () => {
  test('options', () => {
    const r = decodeHcl(compressSchema, 'output = "out.tar.gz"\nformat = "gz"\ncompression_level = 9\nkeep_input_artifact = true\n');
    expect(brief(r.diagnostics)).toEqual([]);
    expect(r.value).toMatchObject({ output: 'out.tar.gz', compression_level: 9, keep_input_artifact: true });
    expect(decodeHcl(compressSchema, '').value).toMatchObject({ output: 'packer_{{.BuildName}}_{{.BuilderType}}' });
  });
  test('level must be a whole number', () => {
    expect(brief(decodeHcl(compressSchema, 'compression_level = 1.5\n').diagnostics)).toHaveLength(1);
  });
  test('effective level', () => {
    expect([undefined, 0, -1, -2, 1, 9, 12].map(effectiveCompressionLevel)).toEqual([undefined, undefined, undefined, undefined, 1, 9, 9]);
  });
});

describe('artifice', () => {
  test('files required', () => {
    expect(brief(decodeHcl(artificeSchema, 'files = ["a", "b"]\nkeep_input_artifact = true\n').diagnostics)).toEqual([]);
    expect(brief(decodeHcl(artificeSchema, '').diagnostics)).toEqual(['E Invalid configuration: No files specified in artifice configuration @1:1']);
    expect(brief(decodeHcl(artificeSchema, 'files = []\n').diagnostics)).toEqual(['E Invalid configuration: No files specified in artifice configuration @1:9']);
  });
});
