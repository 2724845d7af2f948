// An in-memory CliIO for tests: feed stdin text, read back what a command wrote.
import { PassThrough, Readable } from 'node:stream';
import type { CliIO } from './io.js';

export interface TestIO {
  io: CliIO;
  stdout(): string;
  stderr(): string;
  /** stdout and stderr interleaved in the order they were written. */
  combined(): string;
  /** Every write in order, with the stream it went to. */
  chunks(): readonly { stream: 'stdout' | 'stderr'; text: string }[];
}

export function createTestIO(opts: { stdin?: string; tty?: boolean; cwd?: string; env?: Record<string, string> } = {}): TestIO {
  const out: string[] = [];
  const err: string[] = [];
  const all: string[] = [];
  const tagged: { stream: 'stdout' | 'stderr'; text: string }[] = [];
  const sink = (into: string[], stream: 'stdout' | 'stderr'): PassThrough => {
    const s = new PassThrough();
    const write = s.write.bind(s);
    s.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
      const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      into.push(text);
      all.push(text);
      tagged.push({ stream, text });
      return write(chunk, ...rest);
    }) as typeof s.write;
    s.resume();
    return s;
  };
  const stdin = Readable.from(opts.stdin === undefined ? [] : [opts.stdin]) as Readable & { isTTY?: boolean };
  if (opts.tty === true) stdin.isTTY = true;
  return {
    io: { stdin, stdout: sink(out, 'stdout'), stderr: sink(err, 'stderr'), cwd: opts.cwd ?? process.cwd(), env: opts.env ?? {} },
    stdout: () => out.join(''),
    stderr: () => err.join(''),
    combined: () => all.join(''),
    chunks: () => tagged,
  };
}
