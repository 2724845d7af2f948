// Pass 1: indents each line by two spaces per level of bracket nesting opened on earlier lines.
import { TokenType } from '../lexer/token.js';
import { bracketChange } from './format-token.js';
import type { FormatLine } from './lines.js';

/**
 * Sets the leading spaces of every line. A line with a net increase of open brackets pushes one
 * indent level (remembering how many brackets it opened); a net decrease pops levels until that many
 * brackets are closed. The stack keeps lopsided input (several brackets opened on one line and
 * closed over several lines) from drifting left or right.
 */
export function formatIndent(lines: readonly FormatLine[]): void {
  const indents: number[] = [];
  for (const line of lines) {
    const first = line.lead[0];
    if (first === undefined) continue;
    if (first.type === TokenType.Newline) {
      first.spacesBefore = 0; // blank lines carry no trailing spaces
      continue;
    }
    let net = 0;
    for (const tok of line.lead) {
      net += bracketChange(tok);
      if (tok.type === TokenType.OHeredoc) break; // a heredoc's body doesn't nest
    }
    for (const tok of line.assign ?? []) net += bracketChange(tok);

    if (net > 0) {
      first.spacesBefore = 2 * indents.length;
      indents.push(net);
      continue;
    }
    let closed = -net;
    while (closed > 0 && indents.length > 0) {
      const top = indents[indents.length - 1]!;
      if (closed > top) {
        closed -= top;
        indents.pop();
      } else if (closed < top) {
        indents[indents.length - 1] = top - closed;
        closed = 0;
      } else {
        indents.pop();
        closed = 0;
      }
    }
    first.spacesBefore = 2 * indents.length;
  }
}
