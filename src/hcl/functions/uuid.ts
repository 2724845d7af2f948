// uuidv4 and uuidv5 (go-cty-funcs/uuid, on google/uuid's parsing and name-based hashing).
import { createHash, randomUUID } from 'node:crypto';
import { FunctionError, type HclFunction } from './function.js';
import { goQuote, param, staticReturn } from './helpers.js';
import { StringType } from '../value/type.js';
import { Value } from '../value/value.js';

const namespaces: ReadonlyMap<string, string> = new Map([
  ['dns', '6ba7b810-9dad-11d1-80b4-00c04fd430c8'],
  ['url', '6ba7b811-9dad-11d1-80b4-00c04fd430c8'],
  ['oid', '6ba7b812-9dad-11d1-80b4-00c04fd430c8'],
  ['x500', '6ba7b814-9dad-11d1-80b4-00c04fd430c8'],
]);

const hexPairOffsets = [0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34];

function hexByte(b: Buffer, at: number): number | undefined {
  const pair = b.subarray(at, at + 2).toString('latin1');
  return /^[0-9a-fA-F]{2}$/.test(pair) ? parseInt(pair, 16) : undefined;
}

/** google/uuid.Parse: the 16 bytes, or its error text. Lengths are in bytes, as Go's. */
export function parseUuid(text: string): { bytes: Buffer } | { error: string } {
  let s = Buffer.from(text, 'utf8');
  const out = Buffer.alloc(16);
  const bad = { error: 'invalid UUID format' };
  switch (s.length) {
    case 36:
      break;
    case 45:
      if (s.subarray(0, 9).toString('latin1').toLowerCase() !== 'urn:uuid:') {
        return { error: `invalid urn prefix: ${goQuote(s.subarray(0, 9).toString('utf8'))}` };
      }
      s = s.subarray(9);
      break;
    case 38:
      s = s.subarray(1);
      break;
    case 32:
      for (let i = 0; i < 16; i++) {
        const v = hexByte(s, i * 2);
        if (v === undefined) return bad;
        out[i] = v;
      }
      return { bytes: out };
    default:
      return { error: `invalid UUID length: ${s.length}` };
  }
  const dash = 0x2d;
  if (s[8] !== dash || s[13] !== dash || s[18] !== dash || s[23] !== dash) return bad;
  for (let i = 0; i < 16; i++) {
    const v = hexByte(s, hexPairOffsets[i]!);
    if (v === undefined) return bad;
    out[i] = v;
  }
  return { bytes: out };
}

function formatUuid(b: Buffer): string {
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** uuid.NewSHA1: a version 5 (name-based, SHA-1) UUID. */
export function uuidV5(namespace: Buffer, name: string): string {
  const h = createHash('sha1').update(namespace).update(name, 'utf8').digest().subarray(0, 16);
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  return formatUuid(h);
}

const uuidv4: HclFunction = {
  params: [],
  returnType: staticReturn(StringType),
  impl: () => Value.string(randomUUID()),
};

const uuidv5: HclFunction = {
  params: [param('namespace', StringType), param('name', StringType)],
  returnType: staticReturn(StringType),
  impl: (args) => {
    const ns = args[0]!.asString();
    const parsed = parseUuid(namespaces.get(ns) ?? ns);
    if ('error' in parsed) throw new FunctionError(`uuidv5() doesn't support namespace ${ns} (${parsed.error})`);
    return Value.string(uuidV5(parsed.bytes, args[1]!.asString()));
  },
};

export const uuidFunctions: Record<string, HclFunction> = { uuidv4, uuidv5 };
