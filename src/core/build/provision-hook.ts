// The provision hook a builder fires: runs the build's provisioners in order, and the error-cleanup-provisioner when one fails.
import type { Communicator } from '../../communicator/communicator.js';
import type { Value } from '../../hcl/value/value.js';
import type { ConfiguredProvisioner, PlannedBuild } from '../../template/plan.js';
import type { PluginContext, ProvisionHook } from '../plugin-runtime.js';
import { CancelledError, compose, pauseBefore, retry, timeout, type ProvisionFn, type ProvisionWrapper } from './provisioner-wrappers.js';
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
  return async (comm, generatedData) => {
    state.generatedData = generatedData;
    try {
      for (const p of build.provisioners) {
        if (base.signal.aborted) throw new CancelledError();
        try {
          await provisionerFn(p, base, comm, generatedData)({ signal: base.signal, ui: base.ui });
        } catch (err) {
          if (p.continueOnError !== true || base.signal.aborted) throw err;
          base.ui.error(`Provisioner ${p.type} failed, continuing: ${(err as Error).message}`);
        }
      }
    } catch (err) {
      if (base.onError === 'abort') throw err;
      base.ui.say('Provisioning step had errors: Running the cleanup provisioner, if present...');
      const cleanup = build.errorCleanupProvisioner;
      if (cleanup === undefined) throw err;
      // As Packer, the cleanup provisioner runs even when the build was cancelled: it gets a signal of its own.
      const signal = new AbortController().signal;
      try {
        await provisionerFn(cleanup, { ...base, signal }, comm, generatedData)({ signal, ui: base.ui });
      } catch (cleanupErr) {
        throw new Error(`Cleanup failed: ${(cleanupErr as Error).message}. Original Provisioning error: ${(err as Error).message}`, {
          cause: err,
        });
      }
      throw err;
    }
  };
}
