// Splits a token stream into lines of up to three cells (lead, assign, comment) — the unit every formatting pass works on.
import { TokenType } from '../lexer/token.js';
import { bracketChange, endsLine } from './format-token.js';
import type { FmtToken } from './format-token.js';

/**
 * One source line. `lead` is everything up to the other cells; `assign` starts at the `=` of a
 * single-line attribute; `comment` is a trailing line comment after other tokens. The first tokens
 * of `assign` and `comment` are aligned with neighbouring lines.
 */
export interface FormatLine {
  lead: FmtToken[];
  assign: FmtToken[] | undefined;
  comment: FmtToken[] | undefined;
}

/** Groups tokens into lines; the EOF token belongs to no line. Heredoc bodies stay inside the line that opens them. */
export function splitLines(tokens: readonly FmtToken[]): FormatLine[] {
  if (tokens.length === 0) return [];
  const lines: FormatLine[] = [];
  let current: FmtToken[] = [];
  let eof = false;
  for (const tok of tokens) {
    if (tok.type === TokenType.EOF) {
      eof = true;
      break;
    }
    current.push(tok);
    if (endsLine(tok)) {
      lines.push({ lead: current, assign: undefined, comment: undefined });
      current = [];
    }
  }
  // The last line has no newline token (it may be empty).
  if (eof || current.length > 0) lines.push({ lead: current, assign: undefined, comment: undefined });
  for (const line of lines) splitCells(line);
  return lines;
}

function splitCells(line: FormatLine): void {
  const lead = line.lead;
  if (lead.length === 0) return;
  if (lead.length > 1 && lead[lead.length - 1]!.type === TokenType.Comment) {
    line.comment = lead.slice(lead.length - 1);
    line.lead = lead.slice(0, lead.length - 1);
  }
  for (let i = 1; i < line.lead.length; i++) {
    if (line.lead[i]!.type !== TokenType.Equal) continue;
    // Only a whole expression on this line counts as an assignment: a net opening bracket means
    // the value continues over the next lines.
    let net = 0;
    for (const tok of line.lead.slice(i)) net += bracketChange(tok);
    if (net === 0) {
      line.assign = line.lead.slice(i);
      line.lead = line.lead.slice(0, i);
    }
    break;
  }
}
