// "in foo.bar[0]" context for diagnostics: the path of containers around a byte offset, as HCL's json navigation.
import type { Range } from '../source/pos.js';
import type { JsonNode } from './ast.js';

/** The dotted/indexed path to the innermost object or array containing `byteOffset`, or "" at the root. */
export function jsonContextString(root: JsonNode, byteOffset: number): string {
  const steps: string[] = [];
  let node: JsonNode | undefined = root;
  while (node !== undefined) {
    const current: JsonNode = node;
    node = undefined;
    if (current.kind === 'object') {
      for (const prop of current.properties) {
        if (isContainer(prop.value) && contains(prop.value.range, byteOffset)) {
          steps.push('.' + prop.name);
          node = prop.value;
          break;
        }
      }
    } else if (current.kind === 'array') {
      for (const [i, elem] of current.values.entries()) {
        if (isContainer(elem) && contains(elem.range, byteOffset)) {
          steps.push(`[${i}]`);
          node = elem;
          break;
        }
      }
    }
  }
  const s = steps.join('');
  return s.startsWith('.') ? s.slice(1) : s;
}

function isContainer(n: JsonNode): boolean {
  return n.kind === 'object' || n.kind === 'array';
}

function contains(r: Range, offset: number): boolean {
  return offset >= r.start.byte && offset < r.end.byte;
}
