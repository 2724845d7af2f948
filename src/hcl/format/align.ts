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
  // The current run: lines[start, start + widths.length), with each line's prefix width.
  let start = -1;
  let widest = 0;
  const widths: number[] = [];
  const close = (): void => {
    for (let k = 0; k < widths.length; k++) cellOf(lines[start + k]!)![0]!.spacesBefore = widest - widths[k]! + 1;
    start = -1;
    widest = 0;
    widths.length = 0;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (cellOf(line) === undefined) {
      if (start !== -1) close();
      continue;
    }
    if (start === -1) start = i;
    const w = prefixWidth(line);
    widths.push(w);
    if (w > widest) widest = w;
  }
  if (start !== -1) close();
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
