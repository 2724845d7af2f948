// Reads answers line by line from a stream (stdin) across several questions without losing buffered input.
import type { Readable } from 'node:stream';

export class LineReader {
  #buffer = '';
  #ended = false;
  #waiting: Array<{ resolve: (line: string) => void; reject: (e: Error) => void }> = [];
  #attached = false;

  constructor(private readonly input: Readable) {}

  /**
   * The next line without its newline; at end of input, the rest (or a rejection when nothing is left).
   * An abort withdraws the request and pauses the input, so a pending question does not keep the process alive.
   */
  readLine(signal?: AbortSignal): Promise<string> {
    const line = this.#take();
    if (line !== undefined) return Promise.resolve(line);
    if (this.#ended) return Promise.reject(new Error('end of input'));
    if (signal?.aborted) return Promise.reject(new Error('interrupted', { cause: signal.reason }));
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        this.#waiting = this.#waiting.filter((w) => w !== waiter);
        if (this.#waiting.length === 0) this.input.pause();
        reject(new Error('interrupted', { cause: signal?.reason }));
      };
      const waiter = {
        resolve: (l: string) => (signal?.removeEventListener('abort', onAbort), resolve(l)),
        reject: (e: Error) => (signal?.removeEventListener('abort', onAbort), reject(e)),
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#waiting.push(waiter);
      this.#attach();
      this.input.resume();
    });
  }

  #take(): string | undefined {
    const nl = this.#buffer.indexOf('\n');
    if (nl >= 0) {
      const line = this.#buffer.slice(0, nl).replace(/\r$/, '');
      this.#buffer = this.#buffer.slice(nl + 1);
      return line;
    }
    if (this.#ended && this.#buffer.length > 0) {
      const rest = this.#buffer;
      this.#buffer = '';
      return rest;
    }
    return undefined;
  }

  #attach(): void {
    if (this.#attached) return;
    this.#attached = true;
    this.input.setEncoding('utf8');
    this.input.on('data', (chunk: string) => {
      this.#buffer += chunk;
      this.#flush();
    });
    this.input.on('end', () => {
      this.#ended = true;
      this.#flush();
    });
    this.input.on('error', (e: Error) => {
      this.#ended = true;
      for (const w of this.#waiting.splice(0)) w.reject(e);
    });
  }

  #flush(): void {
    while (this.#waiting.length > 0) {
      const line = this.#take();
      if (line === undefined) break;
      this.#waiting.shift()!.resolve(line);
    }
    if (this.#ended) for (const w of this.#waiting.splice(0)) w.reject(new Error('end of input'));
    if (this.#waiting.length === 0) this.input.pause();
  }
}
