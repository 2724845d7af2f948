// Runs a plan's builds concurrently (-parallel-builds), each with its own coloured, prefixed UI, and prints Packer's closing summary.
import type { BuildPlan, PlannedBuild } from '../../template/plan.js';
import type { Artifact } from '../artifact.js';
import { humanDuration } from './duration.js';
import { CancelledError } from './provisioner-wrappers.js';
import { runBuild, type BuildSettings } from './run-build.js';

export interface RunBuildsOptions extends Omit<BuildSettings, 'templateDir'> {
  /** 0 means no limit (Packer's default); -debug forces 1. */
  readonly parallelBuilds: number;
  /** Print "x: output will be in this color." for each build first (not in machine-readable mode). */
  readonly announceColors?: boolean;
  /** Names of the builds still running or cleaning up, kept current for the second-signal message. */
  readonly active?: Set<string>;
  readonly now?: () => number;
}

export type BuildOutcome = { name: string; ok: true; artifacts: Artifact[] } | { name: string; ok: false; error: Error };

export interface RunBuildsResult {
  readonly exitCode: number;
  readonly outcomes: readonly BuildOutcome[];
  readonly cancelled: boolean;
}

/** A counting semaphore: at most `limit` tasks at a time (0: no limit). */
function limiter(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  if (limit <= 0) return (task) => task();
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}

export async function runBuilds(plan: BuildPlan, opts: RunBuildsOptions): Promise<RunBuildsResult> {
  const now = opts.now ?? (() => performance.now());
  const { uis } = opts;
  const start = now();
  if (opts.announceColors === true && plan.builds.length > 0) {
    plan.builds.forEach((b, i) => (uis.announcer?.(i) ?? uis.build(i)).say(`${b.name}: output will be in this color.`));
    uis.root.say('');
  }
  if (opts.debug) uis.root.say('Debug mode enabled. Builds will not be parallelized.');
  const limit = limiter(opts.debug ? 1 : opts.parallelBuilds);
  const settings: BuildSettings = { ...opts, templateDir: plan.rootDir };
  const one = async (b: PlannedBuild, i: number): Promise<BuildOutcome> => {
    if (opts.signal.aborted) return { name: b.name, ok: false, error: new CancelledError() };
    const buildStart = now();
    opts.active?.add(b.name);
    const ui = uis.build(i);
    try {
      const artifacts = await runBuild(b, i, settings);
      ui.say(`Build '${b.name}' finished after ${humanDuration(now() - buildStart)}.`);
      return { name: b.name, ok: true, artifacts };
    } catch (thrown) {
      const error = thrown instanceof Error ? thrown : new Error(String(thrown));
      ui.error(`Build '${b.name}' errored after ${humanDuration(now() - buildStart)}: ${error.message}`);
      return { name: b.name, ok: false, error };
    } finally {
      opts.active?.delete(b.name);
    }
  };
  const outcomes = await Promise.all(plan.builds.map((b, i) => limit(() => one(b, i))));
  const cancelled = opts.signal.aborted;
  uis.root.say(`\n==> Wait completed after ${humanDuration(now() - start)}`);
  if (cancelled) {
    uis.root.say('Cleanly cancelled builds after being interrupted.');
    return { exitCode: 1, outcomes, cancelled };
  }
  printSummary(opts, outcomes);
  return { exitCode: outcomes.some((o) => !o.ok) ? 1 : 0, outcomes, cancelled };
}

/** The errors and the artifacts, in Packer's words and machine-readable records (in build order). */
function printSummary(opts: RunBuildsOptions, outcomes: readonly BuildOutcome[]): void {
  const { uis } = opts;
  const failed = outcomes.filter((o) => !o.ok);
  if (failed.length > 0) {
    uis.root.machine?.('error-count', String(failed.length));
    uis.root.error("\n==> Some builds didn't complete successfully and had errors:");
    for (const o of failed) {
      uis.targeted(undefined, o.name).machine?.('error', o.error.message);
      uis.root.error(`--> ${o.name}: ${o.error.message}`);
    }
  }
  const succeeded = outcomes.filter((o): o is Extract<BuildOutcome, { ok: true }> => o.ok && o.artifacts.length > 0);
  if (succeeded.length === 0) {
    uis.root.say('\n==> Builds finished but no artifacts were created.');
    return;
  }
  uis.root.say('\n==> Builds finished. The artifacts of successful builds are:');
  for (const o of succeeded) {
    const mui = uis.targeted(undefined, o.name);
    mui.machine?.('artifact-count', String(o.artifacts.length));
    o.artifacts.forEach((a, i) => {
      const n = String(i);
      mui.machine?.('artifact', n, 'builder-id', a.builderId);
      mui.machine?.('artifact', n, 'id', a.id);
      mui.machine?.('artifact', n, 'string', a.describe());
      mui.machine?.('artifact', n, 'files-count', String(a.files.length));
      a.files.forEach((f, fi) => mui.machine?.('artifact', n, 'file', String(fi), f));
      mui.machine?.('artifact', n, 'end');
      uis.root.say(`--> ${o.name}: ${a.describe()}`);
    });
  }
}
