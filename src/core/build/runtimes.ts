// Loads a component's build-time half and checks it is the kind the build needs.
import type { Value } from '../../hcl/value/value.js';
import { unknownFieldsOf } from '../../plugins/schema/unknown.js';
import type { ConfiguredComponent } from '../../template/plan.js';
import type { BuilderRuntime, PostProcessorRuntime, ProvisionerRuntime } from '../plugin-runtime.js';

async function load(c: ConfiguredComponent, kind: string) {
  if (c.plugin.runtime === undefined) throw new Error(`the ${c.type} ${kind} cannot run builds in this version of kiln`);
  try {
    return await c.plugin.runtime();
  } catch (err) {
    throw new Error(`loading the ${c.type} ${kind}: ${(err as Error).message}`, { cause: err });
  }
}

export async function builderRuntime(c: ConfiguredComponent): Promise<BuilderRuntime<unknown>> {
  const rt = await load(c, 'builder');
  if (!('run' in rt)) throw new Error(`the ${c.type} plugin is not a builder`);
  return rt;
}

export async function provisionerRuntime(c: ConfiguredComponent): Promise<ProvisionerRuntime<unknown>> {
  const rt = await load(c, 'provisioner');
  if (!('provision' in rt)) throw new Error(`the ${c.type} plugin is not a provisioner`);
  return rt;
}

export async function postProcessorRuntime(c: ConfiguredComponent): Promise<PostProcessorRuntime<unknown>> {
  const rt = await load(c, 'post-processor');
  if (!('postProcess' in rt)) throw new Error(`the ${c.type} plugin is not a post-processor`);
  return rt;
}

/** The component's configuration with build-time values known; a decode error fails the build. */
export function buildTimeConfig(c: ConfiguredComponent, buildData: ReadonlyMap<string, Value>): unknown {
  const { config, diagnostics } = c.redecode(buildData);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    const text = errors.map((d) => (d.detail !== undefined && d.detail !== '' ? `${d.summary}: ${d.detail}` : d.summary)).join('; ');
    throw new Error(`${c.type}: ${text}`);
  }
  // Unknown values are skipped at validate time; left unknown now, the component would run without them.
  const unknown = config !== null && typeof config === 'object' ? [...unknownFieldsOf(config)] : [];
  if (unknown.length > 0) {
    const names = unknown.map((n) => `"${n}"`).join(', ');
    throw new Error(`${c.type}: the value of ${names} is still unknown when the build runs: it uses build data the builder did not provide`);
  }
  return config;
}
