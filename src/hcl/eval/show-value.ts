// A compact, type-revealing rendering of values for tests and debugging (not user output).
import { typeExpression } from '../value/type.js';
import type { Value } from '../value/value.js';

/**
 * `"s"`, `1.5`, `true`, `null(string)`, `unknown(number)`, tuples `[a, b]`, `list(a, b)`, `set(...)`,
 * objects `{a = 1}`, `map{a = 1}`; marks are appended as `!sensitive`.
 */
export function showValue(v: Value): string {
  const mark = v.marks.size > 0 ? `!${[...v.marks].join('!')}` : '';
  return showInner(v) + mark;
}

function showInner(v: Value): string {
  const t = v.type;
  if (!v.isKnown) return `unknown(${typeExpression(t)})`;
  if (v.isNull) return `null(${typeExpression(t)})`;
  switch (t.kind) {
    case 'string':
      return JSON.stringify(v.asString());
    case 'number':
      return v.asNum().toString();
    case 'bool':
      return String(v.asBool());
    case 'tuple':
      return `[${v.elements().map(showValue).join(', ')}]`;
    case 'list':
    case 'set': {
      const inner = v.elements().map(showValue).join(', ');
      return inner === '' ? `${t.kind}(${typeExpression(t.element)})` : `${t.kind}(${inner})`;
    }
    case 'object':
    case 'map': {
      const inner = [...v.attributes()].map(([k, e]) => `${k} = ${showValue(e)}`).join(', ');
      if (t.kind === 'map' && inner === '') return `map(${typeExpression(t.element)}){}`;
      return `${t.kind === 'map' ? 'map' : ''}{${inner}}`;
    }
    case 'dynamic':
      return 'dynamic';
  }
}
