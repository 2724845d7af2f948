import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createBasicUi } from './basic-ui.js';
import { createMasker } from './mask.js';
import { createSink } from './ui-stack.test-helper.js';

function fakeStdin(isTTY: boolean) {
  return Object.assign(new PassThrough(), { isTTY });
}

describe('BasicUi', () => {
  it('writes say and message to stdout and errors to stderr, one line each', () => {
    const out = createSink();
    const err = createSink();
    const ui = createBasicUi({ stdout: out, stderr: err });
    ui.say('hello');
    ui.message('detail');
    ui.error('broken');
    expect(out.text).toBe('hello\ndetail\n');
    expect(err.text).toBe('broken\n');
  });

  it('asks on a TTY: prints the question and reads one line per question', async () => {
    const out = createSink();
    const stdin = fakeStdin(true);
    const ui = createBasicUi({ stdout: out, stderr: out, stdin });
    const first = ui.ask('Continue?');
    stdin.write('yes\r\nsecond ans');
    expect(await first).toBe('yes');
    const second = ui.ask('Again?');
    stdin.write('wer\n');
    expect(await second).toBe('second answer');
    expect(out.text).toBe('Continue? Again? ');
  });

  it('rejects a question when stdin is not a terminal', async () => {
    const ui = createBasicUi({ stdout: createSink(), stderr: createSink(), stdin: fakeStdin(false) });
    await expect(ui.ask('Continue?')).rejects.toThrow('standard input is not a terminal');
    const noStdin = createBasicUi({ stdout: createSink(), stderr: createSink() });
    await expect(noStdin.ask('Continue?')).rejects.toThrow();
  });

  it('rejects when input ends before an answer', async () => {
    const stdin = fakeStdin(true);
    const ui = createBasicUi({ stdout: createSink(), stderr: createSink(), stdin });
    const answer = ui.ask('Continue?');
    stdin.end();
    await expect(answer).rejects.toThrow('end of input');
  });

  it('masks at the sink and mirrors lines into the debug log', () => {
    const out = createSink();
    const log: string[] = [];
    const ui = createBasicUi({ stdout: out, stderr: out, mask: createMasker(['hunter2']), log: (l) => log.push(l) });
    ui.say('password is hunter2');
    ui.error('bad hunter2');
    ui.machine?.('artifact', 'x,hunter2');
    expect(out.text).toBe('password is <sensitive>\nbad <sensitive>\n');
    expect(log).toEqual(['ui: password is <sensitive>', 'ui error: bad <sensitive>', 'machine readable: artifact ["x,<sensitive>"]']);
  });
});

describe('BasicUi ask cancellation', () => {
  it('an aborted question stops reading; the next question gets the next line', async () => {
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    const ui = createBasicUi({ stdout: createSink(), stderr: createSink(), stdin });
    const controller = new AbortController();
    const first = ui.ask('Pause?', { signal: controller.signal });
    controller.abort();
    await expect(first).rejects.toThrow('interrupted');
    expect(stdin.isPaused()).toBe(true);
    const second = ui.ask('Again?');
    stdin.write('yes\n');
    expect(await second).toBe('yes');
  });
});
