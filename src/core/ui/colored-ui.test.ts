import { describe, expect, it } from 'vitest';
import { createBasicUi } from './basic-ui.js';
import { buildColor, colorsSupported, createColoredUi, UiColor } from './colored-ui.js';
import { createRecordingUi } from './recording-ui.js';
import { createTargetedUi } from './targeted-ui.js';
import { createSink } from './ui-stack.test-helper.js';

describe('ColoredUi', () => {
  it('bold for say, plain for message, bold red for errors', () => {
    const inner = createRecordingUi();
    const ui = createColoredUi(inner, { color: UiColor.green });
    ui.say('s');
    ui.message('m');
    ui.error('e');
    expect(inner.lines).toEqual(['say: \x1b[1;32ms\x1b[0m', 'message: \x1b[0;32mm\x1b[0m', 'error: \x1b[1;31me\x1b[0m']);
  });

  it('cycles through the build colours as packer build does', () => {
    expect([0, 1, 2, 3, 4, 5].map(buildColor)).toEqual([32, 36, 35, 33, 34, 32]);
  });

  it('is the inner UI when disabled (-color=false, PACKER_NO_COLOR)', () => {
    const inner = createRecordingUi();
    expect(createColoredUi(inner, { color: UiColor.cyan, enabled: false })).toBe(inner);
    expect(colorsSupported({ PACKER_NO_COLOR: '1' })).toBe(false);
    expect(colorsSupported({})).toBe(true);
  });

  it('colours the whole prefixed line, matching packer 1.6.6 output byte for byte', () => {
    const out = createSink();
    const ui = createTargetedUi(createColoredUi(createBasicUi({ stdout: out, stderr: out }), { color: buildColor(0) }), 'null');
    ui.say('Running local shell script: /tmp/packer-shell1');
    ui.message('a,b');
    expect(out.text).toBe('\x1b[1;32m==> null: Running local shell script: /tmp/packer-shell1\x1b[0m\n\x1b[0;32m    null: a,b\x1b[0m\n');
  });
});
