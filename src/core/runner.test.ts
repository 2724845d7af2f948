import { describe, expect, it } from 'vitest';
import { probe } from './probe-steps.test-helper.js';
import { runSteps, sequence } from './runner.js';
import type { Step } from './step.js';
import { createRecordingUi } from './ui/recording-ui.js';

const ctx = (controller = new AbortController()) => ({ signal: controller.signal, ui: createRecordingUi() });

describe('runSteps', () => {
  it('runs every step in order and cleans up in reverse on success', async () => {
    const acc: string[] = [];
    const result = await runSteps([probe('a', acc), probe('b', acc), probe('c', acc)], { start: 1 }, ctx());
    expect(acc).toEqual(['run a', 'run b', 'run c', 'cleanup c (ok)', 'cleanup b (ok)', 'cleanup a (ok)']);
    expect(result.outcome).toBe('ok');
    expect(result.state).toEqual({ start: 1, a: true, b: true, c: true });
    expect(result.error).toBeUndefined();
  });

  it('stops at a halt in the middle and still cleans up the halted step', async () => {
    const acc: string[] = [];
    const result = await runSteps([probe('a', acc), probe('b', acc, 'halt'), probe('c', acc)], {}, ctx());
    expect(acc).toEqual(['run a', 'run b', 'cleanup b (halted)', 'cleanup a (halted)']);
    expect(result.outcome).toBe('halted');
    expect(result.error?.message).toBe('b failed');
    expect(result.outcome !== 'ok' && result.failedStep).toBe('b');
  });

  it('treats an exception thrown in run as a halt', async () => {
    const acc: string[] = [];
    const result = await runSteps([probe('a', acc), probe('b', acc, 'throw'), probe('c', acc)], {}, ctx());
    expect(acc).toEqual(['run a', 'run b', 'cleanup b (halted)', 'cleanup a (halted)']);
    expect(result.outcome).toBe('halted');
    expect(result.error?.message).toBe('b threw');
  });

  it('stops when the signal aborts during a step and reports cancelled', async () => {
    const acc: string[] = [];
    const controller = new AbortController();
    const result = await runSteps([probe('a', acc), probe('b', acc, 'abort', controller), probe('c', acc)], {}, ctx(controller));
    expect(acc).toEqual(['run a', 'run b', 'cleanup b (cancelled)', 'cleanup a (cancelled)']);
    expect(result.outcome).toBe('cancelled');
    expect(result.error).toBeInstanceOf(Error);
  });

  it('runs nothing when already aborted', async () => {
    const acc: string[] = [];
    const controller = new AbortController();
    controller.abort();
    const result = await runSteps([probe('a', acc)], {}, ctx(controller));
    expect(acc).toEqual([]);
    expect(result.outcome).toBe('cancelled');
  });

  it('a halt caused by the abort counts as cancelled', async () => {
    const controller = new AbortController();
    const step: Step<object, object> = {
      name: 'wait',
      run: (c) =>
        new Promise((resolve) => c.signal.addEventListener('abort', () => resolve({ action: 'halt', error: new Error('aborted') }))),
    };
    const promise = runSteps([step], {}, ctx(controller));
    controller.abort();
    expect((await promise).outcome).toBe('cancelled');
  });

  it('reports a failing cleanup and goes on with the others', async () => {
    const acc: string[] = [];
    const c = ctx();
    const result = await runSteps([probe('a', acc), probe('b', acc, 'cleanup-throws'), probe('c', acc)], {}, c);
    expect(acc).toEqual(['run a', 'run b', 'run c', 'cleanup c (ok)', 'cleanup b (ok)', 'cleanup a (ok)']);
    expect(result.outcome).toBe('ok');
    expect(result.cleanupErrors.map((e) => e.message)).toEqual(["Error cleaning up step 'b': b cleanup broke"]);
    expect(c.ui.lines).toEqual(["error: Error cleaning up step 'b': b cleanup broke"]);
  });

  it('steps without cleanup are skipped in the cleanup pass', async () => {
    const acc: string[] = [];
    const plain: Step<object, object> = { name: 'plain', run: async () => (acc.push('run plain'), { action: 'continue', output: {} }) };
    await runSteps([probe('a', acc), plain], {}, ctx());
    expect(acc).toEqual(['run a', 'run plain', 'cleanup a (ok)']);
  });

  it('tells onStep about each run and cleanup', async () => {
    const acc: string[] = [];
    const events: string[] = [];
    await runSteps([probe('a', acc), probe('b', acc, 'halt')], {}, { ...ctx(), onStep: (phase, name) => events.push(`${phase} ${name}`) });
    expect(events).toEqual(['run a', 'run b', 'cleanup b', 'cleanup a']);
  });
});

describe('sequence', () => {
  it('threads typed state from step to step and infers the final type', async () => {
    const makeDir: Step<{ root: string }, { dir: string }> = {
      name: 'dir',
      run: async (_c, s) => ({ action: 'continue', output: { dir: `${s.root}/out` } }),
    };
    const writeFile: Step<{ dir: string }, { file: string; size: number }> = {
      name: 'file',
      run: async (_c, s) => ({ action: 'continue', output: { file: `${s.dir}/a.txt`, size: 3 } }),
      cleanup: async (c, s) => {
        // Cleanup sees what earlier steps produced and, possibly, its own output.
        cleaned.push(`${c.outcome}:${s.dir}:${s.file ?? '-'}`);
      },
    };
    const cleaned: string[] = [];
    const result = await sequence<{ root: string }>().add(makeDir).add(writeFile).run({ root: '/tmp' }, ctx());
    expect(result.outcome).toBe('ok');
    if (result.outcome === 'ok') {
      const size: number = result.state.size;
      const root: string = result.state.root;
      expect([root, result.state.dir, result.state.file, size]).toEqual(['/tmp', '/tmp/out', '/tmp/out/a.txt', 3]);
    }
    expect(cleaned).toEqual(['ok:/tmp/out:/tmp/out/a.txt']);
  });

  it('map decorates every step', async () => {
    const acc: string[] = [];
    const seq = sequence()
      .add(probe('a', acc))
      .add(probe('b', acc))
      .map((s) => ({ ...s, name: `x-${s.name}`, run: (c, st) => (acc.push(`enter x-${s.name}`), s.run(c, st)), cleanup: s.cleanup?.bind(s) }));
    expect(seq.steps.map((s) => s.name)).toEqual(['x-a', 'x-b']);
    await seq.run({}, ctx());
    expect(acc).toEqual(['enter x-a', 'run a', 'enter x-b', 'run b', 'cleanup b (ok)', 'cleanup a (ok)']);
  });
});

describe('sequence typing', () => {
  it('rejects a step whose input is not produced yet', () => {
    const needsDir: Step<{ dir: string }, { file: string }> = { name: 'file', run: async (_c, s) => ({ action: 'continue', output: { file: s.dir } }) };
    // @ts-expect-error: `dir` is not in the state yet
    sequence<{ root: string }>().add(needsDir);
    expect(true).toBe(true);
  });
});
