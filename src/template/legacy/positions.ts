// Maps offsets inside a decoded JSON string back to file positions, so template errors point into the string.
import type { JsonString } from '../../hcl/json/ast.js';
import type { Pos, Range } from '../../hcl/source/pos.js';

/** The last file's UTF-8 bytes (ranges carry byte offsets; one template is interpolated at a time). */
let cached: { src: string; bytes: Buffer } | undefined;

function bytesOf(src: string): Buffer {
  if (cached?.src !== src) cached = { src, bytes: Buffer.from(src, 'utf8') };
  return cached.bytes;
}

/**
 * The range covering decoded characters [from, to) of the string node. Falls back to the whole string when
 * the source text is not available.
 */
export function rangeInString(node: JsonString, src: string | undefined, from: number, to: number): Range {
  if (src === undefined) return node.range;
  const raw = bytesOf(src).subarray(node.range.start.byte, node.range.end.byte).toString('utf8');
  if (!raw.startsWith('"')) return node.range;
  const positions: Pos[] = [];
  let { line, column, byte } = node.range.start;
  column++;
  byte++;
  let i = 1;
  while (i < raw.length - 1) {
    const here: Pos = { line, column, byte };
    let width = 1;
    let units = 1;
    if (raw[i] === '\\') {
      width = raw[i + 1] === 'u' ? 6 : 2;
    } else {
      const cp = raw.codePointAt(i) ?? 0;
      units = cp > 0xffff ? 2 : 1;
      width = units;
    }
    const text = raw.slice(i, i + width);
    for (let u = 0; u < units; u++) positions.push(here);
    i += width;
    column += raw[i - width] === '\\' ? width : 1;
    byte += Buffer.byteLength(text, 'utf8');
  }
  positions.push({ line, column, byte });
  const start = positions[Math.min(from, positions.length - 1)] ?? node.range.start;
  const end = positions[Math.min(Math.max(to, from), positions.length - 1)] ?? node.range.end;
  return { filename: node.range.filename, start, end };
}
