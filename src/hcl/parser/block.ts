// Parses block headers (`type "label" label {`) and what follows a block's body, for parseBody's loop.
import { errorDiag, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Block, Body } from '../ast/nodes.js';
import { rangeBetween, type Range } from '../source/pos.js';
import { TokenType, type Token } from '../lexer/token.js';
import { exact, type Parser } from './parser.js';
import { parseQuotedStringLiteral } from './quoted-label.js';
import { parseSingleAttrBody, singleLineBlockEnd } from './one-line-block.js';

/** A block whose header was read, up to and including its opening brace. */
export interface BlockHeader {
  readonly ident: Token;
  readonly labels: string[];
  readonly labelRanges: Range[];
  readonly oBrace: Token;
}

/**
 * Reads a block's labels and opening brace (the type identifier was read). A one-line block is read to its
 * end; a block with a multi-line body returns its header, and the caller reads the body and then calls
 * finishBlock. Diagnostics go to `diags`.
 */
export function startBlock(p: Parser, ident: Token, diags: Diagnostic[]): { kind: 'item'; item: Block } | { kind: 'body'; header: BlockHeader } {
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
        kind: 'item',
        item: {
          kind: 'Block',
          type: ident.text,
          labels: exact(labels),
          body: { kind: 'Body', items: [], srcRange: ident.range, endRange: ident.range },
          typeRange: ident.range,
          labelRanges: exact(labelRanges),
          openBraceRange: ident.range, // placeholder
          closeBraceRange: ident.range, // placeholder
          srcRange: ident.range,
        },
      };
    }
  }

  // The cursor is just after the opening brace.
  const header: BlockHeader = { ident, labels, labelRanges, oBrace };
  const first = p.peek().type;
  if (first === TokenType.Newline || first === TokenType.EOF || first === TokenType.CBrace) return { kind: 'body', header };

  // The special one-line, single-argument block form. Its closing diagnostics come before the argument's.
  const single = parseSingleAttrBody(p);
  diags.push(...singleLineBlockEnd(p, ident, oBrace));
  diags.push(...single.diags);
  return { kind: 'item', item: finishBlock(p, header, single.body, diags) };
}

/** After the block's body and closing brace: the newline that must follow, and the Block itself. */
export function finishBlock(p: Parser, header: BlockHeader, parsedBody: Body | undefined, diags: Diagnostic[]): Block {
  const { ident, oBrace } = header;
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
  const body = parsedBody ?? { kind: 'Body', items: [], srcRange: rangeBetween(oBrace.range, cBraceRange), endRange: cBraceRange };

  return {
    kind: 'Block',
    type: ident.text,
    labels: exact(header.labels),
    body,
    typeRange: ident.range,
    labelRanges: exact(header.labelRanges),
    openBraceRange: oBrace.range,
    closeBraceRange: cBraceRange,
    srcRange: rangeBetween(ident.range, cBraceRange),
  };
}
