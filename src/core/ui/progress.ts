// Transfer progress: a redrawn bar on a TTY, otherwise a plain line every N percent (and at the end) for large ones.
import type { TextSink } from './basic-ui.js';

export interface ProgressOptions {
  out: TextSink;
  isTTY: boolean;
  /** Plain mode: print a line each time progress passes another `stepPercent` (default 10). */
  stepPercent?: number;
  /** Plain mode: transfers smaller than this (default 16 MiB) print nothing; they are over before a line helps. */
  minPlainBytes?: number;
  width?: number;
}

export function formatBytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = n;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${n} B` : `${value.toFixed(1)} ${units[unit]}`;
}

export function renderBar(label: string, done: number, total: number | undefined, width = 30): string {
  if (total === undefined || total <= 0) return `${label} ${formatBytes(done)}`;
  const ratio = Math.min(1, done / total);
  const filled = Math.round(ratio * width);
  return `${label} [${'='.repeat(filled)}${filled < width ? '>' : ''}${' '.repeat(Math.max(0, width - filled - 1))}] ${Math.floor(ratio * 100)}% ${formatBytes(done)}/${formatBytes(total)}`;
}

/** Returns the `progress(label, done, total)` a UI exposes; keeps per-label state so several transfers interleave. */
export function createProgressReporter(options: ProgressOptions): (label: string, done: number, total: number | undefined) => void {
  const step = options.stepPercent ?? 10;
  const lastStep = new Map<string, number>();
  return (label, done, total) => {
    const finished = total !== undefined && done >= total;
    if (options.isTTY) {
      options.out.write(`\r\x1b[K${renderBar(label, done, total, options.width)}${finished ? '\n' : ''}`);
      return;
    }
    if (total === undefined || total <= 0) {
      const mib = Math.floor(done / (100 * 1024 * 1024));
      if (mib > (lastStep.get(label) ?? -1)) {
        lastStep.set(label, mib);
        options.out.write(`${label}: ${formatBytes(done)}\n`);
      }
      return;
    }
    if (total < (options.minPlainBytes ?? 16 << 20)) return;
    const percent = Math.floor((Math.min(done, total) / total) * 100);
    const bucket = finished ? 100 : Math.floor(percent / step) * step;
    const previous = lastStep.get(label);
    if (previous !== undefined && bucket <= previous) return;
    lastStep.set(label, bucket);
    options.out.write(`${label}: ${bucket}% (${formatBytes(Math.min(done, total))}/${formatBytes(total)})\n`);
    if (finished) lastStep.delete(label);
  };
}

/** A counter for a plugin's transfer: call `add(bytes)` as data flows, `done()` at the end. */
export function trackProgress(report: ((label: string, done: number, total: number | undefined) => void) | undefined, label: string, total: number | undefined) {
  let done = 0;
  report?.(label, 0, total);
  return {
    add(bytes: number) {
      done += bytes;
      report?.(label, done, total);
    },
    done() {
      if (total === undefined || done < total) report?.(label, total ?? done, total ?? done);
    },
  };
}
