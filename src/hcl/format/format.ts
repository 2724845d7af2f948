// The canonical formatter behind `kiln fmt`: hclwrite's whitespace-only token passes, byte for byte.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { formatCells } from './align.js';
import { lexFormatTokens, writeTokens } from './format-token.js';
import type { FmtToken } from './format-token.js';
import { formatIndent } from './indent.js';
import { splitLines } from './lines.js';
import { formatSpaces } from './spacing.js';
import { checkSyntax } from './syntax-check.js';

/**
 * Rewrites the spacing of a token sequence in place: indentation, then the spaces between tokens,
 * then alignment of `=` and trailing comments. Token text is never changed.
 */
export function formatTokens(tokens: readonly FmtToken[]): void {
  const lines = splitLines(tokens);
  formatIndent(lines);
  formatSpaces(lines);
  formatCells(lines);
}

/** A UTF-8 byte order mark: hclsyntax skips it, so it never reaches the formatted output. */
const bom = '\uFEFF';

/**
 * Formats source text exactly as hclwrite.Format does, without checking its syntax: invalid input
 * still gets a best-effort result. Blank lines, heredoc bodies, template text and comments are kept.
 */
export function formatSource(src: string, _filename = ''): string {
  const hasBom = src.startsWith(bom);
  const text = hasBom ? src.slice(1) : src;
  const tokens = lexFormatTokens(text);
  // hclsyntax counts the skipped mark as three bytes before the first token; hclwrite keeps them as
  // spaces, which only survive when the file holds nothing else.
  if (hasBom && tokens.length > 0) tokens[0]!.spacesBefore += 3;
  formatTokens(tokens);
  return writeTokens(tokens);
}

/**
 * Formats a configuration file the way `packer fmt` does: when the file has syntax errors it is
 * left as it is and the errors are returned instead.
 */
export function formatHcl(src: string, filename = ''): { output: string; diagnostics: Diagnostic[] } {
  const diagnostics = checkSyntax(src, filename);
  if (hasErrors(diagnostics)) return { output: src, diagnostics };
  return { output: formatSource(src, filename), diagnostics };
}
