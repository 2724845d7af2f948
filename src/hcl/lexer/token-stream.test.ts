// The on-demand token stream gives exactly lexConfig's tokens and checkInvalidTokens' diagnostics, however far it is read.
import { describe, expect, it } from 'vitest';
import { initialPos } from '../source/pos.js';
import { checkInvalidTokens } from './invalid-tokens.js';
import { lexConfig, lexTemplate } from './lexer.js';
import { TokenStream } from './token-stream.js';
import type { Token } from './token.js';

function readAll(stream: TokenStream, releaseAsYouGo: boolean): Token[] {
  const out: Token[] = [];
  for (let i = 0; ; i++) {
    const tok = stream.at(i);
    if (tok === undefined) return out;
    out.push(tok);
    if (releaseAsYouGo) stream.release(i);
  }
}

const big = Array.from({ length: 3000 }, (_, i) => `a${i} = "x\${b}" # c\n`).join('');

describe('TokenStream', () => {
  it.each([
    ['empty input', ''],
    ['a small file', 'a = 1\nb {\n  c = "d${e}"\n}\n'],
    ['invalid characters', "a = 'x' & `y`; \u201cz\u201d\n\ta = 1\n"],
    ['a heredoc', 'a = <<EOT\nx ${y}\nEOT\n'],
    ['a file long enough to be released in batches', big],
  ])('%s: same tokens and diagnostics as lexConfig', (_name, src) => {
    const want = lexConfig(src, 'f.hcl');
    for (const release of [false, true]) {
      const stream = new TokenStream(src, 'f.hcl', initialPos, 'config');
      expect(readAll(stream, release)).toEqual(want);
      expect(stream.invalidTokenDiagnostics()).toEqual(checkInvalidTokens(want));
      expect(stream.eof()).toEqual(want[want.length - 1]);
    }
  });

  it('lexes templates in template mode', () => {
    const src = 'x ${y} %{ if z }w%{ endif }';
    expect(readAll(new TokenStream(src, 't', initialPos, 'template'), true)).toEqual(lexTemplate(src, 't'));
  });

  it('checks tokens the parser never read', () => {
    const stream = new TokenStream('a = 1\nb = 2 & 3\n', 'f', initialPos, 'config');
    stream.at(0);
    expect(stream.invalidTokenDiagnostics().map((d) => d.summary)).toEqual(['Unsupported operator']);
  });

  it('remembers the first token after it was released', () => {
    const stream = new TokenStream(big, 'f', initialPos, 'config');
    const first = stream.at(0);
    readAll(stream, true);
    expect(stream.first()).toBe(first);
  });
});
