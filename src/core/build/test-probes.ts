// Tiny in-test components for the orchestrator's tests: builders, provisioners and post-processors that record what happens.
import type { Value } from '../../hcl/value/value.js';
import { initialPos, makeRange } from '../../hcl/source/pos.js';
import type { ComponentKind, ComponentPlugin, ConfigSchema } from '../../plugins/types.js';
import type { BuildPlan, ConfiguredPostProcessor, ConfiguredProvisioner, PlannedBuild } from '../../template/plan.js';
import type { Artifact } from '../artifact.js';
import type { BuilderRuntime, PostProcessorRuntime, ProvisionerRuntime } from '../plugin-runtime.js';
import type { Ui } from '../ui.js';
import { provisionOrCleanUp } from './provision-hook.js';
import type { BuildUis } from './build-uis.js';

const range = makeRange('test.pkr.hcl', initialPos, initialPos);
const schema: ConfigSchema<unknown> = {
  decodeBody: () => ({ value: undefined, diagnostics: [] }),
  decodeAttributes: () => ({ value: undefined, diagnostics: [] }),
  attributeNames: [],
};

export function plugin(kind: ComponentKind, type: string, runtime: BuilderRuntime<unknown> | ProvisionerRuntime<unknown> | PostProcessorRuntime<unknown>): ComponentPlugin {
  return { kind, type, schema, runtime: async () => runtime };
}

export function probeArtifact(id: string, log: string[]): Artifact {
  return {
    builderId: `probe.${id}`,
    id,
    files: [`${id}.out`],
    describe: () => `artifact ${id}`,
    state: () => undefined,
    destroy: async () => {
      log.push(`destroy ${id}`);
    },
  };
}

/** A builder that fires the hook (recording around it) and returns an artifact named after the build. */
export function probeBuilder(log: string[], opts: { fail?: string; delayMs?: number } = {}): BuilderRuntime<unknown> {
  return {
    async run(config, ctx) {
      log.push(`build ${ctx.buildName} start`);
      if (opts.delayMs !== undefined) await new Promise((r) => setTimeout(r, opts.delayMs));
      try {
        await provisionOrCleanUp(ctx, undefined, new Map<string, Value>());
        if (opts.fail !== undefined) throw new Error(opts.fail);
        return probeArtifact(ctx.buildName, log);
      } finally {
        log.push(`build ${ctx.buildName} cleanup`);
      }
    },
  };
}

/** A provisioner that records each call; `failTimes` calls fail first, `hangs` waits for its signal. */
export function probeProvisioner(name: string, log: string[], opts: { failTimes?: number; hangs?: boolean } = {}): ProvisionerRuntime<unknown> {
  let calls = 0;
  return {
    async provision(_config, ctx) {
      calls++;
      log.push(`${name} ${ctx.buildName}#${calls}`);
      ctx.ui.say(`provisioning ${name}`);
      if (opts.hangs === true) {
        await new Promise<void>((_r, reject) => ctx.signal.addEventListener('abort', () => reject(new Error(`${name} stopped`)), { once: true }));
      }
      if (calls <= (opts.failTimes ?? 0)) throw new Error(`${name} failed`);
    },
  };
}

export function probePostProcessor(name: string, log: string[], opts: { keep?: boolean; forceKeep?: boolean; fail?: boolean } = {}): PostProcessorRuntime<unknown> {
  return {
    async postProcess(_config, input, _ctx) {
      log.push(`${name} <- ${input.id}`);
      if (opts.fail === true) throw new Error(`${name} broke`);
      return { artifact: probeArtifact(`${name}(${input.id})`, log), keepInput: opts.keep ?? false, ...(opts.forceKeep !== undefined ? { forceKeep: opts.forceKeep } : {}) };
    },
  };
}

export function provisioner(type: string, runtime: ProvisionerRuntime<unknown>, meta: Partial<Omit<ConfiguredProvisioner, 'plugin'>> = {}): ConfiguredProvisioner {
  return { plugin: plugin('provisioner', type, runtime), type, range, config: {}, redecode: () => ({ config: {}, diagnostics: [] }), maxRetries: 0, ...meta };
}

export function postProcessor(type: string, runtime: PostProcessorRuntime<unknown>, keepInputArtifact?: boolean): ConfiguredPostProcessor {
  return {
    plugin: plugin('post-processor', type, runtime),
    type,
    range,
    config: {},
    redecode: () => ({ config: {}, diagnostics: [] }),
    ...(keepInputArtifact !== undefined ? { keepInputArtifact } : {}),
  };
}

export function build(name: string, builder: BuilderRuntime<unknown>, parts: Partial<Pick<PlannedBuild, 'provisioners' | 'errorCleanupProvisioner' | 'postProcessorChains'>> = {}): PlannedBuild {
  const [type = 'probe', sourceName = name] = name.split('.');
  return {
    name,
    source: { type, name: sourceName, range },
    builder: { plugin: plugin('builder', type, builder), type, range, config: {}, redecode: () => ({ config: {}, diagnostics: [] }) },
    provisioners: parts.provisioners ?? [],
    ...(parts.errorCleanupProvisioner !== undefined ? { errorCleanupProvisioner: parts.errorCleanupProvisioner } : {}),
    postProcessorChains: parts.postProcessorChains ?? [],
  };
}

export function plan(builds: PlannedBuild[]): BuildPlan {
  return { templateType: 'hcl2', path: 'test.pkr.hcl', rootDir: '.', variables: [], locals: [], builds, sensitiveValues: [] };
}

/** UIs that record every line as Packer would print it, without colour. */
export function recordingUis(): { uis: BuildUis; lines: string[] } {
  const lines: string[] = [];
  const make = (prefix: (kind: 'say' | 'message' | 'error', m: string) => string): Ui => ({
    say: (m) => lines.push(prefix('say', m)),
    message: (m) => lines.push(prefix('message', m)),
    error: (m) => lines.push(prefix('error', m)),
    ask: () => Promise.reject(new Error('no tty')),
    machine: (type, ...data) => lines.push(`machine ${type} ${data.join(' ')}`),
  });
  const root = make((_k, m) => m);
  return {
    lines,
    uis: {
      root,
      build: () => root,
      targeted: (_i, target) => make((k, m) => `${k === 'message' ? '   ' : '==>'} ${target}: ${m}`),
    },
  };
}
