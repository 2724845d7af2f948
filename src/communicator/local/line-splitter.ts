// Turns a stream of text chunks into whole lines, so output can be shown one line at a time.

/** Returns a push function for chunks and a flush for the last unterminated line. */
export function createLineSplitter(onLine: (line: string) => void): { push(chunk: string): void; flush(): void } {
  let rest = '';
  return {
    push(chunk) {
      const parts = (rest + chunk).split('\n');
      rest = parts.pop() ?? '';
      for (const p of parts) onLine(p.endsWith('\r') ? p.slice(0, -1) : p);
    },
    flush() {
      if (rest !== '') onLine(rest);
      rest = '';
    },
  };
}
