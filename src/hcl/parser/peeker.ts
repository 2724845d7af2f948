// A token cursor that hides comments and, depending on context, newlines (HCL's peeker).
import type { Range } from '../source/pos.js';
import { TokenType, type Token } from '../lexer/token.js';
import { ArrayTokenSource, type TokenSource } from '../lexer/token-stream.js';

export class Peeker {
  nextIndex = 0;
  private readonly includeNewlinesStack: boolean[] = [true];
  private includeNewlines = true;
  /** The last answer of findNext, valid while nextIndex and the newline mode are unchanged. */
  private cacheFrom = -1;
  private cacheNewlines = true;
  private cacheTok: Token | undefined;
  private cacheAfter = 0;

  private readonly source: TokenSource;

  constructor(
    tokens: readonly Token[] | TokenSource,
    readonly includeComments = false,
  ) {
    this.source = Array.isArray(tokens) ? new ArrayTokenSource(tokens) : (tokens as TokenSource);
  }

  peek(): Token {
    return this.findNext();
  }

  read(): Token {
    const tok = this.findNext();
    this.nextIndex = this.cacheAfter;
    this.source.release(this.nextIndex - 1);
    return tok;
  }

  nextRange(): Range {
    return this.findNext().range;
  }

  prevRange(): Range {
    if (this.nextIndex === 0) return this.nextRange();
    return this.source.at(this.nextIndex - 1)!.range;
  }

  pushIncludeNewlines(include: boolean): void {
    this.includeNewlinesStack.push(include);
    this.includeNewlines = include;
  }

  popIncludeNewlines(): boolean {
    const stack = this.includeNewlinesStack;
    const popped = stack.pop() ?? true;
    // An over-popped (empty) stack reads as "newlines hidden".
    this.includeNewlines = stack.length > 0 ? stack[stack.length - 1]! : false;
    return popped;
  }

  /** Depth of the newline-sensitivity stack beyond its base (0 when pushes and pops balance). */
  get includeNewlinesDepth(): number {
    return this.includeNewlinesStack.length - 1;
  }

  /** The next visible token; cacheAfter is set to the index just after it. */
  private findNext(): Token {
    const from = this.nextIndex;
    const nl = this.includeNewlines;
    if (from === this.cacheFrom && nl === this.cacheNewlines) return this.cacheTok!;
    const source = this.source;
    let found: Token | undefined;
    let i = from;
    for (;; i++) {
      const tok = source.at(i);
      if (tok === undefined) {
        // Past the end: the EOF token again.
        found = source.at(i - 1);
        break;
      }
      const type = tok.type;
      if (type === TokenType.Comment) {
        if (this.includeComments) {
          found = tok;
          i++;
          break;
        }
        // A line comment absorbs its newline; when newlines matter it stands in for that newline.
        if (nl && tok.text.endsWith('\n')) {
          found = { type: TokenType.Newline, text: '\n', range: tok.range };
          i++;
          break;
        }
        continue;
      }
      if (type === TokenType.Newline && !nl) continue;
      found = tok;
      i++;
      break;
    }
    this.cacheFrom = from;
    this.cacheNewlines = nl;
    this.cacheTok = found;
    this.cacheAfter = i;
    return found!;
  }
}
