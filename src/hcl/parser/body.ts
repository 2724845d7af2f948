// Parses bodies: attributes and blocks with labels, with HCL's messages and bracket-aware recovery.
import { errorDiag, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Attribute, Block, Body } from '../ast/nodes.js';
import { rangeBetween, type Range } from '../source/pos.js';
import { TokenType, type Token } from '../lexer/token.js';
import { exact, type Parser } from './parser.js';
import { parseExpression } from './expression.js';
import { finishBlock, startBlock, type BlockHeader } from './block.js';
import { unclosedBlockDetail } from './one-line-block.js';

/** A zero-width range at the end of r. */
export function zeroWidthAtEnd(r: Range): Range {
  return { filename: r.filename, start: r.end, end: r.end };
}

/** A body whose items are being read; `block` is the block it belongs to (none for the outermost body). */
interface OpenBody {
  readonly end: TokenType;
  readonly items: (Attribute | Block)[];
  readonly startRange: Range;
  readonly block: BlockHeader | undefined;
}

/**
 * Parses body items until the `end` token (EOF for a file, `}` for a block). Nested block bodies wait on
 * an explicit stack, so blocks may nest as deeply as the input does.
 */
export function parseBody(p: Parser, end: TokenType): { body: Body; diags: Diagnostic[] } {
  // Diagnostics in the order they are found, which is the order HCL reports them.
  const diags: Diagnostic[] = [];
  const open: OpenBody[] = [];
  let cur: OpenBody = { end, items: [], startRange: p.prevRange(), block: undefined };

  for (;;) {
    const next = p.peek();
    let endRange: Range;
    if (next.type === cur.end) {
      endRange = p.nextRange();
      p.read();
    } else if (next.type === TokenType.Newline) {
      p.read();
      continue;
    } else if (next.type === TokenType.Ident) {
      const started = parseBodyItem(p, diags);
      if (started.kind === 'body') {
        // A block with a multi-line body: read the body's items next, then come back.
        open.push(cur);
        cur = { end: TokenType.CBrace, items: [], startRange: p.prevRange(), block: started.header };
      } else if (started.item !== undefined) {
        // Duplicate arguments are kept: the Body adapter reports "Attribute redefined".
        cur.items.push(started.item);
      }
      continue;
    } else {
      const bad = p.read();
      if (!p.recovery) diags.push(badBodyTokenDiag(bad, cur.end, cur.startRange));
      endRange = p.prevRange(); // arbitrary, but inside the body gives better diagnostics
      p.recover(cur.end);
    }

    const body: Body = { kind: 'Body', items: exact(cur.items), srcRange: rangeBetween(cur.startRange, endRange), endRange: zeroWidthAtEnd(endRange) };
    if (cur.block === undefined) return { body, diags };
    const block = finishBlock(p, cur.block, body, diags);
    cur = open.pop()!;
    cur.items.push(block);
  }
}

function badBodyTokenDiag(bad: Token, end: TokenType, startRange: Range): Diagnostic {
  if (bad.type === TokenType.OQuote) return errorDiag('Invalid argument name', 'Argument names must not be quoted.', bad.range);
  if (bad.type === TokenType.EOF) {
    if (end === TokenType.CBrace) return errorDiag('Unclosed configuration block', unclosedBlockDetail, startRange);
    return errorDiag('Unclosed configuration body', 'Found end of file before the end of this configuration body.', startRange);
  }
  return errorDiag('Argument or block definition required', 'An argument or block definition is required here.', bad.range);
}

/**
 * The item starting at the identifier under the cursor: a finished item (or none, after an error), or a
 * block header whose multi-line body comes next. Diagnostics go to `diags`.
 */
function parseBodyItem(p: Parser, diags: Diagnostic[]): { kind: 'item'; item?: Attribute | Block } | { kind: 'body'; header: BlockHeader } {
  const ident = p.read();
  const next = p.peek();
  switch (next.type) {
    case TokenType.Equal: {
      const r = finishParsingBodyAttribute(p, ident, false);
      diags.push(...r.diags);
      return { kind: 'item', item: r.item };
    }
    case TokenType.OQuote:
    case TokenType.OBrace:
    case TokenType.Ident:
      return startBlock(p, ident, diags);
    default:
      p.recoverAfterBodyItem();
      diags.push(
        errorDiag(
          'Argument or block definition required',
          'An argument or block definition is required here. To set an argument, use the equals sign "=" to introduce the argument value.',
          ident.range,
        ),
      );
      return { kind: 'item' };
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
