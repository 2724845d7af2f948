// Pass 3: lines up the `=` of consecutive single-line attributes, then their trailing comments.
import { columns } from './format-token.js';
import type { FmtToken } from './format-token.js';
import type { FormatLine } from './lines.js';

/**
 * Aligns one kind of cell over runs of consecutive lines that all have it: the cell starts one
 * column after the widest prefix in the run.
 */
function alignRuns(
  lines: readonly FormatLine[],
  cellOf: (line: FormatLine) => FmtToken[] | undefined,
  prefixWidth: (line: FormatLine) => number,
): void {
  let start = -1;
  let widest = 0;
  const close = (end: number): void => {
    for (const line of lines.slice(start, end)) {
      cellOf(line)![0]!.spacesBefore = widest - prefixWidth(line) + 1;
    }
    start = -1;
    widest = 0;
  };
  lines.forEach((line, i) => {
    if (cellOf(line) === undefined) {
      if (start !== -1) close(i);
      return;
    }
    if (start === -1) start = i;
    widest = Math.max(widest, prefixWidth(line));
  });
  if (start !== -1) close(lines.length);
}

/** Aligns assignments first, since moving them shifts the comments after them. */
export function formatCells(lines: readonly FormatLine[]): void {
  alignRuns(
    lines,
    (line) => line.assign,
    (line) => columns(line.lead),
  );
  alignRuns(
    lines,
    (line) => line.comment,
    (line) => columns(line.lead) + columns(line.assign ?? []),
  );
}
