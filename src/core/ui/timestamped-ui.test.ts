import { describe, expect, it } from 'vitest';
import { createBasicUi } from './basic-ui.js';
import { createRecordingUi } from './recording-ui.js';
import { createTargetedUi } from './targeted-ui.js';
import { createTimestampedUi, formatRfc3339 } from './timestamped-ui.js';
import { createSink } from './ui-stack.test-helper.js';

describe('TimestampedUi', () => {
  it("formats Go's RFC 3339 in local time", () => {
    const d = new Date(2026, 10, 25, 5, 52, 28);
    const offset = -d.getTimezoneOffset();
    const zone = offset === 0 ? 'Z' : /^[+-]\d\d:\d\d$/;
    const text = formatRfc3339(d);
    expect(text.slice(0, 19)).toBe('2026-11-25T05:52:28');
    if (typeof zone === 'string') expect(text.slice(19)).toBe(zone);
    else expect(text.slice(19)).toMatch(zone);
  });

  it('stamps say, message and error but not questions', async () => {
    const inner = createRecordingUi(['']);
    const ui = createTimestampedUi(inner, () => new Date(2026, 0, 2, 3, 4, 5));
    ui.say('s');
    ui.message('m');
    ui.error('e');
    await ui.ask('q');
    const stamp = formatRfc3339(new Date(2026, 0, 2, 3, 4, 5));
    expect(inner.lines).toEqual([`say: ${stamp}: s`, `message: ${stamp}: m`, `error: ${stamp}: e`, 'ask: q']);
  });

  it('goes outside the build prefix, as `packer build -timestamp-ui` prints', () => {
    const out = createSink();
    const now = new Date(2026, 10, 25, 5, 52, 28);
    const ui = createTargetedUi(createTimestampedUi(createBasicUi({ stdout: out, stderr: out }), () => now), 'null');
    ui.message('a,b');
    expect(out.text).toBe(`${formatRfc3339(now)}:     null: a,b\n`);
  });
});
