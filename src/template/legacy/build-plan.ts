// Builds the plan of a legacy JSON template: one build per builder, with provisioners and post-processor chains.
import { errorDiag, type Diagnostic } from '../../hcl/diagnostics/diagnostic.js';
import { parseGoDuration } from '../../hcl/functions/go/duration.js';
import type { JsonProperty } from '../../hcl/json/ast.js';
import type { Range } from '../../hcl/source/pos.js';
import { unknownTypeDetail } from '../../plugins/registry.js';
import type { ComponentKind, ComponentPlugin, ComponentRegistry } from '../../plugins/types.js';
import type { ConfiguredComponent, ConfiguredPostProcessor, ConfiguredProvisioner, PlannedBuild } from '../plan.js';
import { buildDataStrings, decodeComponent } from './component-config.js';
import type { InterpolateContext } from './interpolate/funcs.js';
import type { LegacyBuilder, LegacyComponent, LegacyPostProcessor, LegacyProvisioner, LegacyTemplate, NameList } from './model.js';

export interface PlanInputs {
  tpl: LegacyTemplate;
  registry: ComponentRegistry;
  /** The interpolation context with user variables set; build name/type are filled per build. */
  ctx: InterpolateContext;
  src: string | undefined;
  only: readonly string[];
  except: readonly string[];
}

/** `-only`/`-except` patterns: `*` matches any run of characters. */
export function matchesGlob(pattern: string, name: string): boolean {
  const re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(name);
}

function selected(list: NameList | undefined, exceptList: NameList | undefined, build: string): boolean {
  if (list !== undefined && !list.names.includes(build)) return false;
  if (exceptList !== undefined && exceptList.names.includes(build)) return false;
  return true;
}

const kindWords: Record<ComponentKind, string> = { builder: 'builder', provisioner: 'provisioner', 'post-processor': 'post-processor', datasource: 'data source' };

/** Components already reported as unknown: each is reported once, not once per build. */
const reported = new WeakSet<LegacyComponent>();

function findPlugin(registry: ComponentRegistry, kind: ComponentKind, c: LegacyComponent, build: string, diags: Diagnostic[]): ComponentPlugin | undefined {
  const plugin = registry.get(kind, c.type);
  if (plugin !== undefined || reported.has(c)) return plugin;
  reported.add(c);
  diags.push(
    errorDiag(
      `Failed to initialize build "${build}"`,
      `error initializing ${kindWords[kind]} '${c.type}': Unknown ${kindWords[kind]} ${c.type}. ${unknownTypeDetail(registry, kind, c.type)}`,
      c.typeRange,
      c.range,
    ),
  );
  return undefined;
}

function configured(plugin: ComponentPlugin, c: LegacyComponent, props: readonly JsonProperty[], ctx: InterpolateContext, src: string | undefined, diags: Diagnostic[], name?: string): ConfiguredComponent {
  const first = decodeComponent(plugin, props, c.range, ctx, src);
  diags.push(...first.diagnostics);
  const comp: ConfiguredComponent = {
    plugin,
    type: c.type,
    range: c.range,
    config: first.config,
    redecode: (buildData) => decodeComponent(plugin, props, c.range, { ...ctx, data: buildDataStrings(buildData) }, src),
    ...(name === undefined ? {} : { name }),
  };
  return comp;
}

function durationMs(v: { text: string; range: Range } | undefined, what: string, key: string, diags: Diagnostic[]): number | undefined {
  if (v === undefined || v.text === '') return undefined;
  const d = parseGoDuration(v.text);
  if ('error' in d) {
    diags.push(errorDiag(`${what}: Error decoding provisioner`, `error decoding '${key}': ${d.error}`, v.range));
    return undefined;
  }
  return Number(d.nanos / 1_000_000n);
}

