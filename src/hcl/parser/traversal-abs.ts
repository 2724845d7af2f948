// Parses a bare absolute traversal (`var.foo[0]["k"]`), without general expressions, as HCL's ParseTraversalAbs.
import { errorDiag, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Traverser } from '../ast/nodes.js';
import { rangeBetween } from '../source/pos.js';
import { TokenType } from '../lexer/token.js';
import { Value } from '../value/value.js';
import type { Parser } from './parser.js';
import { numberLitValue } from './number-literal.js';
import { parseQuotedStringLiteral } from './quoted-label.js';

const unclosedIndex = 'Index key must be followed by a closing bracket.';

/** With allowSplats, `[*]` steps become splat traversers (HCL's ParseTraversalPartial). */
export function parseTraversal(p: Parser, allowSplats: boolean): { traversal: Traverser[]; diags: Diagnostic[] } {
  const ret: Traverser[] = [];
  const diags: Diagnostic[] = [];
  const varTok = p.read();
  if (varTok.type !== TokenType.Ident) {
    diags.push(errorDiag('Variable name required', 'Must begin with a variable name.', varTok.range));
    return { traversal: ret, diags };
  }
  ret.push({ kind: 'root', name: varTok.text, srcRange: varTok.range });

  for (;;) {
    const next = p.peek();
    if (next.type === TokenType.EOF) return { traversal: ret, diags };

    if (next.type === TokenType.Dot) {
      const dot = p.read();
      const nameTok = p.read();
      if (nameTok.type !== TokenType.Ident) {
        const detail = nameTok.type === TokenType.Star ? 'Splat expressions (.*) may not be used here.' : 'Dot must be followed by attribute name.';
        diags.push(errorDiag('Attribute name required', detail, nameTok.range, rangeBetween(varTok.range, nameTok.range)));
        return { traversal: ret, diags };
      }
      ret.push({ kind: 'attr', name: nameTok.text, srcRange: rangeBetween(dot.range, nameTok.range) });
      continue;
    }

    if (next.type === TokenType.OBrack) {
      const open = p.read();
      const keyTok = p.peek();
      let key: Value | 'splat';
      if (keyTok.type === TokenType.NumberLit) {
        p.read();
        const n = numberLitValue(keyTok);
        diags.push(...n.diags);
        key = n.value;
      } else if (keyTok.type === TokenType.OQuote) {
        const s = parseQuotedStringLiteral(p);
        diags.push(...s.diags);
        key = Value.string(s.value);
      } else if (keyTok.type === TokenType.Star && allowSplats) {
        p.read();
        key = 'splat';
      } else {
        if (keyTok.type === TokenType.Star) {
          diags.push(
            errorDiag('Attribute name required', 'Splat expressions ([*]) may not be used here.', keyTok.range, rangeBetween(varTok.range, keyTok.range)),
          );
        } else {
          diags.push(
            errorDiag(
              'Index value required',
              'Index brackets must contain either a literal number or a literal string.',
              keyTok.range,
              rangeBetween(varTok.range, keyTok.range),
            ),
          );
        }
        return { traversal: ret, diags };
      }
      const close = p.read();
      if (close.type !== TokenType.CBrack) {
        diags.push(errorDiag('Unclosed index brackets', unclosedIndex, close.range, rangeBetween(open.range, close.range)));
      }
      const srcRange = rangeBetween(open.range, close.range);
      ret.push(key === 'splat' ? { kind: 'splat', srcRange } : { kind: 'index', key, srcRange });
      if (hasErrors(diags)) return { traversal: ret, diags };
      continue;
    }

    diags.push(
      errorDiag('Invalid character', 'Expected an attribute access or an index operator.', next.range, rangeBetween(varTok.range, next.range)),
    );
    return { traversal: ret, diags };
  }
}
