// Parses function calls `name(args...)`, namespaced names `a::b(...)` and the final-argument `...` expansion.
import { errorDiag } from '../diagnostics/diagnostic.js';
import type { Expr } from '../ast/nodes.js';
import { rangeBetween, type Range } from '../source/pos.js';
import { TokenType, type Token } from '../lexer/token.js';
import { DynamicVal } from '../value/value.js';
import { exact } from './parser.js';
import { Frame, subExpression, type Step } from './frame.js';
import type { ParseMachine } from './machine.js';

/** A call; the name token was read and the cursor is at `(` or `::`. */
export class CallFrame extends Frame {
  private nameStr: string;
  private nameRange: Range;
  private openTok: Token | undefined;
  private readonly args: Expr[] = [];
  private mark = 0;

  constructor(private readonly name: Token) {
    super();
    this.nameStr = name.text;
    this.nameRange = name.range;
  }

  start(m: ParseMachine): Step {
    const p = m.p;
    const name = this.name;
    let openTok = p.read();
    let nameEnd = name.range.end;
    while (openTok.type === TokenType.DoubleColon) {
      const nextName = p.read();
      if (nextName.type !== TokenType.Ident) {
        m.diag(
          errorDiag(
            'Missing function name',
            'Function scope resolution symbol :: must be followed by a function name in this scope.',
            nextName.range,
            rangeBetween(name.range, nextName.range),
          ),
        );
        p.recoverOver(TokenType.OParen);
        return placeholder(rangeBetween(name.range, nextName.range));
      }
      // Namespaced functions are names with "::" separators in them.
      this.nameStr = `${this.nameStr}::${nextName.text}`;
      nameEnd = nextName.range.end;
      openTok = p.read();
    }
    if (nameEnd !== name.range.end) this.nameRange = { filename: name.range.filename, start: name.range.start, end: nameEnd };

    if (openTok.type !== TokenType.OParen) {
      m.diag(
        errorDiag(
          'Missing open parenthesis',
          'Function selector must be followed by an open parenthesis to begin the function call.',
          openTok.range,
          rangeBetween(name.range, openTok.range),
        ),
      );
      p.recoverOver(TokenType.OParen);
      return placeholder(rangeBetween(name.range, openTok.range));
    }
    this.openTok = openTok;
    p.pushIncludeNewlines(false); // arbitrary newlines are allowed inside the parentheses
    return this.nextArg(m);
  }

  private nextArg(m: ParseMachine): Step {
    if (m.p.peek().type === TokenType.CParen) return this.finish(m, m.p.read(), false);
    this.mark = m.errors;
    return subExpression;
  }

  resume(m: ParseMachine, arg: Expr): Step {
    const p = m.p;
    const name = this.name;
    this.args.push(arg);
    if (m.bailed(this.mark)) {
      // Probably left somewhere odd: bail out with a partial argument list.
      const recovered = p.recover(TokenType.CParen);
      return this.finish(m, recovered.type === TokenType.CParen ? recovered : undefined, false);
    }

    const sep = p.read();
    if (sep.type === TokenType.CParen) return this.finish(m, sep, false);
    if (sep.type === TokenType.Ellipsis) {
      if (p.peek().type !== TokenType.CParen) {
        if (!p.recovery) {
          m.diag(
            errorDiag(
              'Missing closing parenthesis',
              'An expanded function argument (with ...) must be immediately followed by closing parentheses.',
              sep.range,
              rangeBetween(name.range, sep.range),
            ),
          );
        }
        return this.finish(m, p.recover(TokenType.CParen), true);
      }
      return this.finish(m, p.read(), true);
    }
    if (sep.type !== TokenType.Comma) {
      if (sep.type === TokenType.EOF) {
        m.diag(
          errorDiag(
            'Unterminated function call',
            'There is no closing parenthesis for this function call before the end of the file. This may be caused by incorrect parenthesis nesting elsewhere in this file.',
            rangeBetween(name.range, this.openTok!.range),
          ),
        );
      } else {
        m.diag(
          errorDiag(
            'Missing argument separator',
            'A comma is required to separate each function argument from the next.',
            sep.range,
            rangeBetween(name.range, sep.range),
          ),
        );
      }
      return this.finish(m, p.recover(TokenType.CParen), false);
    }
    // A trailing comma after the last argument is allowed.
    return this.nextArg(m);
  }

  /** If nothing better is found (EOF inside the call), HCL leaves the close range empty; we use the last token. */
  private finish(m: ParseMachine, closeTok: Token | undefined, expandFinal: boolean): Expr {
    const p = m.p;
    p.popIncludeNewlines();
    const closeParenRange = closeTok?.range ?? p.prevRange();
    return {
      kind: 'FunctionCall',
      name: this.nameStr,
      args: exact(this.args),
      expandFinal,
      nameRange: this.nameRange,
      openParenRange: this.openTok!.range,
      closeParenRange,
      srcRange: rangeBetween(this.nameRange, closeParenRange),
    };
  }
}

function placeholder(srcRange: Range): Expr {
  return { kind: 'LiteralValue', value: DynamicVal, srcRange };
}
