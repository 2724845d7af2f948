import { describe, expect, it } from 'vitest';
import { callText } from './call-for-test.js';
import { uuidFunctions as f } from './uuid.js';

describe('uuidv4', () => {
  it('returns a random version 4 UUID', () => {
    const a = callText(f.uuidv4);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(callText(f.uuidv4)).not.toBe(a);
  });
});

describe('uuidv5', () => {
  // Expected values from `packer console`.
  it.each([
    ['dns', 'example.com', 'cfbff0d1-9375-5685-968c-48ce8b15ae17'],
    ['url', 'https://example.com', '4fd35a71-71ef-5a55-a9d9-aa75c889a6d0'],
    ['{6ba7b810-9dad-11d1-80b4-00c04fd430c8}', 'a', '4f3f2898-69e3-5a0d-820a-c4e87987dbce'],
    ['urn:uuid:6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'a', '4f3f2898-69e3-5a0d-820a-c4e87987dbce'],
    ['6ba7b8109dad11d180b400c04fd430c8', 'a', '4f3f2898-69e3-5a0d-820a-c4e87987dbce'],
    ['x', 'a', "error: uuidv5() doesn't support namespace x (invalid UUID length: 1)"],
    [
      '6ba7b810-9dad-11d1-80b4-00c04fd430cX',
      'a',
      "error: uuidv5() doesn't support namespace 6ba7b810-9dad-11d1-80b4-00c04fd430cX (invalid UUID format)",
    ],
    [
      'URN:UUIX:6ba7b810-9dad-11d1-80b4-00c04fd430c8',
      'a',
      'error: uuidv5() doesn\'t support namespace URN:UUIX:6ba7b810-9dad-11d1-80b4-00c04fd430c8 (invalid urn prefix: "URN:UUIX:")',
    ],
  ])('uuidv5(%j, %j) = %j', (ns, name, want) => {
    expect(callText(f.uuidv5, ns, name)).toBe(want);
  });
});
