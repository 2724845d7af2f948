// Makes deterministic whitespace-mangled copies of corpus files, so the oracle sees far more layouts than we write by hand.
import { createRandom } from '../support/random.js';
import { lexConfig } from '../../src/hcl/lexer/lexer.js';
import { TokenType } from '../../src/hcl/lexer/token.js';
import type { Token } from '../../src/hcl/lexer/token.js';

const random = createRandom;

const wordLike: ReadonlySet<TokenType> = new Set([TokenType.Ident, TokenType.NumberLit]);

/** Tokens that would fuse with their neighbour if the space between them went away. */
function mustStaySeparate(prev: Token, next: Token): boolean {
  if (wordLike.has(prev.type) && (wordLike.has(next.type) || next.type === TokenType.Minus)) return true;
  const pair = prev.text.slice(-1) + next.text.slice(0, 1);
  return ['//', '/*', '**', '%{', '==', '=>', '!=', '<=', '>=', '&&', '||', '<<', '..'].includes(pair);
}

/** Tokens followed, or preceded, by template text: the gap there is literal text, never touched. */
const opensText: ReadonlySet<TokenType> = new Set([
  TokenType.OQuote,
  TokenType.OHeredoc,
  TokenType.QuotedLit,
  TokenType.StringLit,
  TokenType.TemplateSeqEnd,
]);
const closesText: ReadonlySet<TokenType> = new Set([
  TokenType.CQuote,
  TokenType.CHeredoc,
  TokenType.QuotedLit,
  TokenType.StringLit,
  TokenType.TemplateInterp,
  TokenType.TemplateControl,
]);

function isAfterNewline(prev: Token): boolean {
  return prev.type === TokenType.Newline || (prev.type === TokenType.Comment && prev.text.endsWith('\n'));
}

/**
 * Rebuilds `src` with new whitespace between its tokens: `mode` 'spread' adds 0-3 spaces to each gap,
 * 'squeeze' removes every gap that can go, and 'indent' gives each line a random indentation.
 */
export function perturb(src: string, seed: number, mode: 'spread' | 'squeeze' | 'indent'): string {
  const tokens = lexConfig(src, 'perturb.hcl');
  const rnd = random(seed);
  let out = '';
  let prevEnd = 0;
  let prev: Token | undefined;
  const bytes = Buffer.from(src, 'utf8');
  for (const tok of tokens) {
    let gap = bytes.subarray(prevEnd, tok.range.start.byte).toString('utf8').length;
    const lineStart = prev === undefined || isAfterNewline(prev);
    const atEnd = tok.type === TokenType.EOF;
    const inText = (prev !== undefined && opensText.has(prev.type)) || closesText.has(tok.type);
    if (!atEnd && !inText) {
      if (mode === 'spread') gap += Math.floor(rnd() * 4);
      else if (mode === 'indent' && lineStart && tok.type !== TokenType.Newline) gap = Math.floor(rnd() * 9);
      else if (mode === 'squeeze' && (lineStart || (prev !== undefined && !mustStaySeparate(prev, tok)))) gap = 0;
    }
    out += ' '.repeat(gap) + tok.text;
    prevEnd = tok.range.end.byte;
    prev = tok;
  }
  return out;
}
