import { describe, expect, it } from 'vitest';
import { runBuilds, type RunBuildsOptions } from './orchestrator.js';
import { build, plan, postProcessor, probeBuilder, probePostProcessor, probeProvisioner, provisioner, recordingUis } from './test-probes.js';
import type { BuildUis } from './build-uis.js';

function options(uis: BuildUis, extra: Partial<RunBuildsOptions> = {}): RunBuildsOptions {
  return { signal: new AbortController().signal, uis, parallelBuilds: 0, debug: false, force: false, onError: 'cleanup', cwd: '.', ...extra };
}

describe('runBuilds', () => {
  it('runs provisioners in order, then reports the artifact', async () => {
    const log: string[] = [];
    const { uis, lines } = recordingUis();
    const b = build('probe.a', probeBuilder(log), {
      provisioners: [provisioner('one', probeProvisioner('one', log)), provisioner('two', probeProvisioner('two', log))],
    });
    const r = await runBuilds(plan([b]), options(uis));
    expect(r.exitCode).toBe(0);
    expect(log).toEqual(['build probe.a start', 'one probe.a#1', 'two probe.a#1', 'build probe.a cleanup']);
    expect(lines).toContain('==> probe.a: provisioning one');
    expect(lines.some((l) => /^Build 'probe.a' finished after \d+ (micro|milli)seconds?/.test(l))).toBe(true);
    expect(lines.filter((l) => !l.startsWith('machine')).slice(-2)).toEqual([
      '\n==> Builds finished. The artifacts of successful builds are:',
      '--> probe.a: artifact probe.a',
    ]);
  });

  it('retries a failing provisioner with Packer messages', async () => {
    const log: string[] = [];
    const { uis, lines } = recordingUis();
    const b = build('probe.a', probeBuilder(log), { provisioners: [provisioner('flaky', probeProvisioner('flaky', log, { failTimes: 2 }), { maxRetries: 2 })] });
    const r = await runBuilds(plan([b]), options(uis));
    expect(r.exitCode).toBe(0);
    expect(log.filter((l) => l.startsWith('flaky'))).toEqual(['flaky probe.a#1', 'flaky probe.a#2', 'flaky probe.a#3']);
    expect(lines).toContain('==> probe.a: Provisioner failed with "flaky failed", retrying with 2 trie(s) left');
    expect(lines).toContain('==> probe.a: Provisioner failed with "flaky failed", retrying with 1 trie(s) left');
  });

  it('fails the build when retries run out, runs the error-cleanup-provisioner, and summarises', async () => {
    const log: string[] = [];
    const { uis, lines } = recordingUis();
    const b = build('probe.a', probeBuilder(log), {
      provisioners: [provisioner('bad', probeProvisioner('bad', log, { failTimes: 9 }), { maxRetries: 1 }), provisioner('never', probeProvisioner('never', log))],
      errorCleanupProvisioner: provisioner('tidy', probeProvisioner('tidy', log)),
    });
    const r = await runBuilds(plan([b]), options(uis));
    expect(r.exitCode).toBe(1);
    expect(log).toEqual(['build probe.a start', 'bad probe.a#1', 'bad probe.a#2', 'tidy probe.a#1', 'build probe.a cleanup']);
    expect(lines).toContain('==> probe.a: retry limit reached.');
    expect(lines).toContain('==> probe.a: Provisioning step had errors: Running the cleanup provisioner, if present...');
    expect(lines.some((l) => l.startsWith("Build 'probe.a' errored after") && l.endsWith(': bad failed'))).toBe(true);
    expect(lines).toContain("\n==> Some builds didn't complete successfully and had errors:");
    expect(lines).toContain('--> probe.a: bad failed');
    expect(lines.at(-1)).toBe('\n==> Builds finished but no artifacts were created.');
  });

  it('skips the error-cleanup-provisioner with -on-error=abort', async () => {
    const log: string[] = [];
    const { uis } = recordingUis();
    const b = build('probe.a', probeBuilder(log), {
      provisioners: [provisioner('bad', probeProvisioner('bad', log, { failTimes: 1 }))],
      errorCleanupProvisioner: provisioner('tidy', probeProvisioner('tidy', log)),
    });
    await runBuilds(plan([b]), options(uis, { onError: 'abort' }));
    expect(log).not.toContain('tidy probe.a#1');
  });

  it('reports a failing error-cleanup-provisioner with the original error', async () => {
    const log: string[] = [];
    const { uis, lines } = recordingUis();
    const b = build('probe.a', probeBuilder(log), {
      provisioners: [provisioner('bad', probeProvisioner('bad', log, { failTimes: 1 }))],
      errorCleanupProvisioner: provisioner('tidy', probeProvisioner('tidy', log, { failTimes: 1 })),
    });
    await runBuilds(plan([b]), options(uis));
    expect(lines).toContain('--> probe.a: Cleanup failed: tidy failed. Original Provisioning error: bad failed');
  });

  it('times out a provisioner that hangs, and pauses before one', async () => {
    const log: string[] = [];
    const { uis, lines } = recordingUis();
    const b = build('probe.a', probeBuilder(log), {
      provisioners: [provisioner('slow', probeProvisioner('slow', log, { hangs: true }), { timeoutMs: 50, pauseBeforeMs: 20 })],
    });
    const r = await runBuilds(plan([b]), options(uis));
    expect(r.exitCode).toBe(1);
    expect(lines.slice(0, 3)).toEqual([
      '==> probe.a: Pausing 20ms before the next provisioner...',
      '==> probe.a: Setting a 50ms timeout for the next provisioner...',
      '==> probe.a: provisioning slow',
    ]);
    expect(lines).toContain('==> probe.a: Cancelling provisioner after a timeout...');
    expect(lines.some((l) => l.startsWith('--> probe.a: timed out after 50ms'))).toBe(true);
  });

  it('feeds each chain the builder artifact and destroys inputs unless kept', async () => {
    const log: string[] = [];
    const { uis, lines } = recordingUis();
    const b = build('probe.a', probeBuilder(log), {
      postProcessorChains: [
        [postProcessor('p1', probePostProcessor('p1', log)), postProcessor('p2', probePostProcessor('p2', log))],
        [postProcessor('q1', probePostProcessor('q1', log), true), postProcessor('q2', probePostProcessor('q2', log, { keep: true }))],
      ],
    });
    const r = await runBuilds(plan([b]), options(uis));
    expect(r.exitCode).toBe(0);
    expect(log.filter((l) => !l.startsWith('build'))).toEqual(['p1 <- probe.a', 'p2 <- p1(probe.a)', 'destroy p1(probe.a)', 'q1 <- probe.a', 'q2 <- q1(probe.a)']);
    expect(lines.filter((l) => l.startsWith('-->'))).toEqual([
      '--> probe.a: artifact probe.a',
      '--> probe.a: artifact p2(p1(probe.a))',
      '--> probe.a: artifact q1(probe.a)',
      '--> probe.a: artifact q2(q1(probe.a))',
    ]);
    expect(lines).toContain('==> probe.a: Running post-processor: p1');
  });

  it('destroys the builder artifact when no post-processor keeps it; forceKeep beats keep_input_artifact = false', async () => {
    const log: string[] = [];
    const { uis } = recordingUis();
    const dropped = build('probe.a', probeBuilder(log), { postProcessorChains: [[postProcessor('p', probePostProcessor('p', log))]] });
    await runBuilds(plan([dropped]), options(uis));
    expect(log).toContain('destroy probe.a');
    log.length = 0;
    const forced = build('probe.b', probeBuilder(log), { postProcessorChains: [[postProcessor('m', probePostProcessor('m', log, { keep: true, forceKeep: true }), false)]] });
    await runBuilds(plan([forced]), options(uis));
    expect(log).not.toContain('destroy probe.b');
  });

  it('reports a failed post-processor as an error of the build', async () => {
    const log: string[] = [];
    const { uis, lines } = recordingUis();
    const b = build('probe.a', probeBuilder(log), { postProcessorChains: [[postProcessor('p', probePostProcessor('p', log, { fail: true }))]] });
    const r = await runBuilds(plan([b]), options(uis));
    expect(r.exitCode).toBe(1);
    expect(lines).toContain('--> probe.a: 1 error(s) occurred:\n\n* Post-processor failed: p broke');
  });

  it('limits parallel builds', async () => {
    const log: string[] = [];
    let running = 0;
    let peak = 0;
    const counting = {
      async run(...args: Parameters<ReturnType<typeof probeBuilder>['run']>) {
        running++;
        peak = Math.max(peak, running);
        await new Promise((r) => setTimeout(r, 20));
        running--;
        return probeBuilder(log).run(...args);
      },
    };
    const builds = ['p.a', 'p.b', 'p.c', 'p.d', 'p.e'].map((n) => build(n, counting));
    const { uis } = recordingUis();
    await runBuilds(plan(builds), options(uis, { parallelBuilds: 2 }));
    expect(peak).toBe(2);
    peak = 0;
    await runBuilds(plan(builds), options(uis, { parallelBuilds: 0 }));
    expect(peak).toBe(5);
    peak = 0;
    await runBuilds(plan(builds), options(uis, { parallelBuilds: 0, debug: true }));
    expect(peak).toBe(1);
  });

  it('cancels: builds stop, clean up, and the run exits 1', async () => {
    const log: string[] = [];
    const controller = new AbortController();
    const { uis, lines } = recordingUis();
    const b = build('probe.a', probeBuilder(log), {
      provisioners: [provisioner('slow', probeProvisioner('slow', log, { hangs: true })), provisioner('never', probeProvisioner('never', log))],
    });
    const active = new Set<string>();
    const running = runBuilds(plan([b]), options(uis, { signal: controller.signal, active }));
    await new Promise((r) => setTimeout(r, 20));
    expect([...active]).toEqual(['probe.a']);
    controller.abort();
    const r = await running;
    expect(r).toMatchObject({ exitCode: 1, cancelled: true });
    expect(log).toEqual(['build probe.a start', 'slow probe.a#1', 'build probe.a cleanup']);
    expect(lines.at(-1)).toBe('Cleanly cancelled builds after being interrupted.');
    expect(active.size).toBe(0);
  });

  it('prints machine-readable artifact records', async () => {
    const log: string[] = [];
    const { uis, lines } = recordingUis();
    await runBuilds(plan([build('probe.a', probeBuilder(log))]), options(uis));
    expect(lines.filter((l) => l.startsWith('machine'))).toEqual([
      'machine artifact-count 1',
      'machine artifact 0 builder-id probe.probe.a',
      'machine artifact 0 id probe.a',
      'machine artifact 0 string artifact probe.a',
      'machine artifact 0 files-count 1',
      'machine artifact 0 file 0 probe.a.out',
      'machine artifact 0 end',
    ]);
  });
});
