import { describe, expect, it } from 'vitest';
import { createProgressReporter, formatBytes, renderBar, trackProgress } from './progress.js';
import { createSink } from './ui-stack.test-helper.js';

describe('progress', () => {
  it('prints a plain line every N percent when not on a TTY', () => {
    const out = createSink();
    const report = createProgressReporter({ out, isTTY: false, stepPercent: 25, minPlainBytes: 100 });
    for (let done = 0; done <= 100; done += 5) report('upload', done, 100);
    for (let done = 0; done <= 99; done += 33) report('small', done, 99);
    expect(out.text).toBe(
      ['upload: 0% (0 B/100 B)', 'upload: 25% (25 B/100 B)', 'upload: 50% (50 B/100 B)', 'upload: 75% (75 B/100 B)', 'upload: 100% (100 B/100 B)', ''].join('\n'),
    );
  });

  it('prints nothing for small transfers when not on a TTY (default: under 16 MiB)', () => {
    const out = createSink();
    const report = createProgressReporter({ out, isTTY: false });
    report('a.txt', 0, 6);
    report('a.txt', 6, 6);
    report('big', 16 << 20, 16 << 20);
    expect(out.text).toBe('big: 100% (16.0 MiB/16.0 MiB)\n');
  });

  it('redraws one bar line on a TTY and ends it with a newline', () => {
    const out = createSink();
    const report = createProgressReporter({ out, isTTY: true, width: 10 });
    report('dl', 5, 10);
    report('dl', 10, 10);
    expect(out.chunks).toEqual(['\r\x1b[Kdl [=====>    ] 50% 5 B/10 B', '\r\x1b[Kdl [==========] 100% 10 B/10 B\n']);
  });

  it('renders unknown totals as a byte count', () => {
    expect(renderBar('x', 2048, undefined)).toBe('x 2.0 KiB');
    expect(formatBytes(3 * 1024 ** 3)).toBe('3.0 GiB');
  });

  it('trackProgress counts bytes and finishes at the total', () => {
    const seen: string[] = [];
    const t = trackProgress((l, d, total) => seen.push(`${l} ${d}/${total}`), 'f', 10);
    t.add(4);
    t.done();
    expect(seen).toEqual(['f 0/10', 'f 4/10', 'f 10/10']);
  });
});
