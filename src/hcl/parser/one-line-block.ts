// The one-line block form `a { b = c }`: exactly one argument, closed on the same line, with HCL's explanations.
import { errorDiag, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Attribute, Body } from '../ast/nodes.js';
import { rangeBetween } from '../source/pos.js';
import { TokenType, type Token } from '../lexer/token.js';
import type { Parser } from './parser.js';
import { finishParsingBodyAttribute, zeroWidthAtEnd } from './body.js';

export const unclosedBlockDetail =
  'There is no closing brace for this block before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.';

/** The body of `foo { bar = baz }`: exactly one attribute, then the closing brace on the same line. */
export function parseSingleAttrBody(p: Parser): { body?: Body; diags: Diagnostic[] } {
  const ident = p.read();
  if (ident.type !== TokenType.Ident) {
    p.recoverAfterBodyItem();
    return { diags: [errorDiag('Argument or block definition required', 'An argument or block definition is required here.', ident.range)] };
  }
  const next = p.peek();
  switch (next.type) {
    case TokenType.Equal: {
      const { item, diags } = finishParsingBodyAttribute(p, ident, true);
      const attr = item as Attribute;
      return {
        body: { kind: 'Body', items: [attr], srcRange: attr.srcRange, endRange: zeroWidthAtEnd(attr.srcRange) },
        diags,
      };
    }
    case TokenType.OQuote:
    case TokenType.OBrace:
    case TokenType.Ident:
      p.recoverAfterBodyItem();
      return {
        diags: [
          errorDiag(
            'Argument definition required',
            `A single-line block definition can contain only a single argument. If you meant to define argument "${ident.text}", use an equals sign to assign it a value. To define a nested block, place it on a line of its own within its parent block.`,
            rangeBetween(ident.range, next.range),
          ),
        ],
      };
    default:
      p.recoverAfterBodyItem();
      return {
        diags: [
          errorDiag(
            'Argument or block definition required',
            'An argument or block definition is required here. To set an argument, use the equals sign "=" to introduce the argument value.',
            ident.range,
          ),
        ],
      };
  }
}

/** After a one-line block's argument: expects the closing brace, explaining the common mistakes. */
export function singleLineBlockEnd(p: Parser, ident: Token, oBrace: Token): Diagnostic[] {
  const diags: Diagnostic[] = [];
  const next = p.peek();
  switch (next.type) {
    case TokenType.CBrace:
      p.read();
      return diags;
    case TokenType.Comma:
      // Looks like the object-constructor comma style, which blocks do not allow.
      diags.push(
        errorDiag(
          'Invalid single-argument block definition',
          'Single-line block syntax can include only one argument definition. To define multiple arguments, use the multi-line block syntax with one argument definition per line.',
          next.range,
        ),
      );
      p.recover(TokenType.CBrace);
      return diags;
    case TokenType.Newline:
      // No mixtures of single and multi-line syntax.
      diags.push(
        errorDiag(
          'Invalid single-argument block definition',
          "An argument definition on the same line as its containing block creates a single-line block definition, which must also be closed on the same line. Place the block's closing brace immediately after the argument definition.",
          next.range,
        ),
      );
      p.recover(TokenType.CBrace);
      return diags;
    default:
      if (!p.recovery) {
        if (next.type === TokenType.EOF) {
          diags.push(errorDiag('Unclosed configuration block', unclosedBlockDetail, oBrace.range, rangeBetween(ident.range, oBrace.range)));
        } else {
          diags.push(
            errorDiag(
              'Invalid single-argument block definition',
              'A single-line block definition must end with a closing brace immediately after its single argument definition.',
              next.range,
            ),
          );
        }
      }
      p.recover(TokenType.CBrace);
      return diags;
  }
}
