import { describe, expect, it } from 'vitest';
import { withDebugPause } from './debug-runner.js';
import { probe } from './probe-steps.test-helper.js';
import { runSteps } from './runner.js';
import { createRecordingUi } from './ui/recording-ui.js';

describe('withDebugPause', () => {
  it("pauses after each step's run and before its cleanup, with Packer's wording", async () => {
    const acc: string[] = [];
    const ui = createRecordingUi(['', '', '', '']);
    const steps = [probe('StepA', acc), probe('StepB', acc)].map(withDebugPause);
    const result = await runSteps(steps, {}, { signal: new AbortController().signal, ui });
    expect(result.outcome).toBe('ok');
    expect(ui.lines).toEqual([
      "ask: Pausing after run of step 'StepA'. Press enter to continue.",
      "ask: Pausing after run of step 'StepB'. Press enter to continue.",
      "ask: Pausing before cleanup of step 'StepB'. Press enter to continue.",
      "ask: Pausing before cleanup of step 'StepA'. Press enter to continue.",
    ]);
  });

  it('does not pause after or before cleaning up a halted step', async () => {
    const acc: string[] = [];
    const ui = createRecordingUi(['', '']);
    const steps = [probe('StepA', acc), probe('StepB', acc, 'halt')].map(withDebugPause);
    await runSteps(steps, {}, { signal: new AbortController().signal, ui });
    expect(ui.lines).toEqual([
      "ask: Pausing after run of step 'StepA'. Press enter to continue.",
      "ask: Pausing before cleanup of step 'StepA'. Press enter to continue.",
    ]);
    expect(acc).toEqual(['run StepA', 'run StepB', 'cleanup StepB (halted)', 'cleanup StepA (halted)']);
  });

  it('stops waiting when the build is cancelled', async () => {
    const controller = new AbortController();
    const ui = { ...createRecordingUi(), ask: () => new Promise<string>(() => {}) };
    const acc: string[] = [];
    const promise = runSteps([probe('StepA', acc), probe('StepB', acc)].map(withDebugPause), {}, { signal: controller.signal, ui });
    await new Promise((r) => setTimeout(r, 5));
    controller.abort();
    const result = await promise;
    expect(result.outcome).toBe('cancelled');
    expect(acc).toEqual(['run StepA', 'cleanup StepA (cancelled)']);
  });
});
