// The gate before formatting: `packer fmt` refuses files that don't parse, reporting the parser's errors.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { checkInvalidTokens } from '../lexer/invalid-tokens.js';
import { lexConfig } from '../lexer/lexer.js';

/** The syntax diagnostics of a configuration file (a leading byte order mark is allowed). */
export function checkSyntax(src: string, filename: string): Diagnostic[] {
  const text = src.startsWith('\uFEFF') ? src.slice(1) : src;
  // TODO: use the parser once it lands; the lexer alone catches only forbidden characters.
  return checkInvalidTokens(lexConfig(text, filename, { line: 1, column: 1, byte: src.length - text.length === 1 ? 3 : 0 }));
}
