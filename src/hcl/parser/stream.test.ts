// parseConfig reads tokens as it lexes them; it must give what parsing the whole token array gives.
import { describe, expect, it } from 'vitest';
import { checkInvalidTokens } from '../lexer/invalid-tokens.js';
import { lexConfig } from '../lexer/lexer.js';
import { TokenType } from '../lexer/token.js';
import { parseBody } from './body.js';
import { parseConfig } from './index.js';
import { Parser } from './parser.js';

function viaArray(src: string): ReturnType<typeof parseConfig> {
  const tokens = lexConfig(src, 'f.hcl');
  const { body, diags } = parseBody(new Parser(tokens), TokenType.EOF);
  return { body, diagnostics: [...checkInvalidTokens(tokens), ...diags] };
}

const group = (i: number): string => `# group ${i}
variable "v${i}" {
  default = [${i}, ${i}.5, "s${i}"] // trailing
}
locals {
  t${i} = <<-EOT
    x \${var.v${i}[0]} %{ if true }y%{ endif }
  EOT
  o${i} = { for k, v in { a = 1 } : "\${k}${i}" => v * ${i} if v > 0 }
  c${i} = length(var.v${i}) > 1 ? upper("a") : "b"
}
`;

describe('parseConfig over a token stream', () => {
  it.each([
    ['a long valid file (tokens released in batches)', Array.from({ length: 400 }, (_, i) => group(i)).join('\n')],
    ['errors late in a long file', Array.from({ length: 300 }, (_, i) => group(i)).join('\n') + 'a = 1 & 2\nb = ;\nc {\n'],
    ['an invalid character after an early parse error', 'a = (\n' + group(1) + "x = 'y'\n"],
    ['an empty file', ''],
  ])('%s', (_name, src) => {
    expect(parseConfig(src, 'f.hcl')).toEqual(viaArray(src));
  });
});
