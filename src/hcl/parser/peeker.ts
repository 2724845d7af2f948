// A token cursor that hides comments and, depending on context, newlines (HCL's peeker).
import type { Range } from '../source/pos.js';
import { TokenType, type Token } from '../lexer/token.js';

export class Peeker {
  nextIndex = 0;
  private readonly includeNewlinesStack: boolean[] = [true];

  constructor(
    readonly tokens: readonly Token[],
    readonly includeComments = false,
  ) {}

  peek(): Token {
    return this.nextToken()[0];
  }

  read(): Token {
    const [tok, next] = this.nextToken();
    this.nextIndex = next;
    return tok;
  }

  nextRange(): Range {
    return this.peek().range;
  }

  prevRange(): Range {
    if (this.nextIndex === 0) return this.nextRange();
    return this.tokens[this.nextIndex - 1]!.range;
  }

  pushIncludeNewlines(include: boolean): void {
    this.includeNewlinesStack.push(include);
  }

  popIncludeNewlines(): boolean {
    return this.includeNewlinesStack.pop() ?? true;
  }

  /** Depth of the newline-sensitivity stack beyond its base (0 when pushes and pops balance). */
  get includeNewlinesDepth(): number {
    return this.includeNewlinesStack.length - 1;
  }

  private includingNewlines(): boolean {
    return this.includeNewlinesStack[this.includeNewlinesStack.length - 1]!;
  }

  private nextToken(): [Token, number] {
    for (let i = this.nextIndex; i < this.tokens.length; i++) {
      const tok = this.tokens[i]!;
      if (tok.type === TokenType.Comment) {
        if (this.includeComments) return [tok, i + 1];
        // A line comment absorbs its newline; when newlines matter it stands in for that newline.
        if (this.includingNewlines() && tok.text.endsWith('\n')) {
          return [{ type: TokenType.Newline, text: '\n', range: tok.range }, i + 1];
        }
        continue;
      }
      if (tok.type === TokenType.Newline && !this.includingNewlines()) continue;
      return [tok, i + 1];
    }
    return [this.tokens[this.tokens.length - 1]!, this.tokens.length];
  }
}
