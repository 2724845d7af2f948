// Parses bodies: attributes, blocks with labels, and the one-line `a { b = c }` block form, with HCL's messages.
import { errorDiag, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Attribute, Block, Body } from '../ast/nodes.js';
import { rangeBetween, type Range } from '../source/pos.js';
import { TokenType, type Token } from '../lexer/token.js';
import type { Parser } from './parser.js';
import { parseExpression } from './expression.js';
import { parseQuotedStringLiteral } from './quoted-label.js';

const uncloseBlockDetail =
  'There is no closing brace for this block before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.';

function zeroWidthAtEnd(r: Range): Range {
  return { filename: r.filename, start: r.end, end: r.end };
}

/** Parses body items until the `end` token (EOF for a file, `}` for a block). */
export function parseBody(p: Parser, end: TokenType): { body: Body; diags: Diagnostic[] } {
  const items: (Attribute | Block)[] = [];
  const diags: Diagnostic[] = [];
  const startRange = p.prevRange();
  let endRange: Range;

  for (;;) {
    const next = p.peek();
    if (next.type === end) {
      endRange = p.nextRange();
      p.read();
      break;
    }
    if (next.type === TokenType.Newline) {
      p.read();
      continue;
    }
    if (next.type === TokenType.Ident) {
      const { item, diags: itemDiags } = parseBodyItem(p);
      diags.push(...itemDiags);
      // Duplicate arguments are kept: the Body adapter reports "Attribute redefined".
      if (item !== undefined) items.push(item);
      continue;
    }
    const bad = p.read();
    if (!p.recovery) {
      if (bad.type === TokenType.OQuote) {
        diags.push(errorDiag('Invalid argument name', 'Argument names must not be quoted.', bad.range));
      } else if (bad.type === TokenType.EOF) {
        if (end === TokenType.CBrace) {
          diags.push(errorDiag('Unclosed configuration block', uncloseBlockDetail, startRange));
        } else {
          diags.push(errorDiag('Unclosed configuration body', 'Found end of file before the end of this configuration body.', startRange));
        }
      } else {
        diags.push(errorDiag('Argument or block definition required', 'An argument or block definition is required here.', bad.range));
      }
    }
    endRange = p.prevRange(); // arbitrary, but inside the body gives better diagnostics
    p.recover(end);
    break;
  }

  return {
    body: { kind: 'Body', items, srcRange: rangeBetween(startRange, endRange), endRange: zeroWidthAtEnd(endRange) },
    diags,
  };
}

