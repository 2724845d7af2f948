// The provision hooks a builder fires: the build's provisioners in order, and the error-cleanup-provisioner when the build fails.
import type { Communicator } from '../../communicator/communicator.js';
import type { Value } from '../../hcl/value/value.js';
import type { ConfiguredProvisioner, PlannedBuild } from '../../template/plan.js';
import type { BuilderContext, CleanupProvisionHook, PluginContext, ProvisionHook } from '../plugin-runtime.js';
import { CancelledError, compose, pauseBefore, retry, timeout, type ProvisionFn, type ProvisionWrapper } from './provisioner-wrappers.js';
import { provisionHookData } from './hook-data.js';
import { buildTimeConfig, provisionerRuntime } from './runtimes.js';

/** The wrappers a provisioner's meta-arguments ask for, outermost first: pause once, then retry tries that each have a deadline. */
export function metaWrappers(p: ConfiguredProvisioner): ProvisionWrapper[] {
  const out: ProvisionWrapper[] = [];
  if (p.pauseBeforeMs !== undefined && p.pauseBeforeMs > 0) out.push(pauseBefore(p.pauseBeforeMs));
  if (p.maxRetries > 0) out.push(retry(p.maxRetries));
  if (p.timeoutMs !== undefined && p.timeoutMs > 0) out.push(timeout(p.timeoutMs));
  return out;
}

function provisionerFn(p: ConfiguredProvisioner, base: PluginContext, comm: Communicator | undefined, data: ReadonlyMap<string, Value>): ProvisionFn {
  return compose(async (call) => {
    const runtime = await provisionerRuntime(p);
    const config = buildTimeConfig(p, data);
    await runtime.provision(config, { ...base, signal: call.signal, ui: call.ui, communicator: comm, generatedData: data });
  }, metaWrappers(p));
}

export interface ProvisionHookState {
  /** The generated data the builder last handed over, for post-processors' build-time configuration. */
  generatedData: ReadonlyMap<string, Value>;
}

export function createProvisionHook(build: PlannedBuild, base: PluginContext, state: ProvisionHookState): ProvisionHook {
  return async (comm, fromBuilder) => {
    const generatedData = provisionHookData(fromBuilder);
    state.generatedData = generatedData;
    for (const p of build.provisioners) {
      if (base.signal.aborted) throw new CancelledError();
      try {
        await provisionerFn(p, base, comm, generatedData)({ signal: base.signal, ui: base.ui });
      } catch (err) {
        if (p.continueOnError !== true || base.signal.aborted) throw err;
        base.ui.error(`Provisioner ${p.type} failed, continuing: ${(err as Error).message}`);
      }
    }
  };
}

/** The error-cleanup-provisioner failed; the message names both errors, as Packer's. */
export class CleanupProvisionError extends Error {
  constructor(cleanupError: Error, readonly original: Error) {
    super(`Cleanup failed: ${cleanupError.message}. Original Provisioning error: ${original.message}`, { cause: original });
    this.name = 'CleanupProvisionError';
  }
}

export function createCleanupProvisionHook(build: PlannedBuild, base: PluginContext): CleanupProvisionHook {
  return async (comm, fromBuilder, error) => {
    base.ui.say('Provisioning step had errors: Running the cleanup provisioner, if present...');
    const generatedData = provisionHookData(fromBuilder);
    const cleanup = build.errorCleanupProvisioner;
    if (cleanup === undefined) return;
    // As Packer, the cleanup provisioner runs even when the build was cancelled: it gets a signal of its own.
    const signal = new AbortController().signal;
    try {
      await provisionerFn(cleanup, { ...base, signal }, comm, generatedData)({ signal, ui: base.ui });
    } catch (cleanupErr) {
      throw new CleanupProvisionError(cleanupErr as Error, error);
    }
  };
}

/**
 * For builders without a step runner (null, file): provisions, and on failure runs the cleanup hook right away,
 * as their provision step's cleanup would (not with -on-error=abort); rejects with the build's error.
 */
export async function provisionOrCleanUp(ctx: BuilderContext, comm: Communicator | undefined, generatedData: ReadonlyMap<string, Value>): Promise<void> {
  try {
    await ctx.provision(comm, generatedData);
  } catch (err) {
    if (ctx.onError !== 'abort') await ctx.cleanupProvision(comm, generatedData, err as Error);
    throw err;
  }
}
