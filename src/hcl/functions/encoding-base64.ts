// Go's base64.StdEncoding decoding (with CorruptInputError offsets) and compress/gzip framing for base64gzip.
import { deflateRawSync, constants as zlibConstants } from 'node:zlib';

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const decodeMap = new Int16Array(256).fill(-1);
for (let i = 0; i < alphabet.length; i++) decodeMap[alphabet.charCodeAt(i)] = i;

const NL = 0x0a;
const CR = 0x0d;
const PAD = 0x3d;

/** base64.StdEncoding.DecodeString: the bytes, or the byte offset Go reports in its CorruptInputError. */
export function goBase64Decode(src: Uint8Array): { bytes: Uint8Array } | { errorOffset: number } {
  const out: number[] = [];
  let si = 0;
  while (si < src.length) {
    const dbuf = [0, 0, 0, 0];
    let dlen = 4;
    let j = 0;
    let trailing: number | undefined;
    for (; j < 4; j++) {
      if (si === src.length) {
        if (j === 0) return { bytes: Uint8Array.from(out) };
        return { errorOffset: si - j };
      }
      const ch = src[si++]!;
      const v = decodeMap[ch]!;
      if (v >= 0) {
        dbuf[j] = v;
        continue;
      }
      if (ch === NL || ch === CR) {
        j--;
        continue;
      }
      if (ch !== PAD) return { errorOffset: si - 1 };
      if (j === 0 || j === 1) return { errorOffset: si - 1 };
      if (j === 2) {
        while (si < src.length && (src[si] === NL || src[si] === CR)) si++;
        if (si === src.length) return { errorOffset: src.length };
        if (src[si] !== PAD) return { errorOffset: si - 1 };
        si++;
      }
      while (si < src.length && (src[si] === NL || src[si] === CR)) si++;
      if (si < src.length) trailing = si;
      dlen = j;
      break;
    }
    const val = (dbuf[0]! << 18) | (dbuf[1]! << 12) | (dbuf[2]! << 6) | dbuf[3]!;
    const bytes = [(val >> 16) & 0xff, (val >> 8) & 0xff, val & 0xff];
    out.push(...bytes.slice(0, dlen - 1));
    if (trailing !== undefined) return { errorOffset: trailing };
    if (dlen < 4) break;
  }
  return { bytes: Uint8Array.from(out) };
}

let crcTable: Uint32Array | undefined;

function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const b of data) crc = crcTable[(crc ^ b) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * gzip as Packer's base64gzip writes it: Go's header (no mtime, OS "unknown"), a sync-flushed deflate stream,
 * then Go's empty final stored block. The deflate body comes from zlib, so it can differ from Go's bytes for
 * inputs where the two compressors choose differently; it always decompresses to the same data.
 */
export function goGzip(data: Uint8Array): Buffer {
  const header = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xff]);
  const body = deflateRawSync(data, { finishFlush: zlibConstants.Z_SYNC_FLUSH });
  const finalBlock = Buffer.from([0x01, 0x00, 0x00, 0xff, 0xff]);
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc32(data), 0);
  trailer.writeUInt32LE(data.length >>> 0, 4);
  return Buffer.concat([header, body, finalBlock, trailer]);
}
