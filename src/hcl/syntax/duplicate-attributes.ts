// HCL's parse-time "Attribute redefined" check, on its own so the formatter can use it without the evaluator.
import type * as ast from '../ast/nodes.js';
import { errorDiag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { goQuote } from '../eval/go-quote.js';
import { formatRange } from '../source/pos.js';

/** "Attribute redefined" for every argument set a second time in the same body, in this body and all nested ones. */
export function duplicateAttributeDiagnostics(body: ast.Body): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Map<string, ast.Attribute>();
  for (const item of body.items) {
    if (item.kind === 'Block') {
      out.push(...duplicateAttributeDiagnostics(item.body));
      continue;
    }
    const first = seen.get(item.name);
    if (first === undefined) {
      seen.set(item.name, item);
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
