// The debug log: PACKER_LOG=1 (or KILN_LOG=1) writes Go-log-style timestamped lines to stderr, or to PACKER_LOG_PATH.
import { closeSync, openSync, writeSync } from 'node:fs';
import type { TextSink } from './ui/basic-ui.js';

export interface DebugLog {
  readonly enabled: boolean;
  log(line: string): void;
  close(): void;
}

export interface DebugLogOptions {
  env: Readonly<Record<string, string | undefined>>;
  stderr: TextSink;
  mask?: (text: string) => string;
  now?: () => Date;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Go's log.LstdFlags prefix: `2006/01/02 15:04:05 `, local time. */
export function formatLogTime(d: Date): string {
  return `${d.getFullYear()}/${pad(d.getMonth() + 1)}/${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** Packer's rule: set and not "0" enables the log. */
function isOn(value: string | undefined): boolean {
  return value !== undefined && value !== '' && value !== '0';
}

/** Opens the log as the environment says; the file is truncated, and written synchronously so a crash loses nothing. */
export function createDebugLog(options: DebugLogOptions): DebugLog {
  const { env } = options;
  if (!isOn(env.PACKER_LOG) && !isOn(env.KILN_LOG)) return { enabled: false, log: () => {}, close: () => {} };
  const mask = options.mask ?? ((t: string) => t);
  const now = options.now ?? (() => new Date());
  const path = env.PACKER_LOG_PATH || env.KILN_LOG_PATH;
  let fd: number | undefined;
  let closed = false;
  if (path) {
    try {
      fd = openSync(path, 'w');
    } catch (cause) {
      throw new Error(`Couldn't set up logging to ${path}: ${(cause as Error).message}`, { cause });
    }
  }
  const write = (text: string) => (fd === undefined ? options.stderr.write(text) : writeSync(fd, text));
  return {
    enabled: true,
    log(line) {
      if (closed) return;
      const stamp = formatLogTime(now());
      write(
        mask(line)
          .split('\n')
          .map((l) => `${stamp} ${l}\n`)
          .join(''),
      );
    },
    close() {
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
      closed = true;
    },
  };
}
