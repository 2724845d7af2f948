import { describe, expect, it } from 'vitest';
import { createRecordingUi } from './recording-ui.js';
import { createTargetedUi, prefixLines } from './targeted-ui.js';

describe('TargetedUi', () => {
  it("prefixes say and error with '==>' and message with spaces, as `packer build` prints", () => {
    const inner = createRecordingUi();
    const ui = createTargetedUi(inner, 'docker.web');
    ui.say('Creating container...');
    ui.message('hello');
    ui.error('failed');
    expect(inner.lines).toEqual(['say: ==> docker.web: Creating container...', 'message:     docker.web: hello', 'error: ==> docker.web: failed']);
  });

  it('prefixes every line of a multi-line message and trims trailing whitespace', () => {
    expect(prefixLines('null', false, 'a\nb\n')).toBe('    null: a\n    null: b\n    null:');
    expect(prefixLines('null', true, 'one\n\ntwo')).toBe('==> null: one\n==> null: \n==> null: two');
  });

  it('passes the target to machine records and prefixes questions', async () => {
    const inner = createRecordingUi(['y']);
    const ui = createTargetedUi(inner, 'null.a');
    ui.machine?.('artifact-count', '1');
    await ui.ask('Go?');
    expect(inner.lines).toEqual(['machine: null.a,artifact-count|1', 'ask: ==> null.a: Go?']);
  });

  it('names the build on progress lines', () => {
    const inner = createRecordingUi();
    createTargetedUi(inner, 'docker.web').progress?.('app.tar', 5, 10);
    expect(inner.lines).toEqual(['progress:     docker.web: app.tar 5/10']);
  });
});
