import { describe, expect, it } from 'vitest';
import { ASK_PROMPT, createOnError } from './on-error.js';
import { probe } from './probe-steps.test-helper.js';
import { runSteps } from './runner.js';
import type { Step } from './step.js';
import { createRecordingUi } from './ui/recording-ui.js';

const signal = () => new AbortController().signal;

describe('createOnError', () => {
  it("'cleanup' leaves the steps as they are", async () => {
    const acc: string[] = [];
    const step = probe('a', acc);
    expect(createOnError('cleanup')(step)).toBe(step);
  });

  it("'abort' skips every cleanup after a halt and says what is left", async () => {
    const acc: string[] = [];
    const ui = createRecordingUi();
    const steps = [probe('StepCreate', acc), probe('StepUpload', acc), probe('StepProvision', acc, 'halt')].map(createOnError('abort'));
    const result = await runSteps(steps, {}, { signal: signal(), ui });
    expect(result.outcome).toBe('halted');
    expect(acc).toEqual(['run StepCreate', 'run StepUpload', 'run StepProvision']);
    expect(ui.lines).toEqual([
      'error: StepProvision failed',
      'error: Step "StepProvision" failed, aborting...',
      'error: aborted: skipping cleanup of step "StepUpload"',
      'error: aborted: skipping cleanup of step "StepCreate"',
    ]);
  });

  it("'abort' cleans up normally on success", async () => {
    const acc: string[] = [];
    await runSteps([probe('a', acc), probe('b', acc)].map(createOnError('abort')), {}, { signal: signal(), ui: createRecordingUi() });
    expect(acc).toEqual(['run a', 'run b', 'cleanup b (ok)', 'cleanup a (ok)']);
  });

  it("'abort' on interrupt says so", async () => {
    const acc: string[] = [];
    const controller = new AbortController();
    const ui = createRecordingUi();
    await runSteps([probe('a', acc), probe('b', acc, 'abort', controller)].map(createOnError('abort')), {}, { signal: controller.signal, ui });
    expect(acc).toEqual(['run a', 'run b']);
    expect(ui.lines).toEqual(['error: Interrupted, aborting...', 'error: aborted: skipping cleanup of step "a"']);
  });

  it("'run-cleanup-provisioner' still cleans up the steps it is told to", async () => {
    const acc: string[] = [];
    const ui = createRecordingUi();
    const decorate = createOnError('run-cleanup-provisioner', { alwaysCleanup: (name) => name === 'provision' });
    const result = await runSteps([probe('create', acc), probe('provision', acc), probe('export', acc, 'halt')].map(decorate), {}, { signal: signal(), ui });
    expect(result.outcome).toBe('halted');
    expect(result.error?.message).toBe('export failed');
    expect(acc).toEqual(['run create', 'run provision', 'run export', 'cleanup provision (halted)']);
  });

  it("'ask' with [c] cleans up as usual", async () => {
    const acc: string[] = [];
    const ui = createRecordingUi(['c']);
    const result = await runSteps([probe('a', acc), probe('b', acc, 'halt')].map(createOnError('ask')), {}, { signal: signal(), ui });
    expect(result.outcome).toBe('halted');
    expect(acc).toEqual(['run a', 'run b', 'cleanup b (halted)', 'cleanup a (halted)']);
    expect(ui.lines).toEqual(['error: b failed', 'say: Step "b" failed', `ask: ${ASK_PROMPT}`]);
  });

  it("'ask' with [a] skips cleanups", async () => {
    const acc: string[] = [];
    const ui = createRecordingUi(['abort']);
    await runSteps([probe('a', acc), probe('b', acc, 'throw')].map(createOnError('ask')), {}, { signal: signal(), ui });
    expect(acc).toEqual(['run a', 'run b']);
    expect(ui.lines.slice(3)).toEqual(['error: Step "b" failed, aborting...', 'error: aborted: skipping cleanup of step "a"']);
  });

  it("'ask' with [r] retries the step, re-asking after bad input", async () => {
    const acc: string[] = [];
    let attempts = 0;
    const flaky: Step<object, object> = {
      name: 'flaky',
      async run() {
        attempts++;
        acc.push(`run flaky ${attempts}`);
        return attempts < 2 ? { action: 'halt', error: new Error('not yet') } : { action: 'continue', output: {} };
      },
      async cleanup(c) {
        acc.push(`cleanup flaky (${c.outcome})`);
      },
    };
    const ui = createRecordingUi(['x', 'R']);
    const result = await runSteps([flaky].map(createOnError('ask')), {}, { signal: signal(), ui });
    expect(result.outcome).toBe('ok');
    expect(acc).toEqual(['run flaky 1', 'run flaky 2', 'cleanup flaky (ok)']);
    expect(ui.lines).toEqual(['error: not yet', 'say: Step "flaky" failed', `ask: ${ASK_PROMPT}`, 'say: Incorrect input: "x"', `ask: ${ASK_PROMPT}`]);
  });

  it("'ask' without a TTY cleans up, as Packer's empty answer", async () => {
    const acc: string[] = [];
    const ui = createRecordingUi([]);
    await runSteps([probe('a', acc), probe('b', acc, 'halt')].map(createOnError('ask')), {}, { signal: signal(), ui });
    expect(acc).toEqual(['run a', 'run b', 'cleanup b (halted)', 'cleanup a (halted)']);
  });
});
