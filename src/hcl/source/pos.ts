// Source positions and ranges: every token, node and diagnostic points back into the file with these.

/** A position in a source file. `line` and `column` are 1-based (column counts Unicode characters); `byte` is the 0-based UTF-8 byte offset. */
export interface Pos {
  readonly line: number;
  readonly column: number;
  readonly byte: number;
}

/** A half-open range [start, end) in one file. */
export interface Range {
  readonly filename: string;
  readonly start: Pos;
  readonly end: Pos;
}

export const initialPos: Pos = { line: 1, column: 1, byte: 0 };

export function makeRange(filename: string, start: Pos, end: Pos): Range {
  return { filename, start, end };
}

/** The smallest range covering both a and b (assumes the same file). */
export function rangeBetween(a: Range, b: Range): Range {
  const start = a.start.byte <= b.start.byte ? a.start : b.start;
  const end = a.end.byte >= b.end.byte ? a.end : b.end;
  return { filename: a.filename, start, end };
}

/** A zero-width range at the start of r. */
export function rangeStartOf(r: Range): Range {
  return { filename: r.filename, start: r.start, end: r.start };
}

export function rangeEmpty(r: Range): boolean {
  return r.start.byte === r.end.byte;
}

export function rangeContains(outer: Range, inner: Range): boolean {
  return outer.filename === inner.filename && outer.start.byte <= inner.start.byte && outer.end.byte >= inner.end.byte;
}

/** "file.pkr.hcl:3,5-9" in HCL's compact style. */
export function formatRange(r: Range): string {
  if (r.start.line === r.end.line) {
    return `${r.filename}:${r.start.line},${r.start.column}-${r.end.column}`;
  }
  return `${r.filename}:${r.start.line},${r.start.column}-${r.end.line},${r.end.column}`;
}
