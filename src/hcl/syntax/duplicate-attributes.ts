// HCL's parse-time "Attribute redefined" check, on its own so the formatter can use it without the evaluator.
import type * as ast from '../ast/nodes.js';
import { errorDiag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { goQuote } from '../eval/go-quote.js';
import { formatRange } from '../source/pos.js';

/** "Attribute redefined" for every argument set a second time in the same body, in this body and all nested ones. */
export function duplicateAttributeDiagnostics(root: ast.Body): Diagnostic[] {
  const out: Diagnostic[] = [];
  // Bodies being checked, innermost last (blocks may nest deeper than the call stack allows); a nested
  // block's diagnostics come where the block is, as a recursive walk would give them.
  const open: { items: readonly (ast.Attribute | ast.Block)[]; next: number; seen: Map<string, ast.Attribute> }[] = [
    { items: root.items, next: 0, seen: new Map() },
  ];
  while (open.length > 0) {
    const body = open[open.length - 1]!;
    const item = body.items[body.next++];
    if (item === undefined) {
      open.pop();
      continue;
    }
    if (item.kind === 'Block') {
      open.push({ items: item.body.items, next: 0, seen: new Map() });
      continue;
    }
    const first = body.seen.get(item.name);
    if (first === undefined) {
      body.seen.set(item.name, item);
      continue;
    }
    out.push(
      errorDiag(
        'Attribute redefined',
        `The argument ${goQuote(item.name)} was already set at ${formatRange(first.nameRange)}. Each argument may be set only once.`,
        item.nameRange,
      ),
    );
  }
  return out;
}