function parseBodyItem(p: Parser): { item?: Attribute | Block; diags: Diagnostic[] } {
  const ident = p.read();
  if (ident.type !== TokenType.Ident) {
    p.recoverAfterBodyItem();
    return { diags: [errorDiag('Argument or block definition required', 'An argument or block definition is required here.', ident.range)] };
  }
  const next = p.peek();
  switch (next.type) {
    case TokenType.Equal:
      return finishParsingBodyAttribute(p, ident, false);
    case TokenType.OQuote:
    case TokenType.OBrace:
    case TokenType.Ident:
      return finishParsingBodyBlock(p, ident);
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

/** The body of `foo { bar = baz }`: exactly one attribute, then the closing brace on the same line. */
function parseSingleAttrBody(p: Parser): { body?: Body; diags: Diagnostic[] } {
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

function finishParsingBodyAttribute(p: Parser, ident: Token, singleLine: boolean): { item: Attribute; diags: Diagnostic[] } {
  const eqTok = p.read(); // the caller saw the equals sign
  let endRange: Range;
  const { node: expr, diags } = parseExpression(p);
  if (p.recovery && hasErrors(diags)) {
    // Recovery inside expressions is tricky; resync at the start of the next body item.
    endRange = p.prevRange();
    p.recoverAfterBodyItem();
  } else {
    endRange = p.prevRange();
    if (!singleLine) {
      const end = p.peek();
      if (end.type !== TokenType.Newline && end.type !== TokenType.EOF) {
        if (!p.recovery) {
          let summary = 'Missing newline after argument';
          let detail = 'An argument definition must end with a newline.';
          if (end.type === TokenType.Comma) {
            summary = 'Unexpected comma after argument';
            detail = 'Argument definitions must be separated by newlines, not commas. ' + detail;
          }
          diags.push(errorDiag(summary, detail, end.range, rangeBetween(ident.range, end.range)));
        }
        endRange = p.prevRange();
        p.recoverAfterBodyItem();
      } else {
        endRange = p.prevRange();
        p.read(); // the newline
      }
    }
  }
  return {
    item: {
      kind: 'Attribute',
      name: ident.text,
      expr,
      srcRange: rangeBetween(ident.range, endRange),
      nameRange: ident.range,
      equalsRange: eqTok.range,
    },
    diags,
  };
}

function placeholderBody(r: Range): Body {
  return { kind: 'Body', items: [], srcRange: r, endRange: r };
}

function finishParsingBodyBlock(p: Parser, ident: Token): { item: Block; diags: Diagnostic[] } {
  const diags: Diagnostic[] = [];
  const labels: string[] = [];
  const labelRanges: Range[] = [];
  let oBrace: Token | undefined;

  while (oBrace === undefined) {
    const tok = p.peek();
    if (tok.type === TokenType.OBrace) {
      oBrace = p.read();
    } else if (tok.type === TokenType.OQuote) {
      // Recovers up to the closing quote on problems, so we can keep looking for labels and the body.
      const label = parseQuotedStringLiteral(p);
      diags.push(...label.diags);
      labels.push(label.value);
      labelRanges.push(label.range);
    } else if (tok.type === TokenType.Ident) {
      p.read();
      labels.push(tok.text);
      labelRanges.push(tok.range);
    } else {
      const context = rangeBetween(ident.range, tok.range);
      if (tok.type === TokenType.Equal) {
        diags.push(
          errorDiag(
            'Invalid block definition',
            'The equals sign "=" indicates an argument definition, and must not be used when defining a block.',
            tok.range,
            context,
          ),
        );
      } else if (tok.type === TokenType.Newline) {
        diags.push(
          errorDiag(
            'Invalid block definition',
            'A block definition must have block content delimited by "{" and "}", starting on the same line as the block header.',
            tok.range,
            context,
          ),
        );
      } else if (!p.recovery) {
        diags.push(
          errorDiag('Invalid block definition', 'Either a quoted string block label or an opening brace ("{") is expected here.', tok.range, context),
        );
      }
      p.recoverAfterBodyItem();
      return {
        item: {
          kind: 'Block',
          type: ident.text,
          labels,
          body: placeholderBody(ident.range),
          typeRange: ident.range,
          labelRanges,
          openBraceRange: ident.range, // placeholder
          closeBraceRange: ident.range, // placeholder
          srcRange: ident.range,
        },
        diags,
      };
    }
  }

  // The cursor is just after the opening brace.
  let body: Body | undefined;
  let bodyDiags: Diagnostic[];
  const first = p.peek().type;
  if (first === TokenType.Newline || first === TokenType.EOF || first === TokenType.CBrace) {
    ({ body, diags: bodyDiags } = parseBody(p, TokenType.CBrace));
  } else {
    // The special one-line, single-argument block form.
    ({ body, diags: bodyDiags } = parseSingleAttrBody(p));
    diags.push(...singleLineBlockEnd(p, ident, oBrace));
  }
  diags.push(...bodyDiags);
  const cBraceRange = p.prevRange();

  const eol = p.peek();
  if (eol.type === TokenType.Newline || eol.type === TokenType.EOF) {
    p.read();
  } else {
    if (!p.recovery) {
      diags.push(
        errorDiag(
          'Missing newline after block definition',
          'A block definition must end with a newline.',
          eol.range,
          rangeBetween(ident.range, eol.range),
        ),
      );
    }
    p.recoverAfterBodyItem();
  }

  // Never a missing body: callers may analyse a partial result.
  body ??= { kind: 'Body', items: [], srcRange: rangeBetween(oBrace.range, cBraceRange), endRange: cBraceRange };

  return {
    item: {
      kind: 'Block',
      type: ident.text,
      labels,
      body,
      typeRange: ident.range,
      labelRanges,
      openBraceRange: oBrace.range,
      closeBraceRange: cBraceRange,
      srcRange: rangeBetween(ident.range, cBraceRange),
    },
    diags,
  };
}

/** After a one-line block's argument: expects the closing brace, explaining the common mistakes. */
function singleLineBlockEnd(p: Parser, ident: Token, oBrace: Token): Diagnostic[] {
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
          diags.push(errorDiag('Unclosed configuration block', uncloseBlockDetail, oBrace.range, rangeBetween(ident.range, oBrace.range)));
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
