// The JSON syntax's only link to the native syntax: parsing string contents as templates, expressions and traversals.
import type { Traversal } from '../ast/nodes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { parseExpression, parseTemplate, parseTraversalAbs } from '../parser/index.js';
import type { Pos } from '../source/pos.js';
import type { Expression } from '../structure.js';
import { wrapExpression } from '../syntax/expression.js';

/** Parses a standalone native template (the contents of a JSON string) into an evaluable expression. */
export function parseNativeTemplate(src: string, filename: string, start: Pos): { expr: Expression; diagnostics: Diagnostic[] } {
  const r = parseTemplate(src, filename, start);
  return { expr: wrapExpression(r.expr), diagnostics: r.diagnostics };
}

/** Parses a native expression (not a template), for static call analysis. */
export function parseNativeExpression(src: string, filename: string, start: Pos): { expr: Expression; diagnostics: Diagnostic[] } {
  const r = parseExpression(src, filename, start);
  return { expr: wrapExpression(r.expr), diagnostics: r.diagnostics };
}

/** Parses an absolute traversal (`var.foo[0]`), for static keyword analysis. */
export function parseNativeTraversalAbs(src: string, filename: string, start: Pos): { traversal: Traversal; diagnostics: Diagnostic[] } {
  return parseTraversalAbs(src, filename, start);
}
