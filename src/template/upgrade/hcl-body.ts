// Writes a legacy component's JSON configuration as an HCL2 body, as Packer's jsonBodyToHCL2Body does.
import type { JsonNode, JsonProperty } from '../../hcl/json/ast.js';
import { translateString, type TranslateState } from './translate.js';

const identRe = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** An HCL expression for a JSON value (strings translated from Go templates). */
export function hclValue(node: JsonNode, st: TranslateState, indent: string): string {
  switch (node.kind) {
    case 'string':
      return translateString(node.value, st);
    case 'number':
      return node.text;
    case 'bool':
      return String(node.value);
    case 'null':
    case 'invalid':
      return 'null';
    case 'array':
      return node.values.length === 0 ? '[]' : `[${node.values.map((v) => hclValue(v, st, indent)).join(', ')}]`;
    case 'object': {
      if (node.properties.length === 0) return '{}';
      const inner = `${indent}  `;
      const lines = node.properties.map((p) => `${inner}${identRe.test(p.name) ? p.name : JSON.stringify(p.name)} = ${hclValue(p.value, st, inner)}`);
      return `{\n${lines.join('\n')}\n${indent}}`;
    }
  }
}

const isScalar = (n: JsonNode): boolean => n.kind === 'string' || n.kind === 'number' || n.kind === 'bool' || n.kind === 'null';

/**
 * The body lines, keys sorted as Packer sorts them. Objects whose values are objects or lists become nested
 * blocks; lists of objects become repeated blocks; everything else is an attribute.
 */
export function hclBodyLines(props: readonly JsonProperty[], st: TranslateState, indent: string): string[] {
  const byName = new Map<string, JsonNode>();
  for (const p of props) byName.set(p.name, p.value);
  const names = [...byName.keys()].sort();
  const lines: string[] = [];
  for (const name of names) {
    const v = byName.get(name) as JsonNode;
    if (v.kind === 'object' && v.properties.length > 0 && !v.properties.every((p) => isScalar(p.value))) {
      lines.push(`${indent}${name} {`, ...hclBodyLines(v.properties, st, `${indent}  `), `${indent}}`);
      continue;
    }
    if (v.kind === 'array') {
      if (v.values.length === 0) continue;
      if (v.values.some((e) => e.kind === 'object')) {
        for (const e of v.values) {
          if (e.kind !== 'object') continue;
          lines.push(`${indent}${name} {`, ...hclBodyLines(e.properties, st, `${indent}  `), `${indent}}`);
        }
        continue;
      }
    }
    lines.push(`${indent}${name} = ${hclValue(v, st, indent)}`);
  }
  return lines;
}
