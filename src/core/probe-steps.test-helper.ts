// Probe steps for runner tests, after multistep's TestStepAcc: each records its run and cleanup in a shared list.
import type { Step, StepOutcome } from './step.js';

export type ProbeBehaviour = 'continue' | 'halt' | 'throw' | 'abort' | 'cleanup-throws';

export function probe(name: string, acc: string[], behaviour: ProbeBehaviour = 'continue', controller?: AbortController): Step<object, Record<string, true>> {
  return {
    name,
    async run(_ctx, _state) {
      acc.push(`run ${name}`);
      if (behaviour === 'halt') return { action: 'halt', error: new Error(`${name} failed`) };
      if (behaviour === 'throw') throw new Error(`${name} threw`);
      if (behaviour === 'abort') controller?.abort();
      return { action: 'continue', output: { [name]: true } };
    },
    async cleanup(ctx: { outcome: StepOutcome }) {
      acc.push(`cleanup ${name} (${ctx.outcome})`);
      if (behaviour === 'cleanup-throws') throw new Error(`${name} cleanup broke`);
    },
  };
}