function provisionerFor(p: LegacyProvisioner, what: string, build: LegacyBuilder, inputs: PlanInputs, ctx: InterpolateContext, diags: Diagnostic[]): ConfiguredProvisioner | undefined {
  const plugin = findPlugin(inputs.registry, 'provisioner', p, build.name, diags);
  const pauseBeforeMs = durationMs(p.pauseBefore, what, 'pause_before', diags);
  const timeoutMs = durationMs(p.timeout, what, 'timeout', diags);
  let maxRetries = 0;
  if (p.maxRetries !== undefined && p.maxRetries.text !== '') {
    maxRetries = Number(p.maxRetries.text);
    if (!Number.isInteger(maxRetries)) {
      diags.push(errorDiag(`${what}: Error decoding provisioner`, `max_retries: strconv.Atoi: parsing ${JSON.stringify(p.maxRetries.text)}: invalid syntax`, p.maxRetries.range));
      maxRetries = 0;
    }
  }
  if (plugin === undefined) return undefined;
  const override = p.override.get(build.name);
  let props: JsonProperty[] = p.attrs;
  if (override !== undefined) {
    const replaced = new Set(override.props.map((o) => o.name));
    props = [...p.attrs.filter((a) => !replaced.has(a.name)), ...override.props];
  }
  return {
    ...configured(plugin, p, props, ctx, inputs.src, diags),
    maxRetries,
    ...(pauseBeforeMs === undefined ? {} : { pauseBeforeMs }),
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
  };
}

function postProcessorFor(pp: LegacyPostProcessor, build: LegacyBuilder, inputs: PlanInputs, ctx: InterpolateContext, diags: Diagnostic[]): ConfiguredPostProcessor | undefined {
  const plugin = findPlugin(inputs.registry, 'post-processor', pp, build.name, diags);
  if (plugin === undefined) return undefined;
  return {
    ...configured(plugin, pp, pp.attrs, ctx, inputs.src, diags, pp.name),
    ...(pp.keepInputArtifact === undefined ? {} : { keepInputArtifact: pp.keepInputArtifact }),
  };
}

/** Every selected builder becomes a build; components that don't apply to it (only/except) are left out. */
export function planLegacyBuilds(inputs: PlanInputs): { builds: PlannedBuild[]; diagnostics: Diagnostic[] } {
  const diags: Diagnostic[] = [];
  const builds: PlannedBuild[] = [];
  const { tpl } = inputs;
  for (const b of tpl.builders) {
    if (inputs.only.length > 0 && !inputs.only.some((p) => matchesGlob(p, b.name))) continue;
    if (inputs.except.some((p) => matchesGlob(p, b.name))) continue;
    const ctx: InterpolateContext = { ...inputs.ctx, buildName: b.name, buildType: b.type };
    const builderPlugin = findPlugin(inputs.registry, 'builder', b, b.name, diags);
    const provisioners: ConfiguredProvisioner[] = [];
    tpl.provisioners.forEach((p, i) => {
      if (!selected(p.only, p.except, b.name)) return;
      const c = provisionerFor(p, `provisioner ${i + 1}`, b, inputs, ctx, diags);
      if (c !== undefined) provisioners.push(c);
    });
    const cleanup = tpl.errorCleanupProvisioner === undefined ? undefined : provisionerFor(tpl.errorCleanupProvisioner, 'error-cleanup-provisioner', b, inputs, ctx, diags);
    const chains: ConfiguredPostProcessor[][] = [];
    for (const chain of tpl.postProcessors) {
      const out: ConfiguredPostProcessor[] = [];
      for (const pp of chain) {
        if (!selected(pp.only, pp.except, b.name)) continue;
        const c = postProcessorFor(pp, b, inputs, ctx, diags);
        if (c !== undefined) out.push(c);
      }
      if (out.length > 0) chains.push(out);
    }
    if (builderPlugin === undefined) continue;
    const builder = configured(builderPlugin, b, b.attrs, ctx, inputs.src, diags);
    builds.push({
      name: b.name,
      source: { type: b.type, name: b.name, range: b.range },
      builder,
      provisioners,
      postProcessorChains: chains,
      ...(cleanup === undefined ? {} : { errorCleanupProvisioner: cleanup }),
    });
  }
  return { builds, diagnostics: diags };
}
