// Parses function calls `name(args...)`, namespaced names `a::b(...)` and the final-argument `...` expansion.
import { errorDiag, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Expr } from '../ast/nodes.js';
import { rangeBetween, type Range } from '../source/pos.js';
import { TokenType, type Token } from '../lexer/token.js';
import { DynamicVal } from '../value/value.js';
import { exact, type Parsed, type Parser } from './parser.js';
import { parseExpression } from './expression.js';

/** The name token was read; the cursor is at `(` or `::`. */
export function finishParsingFunctionCall(p: Parser, name: Token): Parsed {
  const diags: Diagnostic[] = [];
  let openTok = p.read();
  let nameStr = name.text;
  let nameEnd = name.range.end;

  while (openTok.type === TokenType.DoubleColon) {
    const nextName = p.read();
    if (nextName.type !== TokenType.Ident) {
      diags.push(
        errorDiag(
          'Missing function name',
          'Function scope resolution symbol :: must be followed by a function name in this scope.',
          nextName.range,
          rangeBetween(name.range, nextName.range),
        ),
      );
      p.recoverOver(TokenType.OParen);
      return { node: placeholder(rangeBetween(name.range, nextName.range)), diags };
    }
    // Namespaced functions are names with "::" separators in them.
    nameStr = `${nameStr}::${nextName.text}`;
    nameEnd = nextName.range.end;
    openTok = p.read();
  }
  const nameRange: Range = nameEnd === name.range.end ? name.range : { filename: name.range.filename, start: name.range.start, end: nameEnd };

  if (openTok.type !== TokenType.OParen) {
    diags.push(
      errorDiag(
        'Missing open parenthesis',
        'Function selector must be followed by an open parenthesis to begin the function call.',
        openTok.range,
        rangeBetween(name.range, openTok.range),
      ),
    );
    p.recoverOver(TokenType.OParen);
    return { node: placeholder(rangeBetween(name.range, openTok.range)), diags };
  }

  const args: Expr[] = [];
  let expandFinal = false;
  // If nothing better is found (EOF inside the call), HCL leaves the close range empty; we use the last token.
  let closeTok: Token | undefined;

  p.pushIncludeNewlines(false); // arbitrary newlines are allowed inside the parentheses
  for (;;) {
    if (p.peek().type === TokenType.CParen) {
      closeTok = p.read();
      break;
    }
    const arg = parseExpression(p);
    args.push(arg.node);
    diags.push(...arg.diags);
    if (p.recovery && hasErrors(arg.diags)) {
      // Probably left somewhere odd: bail out with a partial argument list.
      const recovered = p.recover(TokenType.CParen);
      if (recovered.type === TokenType.CParen) closeTok = recovered;
      break;
    }

    const sep = p.read();
    if (sep.type === TokenType.CParen) {
      closeTok = sep;
      break;
    }
    if (sep.type === TokenType.Ellipsis) {
      expandFinal = true;
      if (p.peek().type !== TokenType.CParen) {
        if (!p.recovery) {
          diags.push(
            errorDiag(
              'Missing closing parenthesis',
              'An expanded function argument (with ...) must be immediately followed by closing parentheses.',
              sep.range,
              rangeBetween(name.range, sep.range),
            ),
          );
        }
        closeTok = p.recover(TokenType.CParen);
      } else {
        closeTok = p.read();
      }
      break;
    }
    if (sep.type !== TokenType.Comma) {
      if (sep.type === TokenType.EOF) {
        diags.push(
          errorDiag(
            'Unterminated function call',
            'There is no closing parenthesis for this function call before the end of the file. This may be caused by incorrect parenthesis nesting elsewhere in this file.',
            rangeBetween(name.range, openTok.range),
          ),
        );
      } else {
        diags.push(
          errorDiag(
            'Missing argument separator',
            'A comma is required to separate each function argument from the next.',
            sep.range,
            rangeBetween(name.range, sep.range),
          ),
        );
      }
      closeTok = p.recover(TokenType.CParen);
      break;
    }
    if (p.peek().type === TokenType.CParen) {
      // A trailing comma after the last argument.
      closeTok = p.read();
      break;
    }
  }
  p.popIncludeNewlines();

  const closeParenRange = closeTok?.range ?? p.prevRange();
  return {
    node: {
      kind: 'FunctionCall',
      name: nameStr,
      args: exact(args),
      expandFinal,
      nameRange,
      openParenRange: openTok.range,
      closeParenRange,
      srcRange: rangeBetween(nameRange, closeParenRange),
    },
    diags,
  };
}

function placeholder(srcRange: Range): Expr {
  return { kind: 'LiteralValue', value: DynamicVal, srcRange };
}
