import { describe, expect, it } from 'vitest';
import { probe } from './probe-steps.test-helper.js';
import { runSteps } from './runner.js';
import type { Step } from './step.js';
import { createRecordingUi } from './ui/recording-ui.js';
import { wrapStep } from './wrap-step.js';

const ctx = () => ({ signal: new AbortController().signal, ui: createRecordingUi() });

describe('wrapStep', () => {
  it('keeps the name and passes through what it does not override', async () => {
    const acc: string[] = [];
    const wrapped = wrapStep(probe('a', acc), {});
    expect(wrapped.name).toBe('a');
    await runSteps([wrapped], {}, ctx());
    expect(acc).toEqual(['run a', 'cleanup a (ok)']);
  });

  it('runs code around the inner run and cleanup', async () => {
    const acc: string[] = [];
    const wrapped = wrapStep(probe('a', acc), {
      async run(inner, c, s) {
        acc.push('before run');
        const r = await inner(c, s);
        acc.push(`after run: ${r.action}`);
        return r;
      },
      async cleanup(inner, c, s) {
        acc.push('before cleanup');
        await inner(c, s);
      },
    });
    await runSteps([wrapped], {}, ctx());
    expect(acc).toEqual(['before run', 'run a', 'after run: continue', 'before cleanup', 'cleanup a (ok)']);
  });

  it('gives a cleanup-less step a harmless inner cleanup', async () => {
    const plain: Step<object, object> = { name: 'plain', run: async () => ({ action: 'continue', output: {} }) };
    const seen: string[] = [];
    const wrapped = wrapStep(plain, { cleanup: async (inner, c, s) => (seen.push(c.outcome), inner(c, s)) });
    await runSteps([wrapped], {}, ctx());
    expect(seen).toEqual(['ok']);
  });

  it('nests: the outer wrapper sees the inner wrapper', async () => {
    const acc: string[] = [];
    const tag = (label: string) => <In, Out extends object>(s: Step<In, Out>) =>
      wrapStep(s, { run: async (inner, c, st) => (acc.push(label), inner(c, st)) });
    await runSteps([tag('outer')(tag('inner')(probe('a', acc)))], {}, ctx());
    expect(acc.slice(0, 3)).toEqual(['outer', 'inner', 'run a']);
  });
});
