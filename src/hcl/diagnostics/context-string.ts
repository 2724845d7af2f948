// Names the construct around a source offset, for the ", in source "docker" "x"" part of a diagnostic.
import type { Body } from '../ast/nodes.js';
import type { JsonNode } from '../json/ast.js';
import { goQuote } from './go-quote.js';

/** Native syntax: the header of the top-level block containing the byte offset (`build`, `source "docker" "x"`). */
export function blockContextString(body: Body, byte: number): string {
  for (const item of body.items) {
    if (item.kind !== 'Block') continue;
    const r = item.srcRange;
    if (byte >= r.start.byte && byte < r.end.byte) {
      return [item.type, ...item.labels.map(goQuote)].join(' ');
    }
  }
  return '';
}

/** JSON syntax: the path of object keys and array indexes leading to the offset (`source.docker.x`). */
export function jsonContextString(root: JsonNode, byte: number): string {
  const steps: string[] = [];
  let node: JsonNode | undefined = root;
  while (node !== undefined) {
    let next: JsonNode | undefined;
    if (node.kind === 'object') {
      for (const p of node.properties) {
        if (isContainer(p.value) && contains(p.value, byte)) {
          steps.push('.' + p.name);
          next = p.value;
          break;
        }
      }
    } else if (node.kind === 'array') {
      for (let i = 0; i < node.values.length; i++) {
        const v = node.values[i]!;
        if (isContainer(v) && contains(v, byte)) {
          steps.push(`[${i}]`);
          next = v;
          break;
        }
      }
    }
    node = next;
  }
  const s = steps.join('');
  return s.startsWith('.') ? s.slice(1) : s;
}

function isContainer(n: JsonNode): boolean {
  return n.kind === 'object' || n.kind === 'array';
}

function contains(n: JsonNode, byte: number): boolean {
  return byte >= n.range.start.byte && byte < n.range.end.byte;
}
