// Public entry points of the native-syntax parser: whole files, standalone expressions, templates and traversals.
import { errorDiag, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Body, Expr, Traverser } from '../ast/nodes.js';
import { initialPos, type Pos } from '../source/pos.js';
import { TokenType } from '../lexer/token.js';
import { TokenStream } from '../lexer/token-stream.js';
import { DynamicVal } from '../value/value.js';
import { Parser } from './parser.js';
import { parseBody } from './body.js';
import { parseExpression as parseExpr } from './expression.js';
import { parseTemplateUntil } from './template.js';
import { parseTraversal } from './traversal-abs.js';
import { isStackOverflow } from '../eval/too-deep.js';

export { parseStringLiteralToken } from './string-literal.js';

/** Runs a parse, turning an unexpected exception (a bug) into a diagnostic instead of a crash. */
function guarded<T>(tokens: TokenStream, run: () => T, fallback: () => T): { result: T; diags: Diagnostic[] } {
  try {
    return { result: run(), diags: [] };
  } catch (err) {
    const eof = tokens.eof();
    const msg = err instanceof Error ? err.message : String(err);
    const diag = isStackOverflow(err)
      ? errorDiag('Nested too deeply', 'This source nests brackets, braces or interpolations more deeply than the parser can follow. Reduce the nesting.', eof.range)
      : errorDiag('Internal parser error', `The parser failed unexpectedly (${msg}). This is a bug; please report it.`, eof.range);
    return { result: fallback(), diags: [diag] };
  }
}

/** Parses a whole configuration file. With errors the body may be incomplete, but is always well-formed. */
export function parseConfig(src: string, filename: string, start: Pos = initialPos): { body: Body; diagnostics: Diagnostic[] } {
  const tokens = new TokenStream(src, filename, start, 'config');
  const { result, diags } = guarded(
    tokens,
    () => parseBody(new Parser(tokens), TokenType.EOF),
    () => {
      const r = tokens.eof().range;
      return { body: { kind: 'Body', items: [], srcRange: r, endRange: r } satisfies Body, diags: [] };
    },
  );
  const diagnostics = tokens.invalidTokenDiagnostics();
  diagnostics.push(...result.diags, ...diags);
  return { body: result.body, diagnostics };
}

/** Parses a standalone expression (newlines are insignificant, as inside parentheses). */
export function parseExpression(src: string, filename: string, start: Pos = initialPos): { expr: Expr; diagnostics: Diagnostic[] } {
  const tokens = new TokenStream(src, filename, start, 'expression');
  const { result, diags } = guarded(
    tokens,
    () => {
      const p = new Parser(tokens);
      p.pushIncludeNewlines(false);
      const e = parseExpr(p);
      const next = p.peek();
      if (next.type !== TokenType.EOF && !p.recovery) {
        e.diags.push(
          errorDiag('Extra characters after expression', 'An expression was successfully parsed, but extra characters were found after it.', next.range),
        );
      }
      p.popIncludeNewlines();
      return { expr: e.node, diags: e.diags };
    },
    () => ({ expr: placeholderAt(tokens), diags: [] }),
  );
  const diagnostics = tokens.invalidTokenDiagnostics();
  diagnostics.push(...result.diags, ...diags);
  return { expr: result.expr, diagnostics };
}

/** Parses a standalone template, as templatefile reads it. */
export function parseTemplate(src: string, filename: string, start: Pos = initialPos): { expr: Expr; diagnostics: Diagnostic[] } {
  const tokens = new TokenStream(src, filename, start, 'template');
  const { result, diags } = guarded(
    tokens,
    () => parseTemplateUntil(new Parser(tokens), TokenType.EOF, false),
    () => ({ expr: placeholderAt(tokens), diags: [] }),
  );
  const diagnostics = tokens.invalidTokenDiagnostics();
  diagnostics.push(...result.diags, ...diags);
  return { expr: result.expr, diagnostics };
}

/** Parses an absolute traversal such as `var.foo[0]["bar"]`. */
export function parseTraversalAbs(src: string, filename: string, start: Pos = initialPos): { traversal: Traverser[]; diagnostics: Diagnostic[] } {
  return traversalEntry(src, filename, start, false);
}

/** Like parseTraversalAbs, but `[*]` steps are allowed and become splat traversers. */
export function parseTraversalPartial(src: string, filename: string, start: Pos = initialPos): { traversal: Traverser[]; diagnostics: Diagnostic[] } {
  return traversalEntry(src, filename, start, true);
}

function traversalEntry(src: string, filename: string, start: Pos, allowSplats: boolean): { traversal: Traverser[]; diagnostics: Diagnostic[] } {
  const tokens = new TokenStream(src, filename, start, 'expression');
  const { result, diags } = guarded(
    tokens,
    () => {
      const p = new Parser(tokens);
      p.pushIncludeNewlines(false);
      return parseTraversal(p, allowSplats);
    },
    () => ({ traversal: [], diags: [] }),
  );
  const diagnostics = tokens.invalidTokenDiagnostics();
  diagnostics.push(...result.diags, ...diags);
  return { traversal: result.traversal, diagnostics };
}

function placeholderAt(tokens: TokenStream): Expr {
  const first = tokens.first().range;
  const last = tokens.eof().range;
  return { kind: 'LiteralValue', value: DynamicVal, srcRange: { filename: first.filename, start: first.start, end: last.end } };
}
