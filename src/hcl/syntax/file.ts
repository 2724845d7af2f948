// Parsing a native-syntax file straight into the syntax-agnostic Body, plus the checks HCL makes at parse time.
import type * as ast from '../ast/nodes.js';
import { errorDiag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { goQuote } from '../eval/go-quote.js';
import { parseConfig } from '../parser/index.js';
import { formatRange } from '../source/pos.js';
import type { Body } from '../structure.js';
import { wrapBody } from './body.js';

export interface HclFile {
  body: Body;
  bytes: string;
  ast: ast.Body;
}

/** Parses native HCL source; diagnostics include the parser's and "Attribute redefined" for repeated arguments. */
export function parseAndWrap(src: string, filename: string): { file: HclFile; diagnostics: Diagnostic[] } {
  const parsed = parseConfig(src, filename);
  const diagnostics = [...parsed.diagnostics, ...duplicateAttributeDiagnostics(parsed.body)];
  return { file: { body: wrapBody(parsed.body), bytes: src, ast: parsed.body }, diagnostics };
}

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
