// The UI at the bottom of every stack: writes lines to output streams and asks on a TTY, as Packer's BasicUi.
import type { Readable } from 'node:stream';
import type { Ui } from '../ui.js';
import { LineReader } from './line-reader.js';
import { createProgressReporter } from './progress.js';

/** Anything text can be written to (a stream, a test buffer). */
export interface TextSink {
  write(text: string): unknown;
}

export interface BasicUiOptions {
  stdout: TextSink;
  /** Where errors go; Packer sends them to stdout too — pass stdout for that. */
  stderr: TextSink;
  stdin?: Readable & { isTTY?: boolean };
  /** Whether `ask` may read from stdin; defaults to `stdin.isTTY`. */
  interactive?: boolean;
  /** Whether stdout is a terminal (a progress bar instead of plain lines). */
  isTTY?: boolean;
  /** Masks sensitive values at the sink, whatever decorators sit above. */
  mask?: (text: string) => string;
  /** The debug log: every line is also logged as `ui: …`, as Packer does. */
  log?: (line: string) => void;
  progressStepPercent?: number;
}

export function createBasicUi(options: BasicUiOptions): Ui {
  const mask = options.mask ?? ((t: string) => t);
  const log = options.log ?? (() => {});
  const interactive = options.interactive ?? options.stdin?.isTTY === true;
  const reader = options.stdin && interactive ? new LineReader(options.stdin) : undefined;
  const reportProgress = createProgressReporter({ out: options.stdout, isTTY: options.isTTY === true, stepPercent: options.progressStepPercent });
  const write = (sink: TextSink, kind: string, message: string) => {
    const text = mask(message);
    log(`${kind}${text}`);
    sink.write(`${text}\n`);
  };
  return {
    say: (m) => write(options.stdout, 'ui: ', m),
    message: (m) => write(options.stdout, 'ui: ', m),
    error: (m) => write(options.stderr, 'ui error: ', m),
    async ask(question, askOptions) {
      const q = mask(question);
      log(`ui: ask: ${q}`);
      if (!reader) throw new Error(`Cannot ask "${q}": standard input is not a terminal`);
      if (q !== '') options.stdout.write(`${q} `);
      return reader.readLine(askOptions?.signal);
    },
    progress: (label, done, total) => reportProgress(mask(label), done, total),
    machine: (type, ...data) => log(`machine readable: ${type} ${JSON.stringify(data.map(mask))}`),
  };
}
