// Parses bodies: attributes and blocks with labels, with HCL's messages and bracket-aware recovery.
import { errorDiag, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Attribute, Block, Body } from '../ast/nodes.js';
import { rangeBetween, type Range } from '../source/pos.js';
import { TokenType, type Token } from '../lexer/token.js';
import { exact, type Parser } from './parser.js';
import { parseExpression } from './expression.js';
import { parseQuotedStringLiteral } from './quoted-label.js';
import { parseSingleAttrBody, singleLineBlockEnd, unclosedBlockDetail } from './one-line-block.js';

/** A zero-width range at the end of r. */
export function zeroWidthAtEnd(r: Range): Range {
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
          diags.push(errorDiag('Unclosed configuration block', unclosedBlockDetail, startRange));
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
    body: { kind: 'Body', items: exact(items), srcRange: rangeBetween(startRange, endRange), endRange: zeroWidthAtEnd(endRange) },
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

export function finishParsingBodyAttribute(p: Parser, ident: Token, singleLine: boolean): { item: Attribute; diags: Diagnostic[] } {
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
          labels: exact(labels),
          body: placeholderBody(ident.range),
          typeRange: ident.range,
          labelRanges: exact(labelRanges),
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
      labels: exact(labels),
      body,
      typeRange: ident.range,
      labelRanges: exact(labelRanges),
      openBraceRange: oBrace.range,
      closeBraceRange: cBraceRange,
      srcRange: rangeBetween(ident.range, cBraceRange),
    },
    diags,
  };
}
