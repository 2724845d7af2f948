import { trackedTempDir } from '../../../test/support/temp-dirs.js';
import { cpSync, existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../hcl/diagnostics/diagnostic.js';
import { parseAndWrap } from '../../hcl/syntax/file.js';
import { createDefaultRegistry } from '../../plugins/registry.js';
import { unknownFieldsOf } from '../../plugins/schema/unknown.js';
import type { ComponentRegistry } from '../../plugins/types.js';
import type { LoadOptions } from '../files.js';
import { listLegacyFixtures } from '../legacy/fixture-harness.js';
import { loadLegacyJsonTemplate, readLegacyTemplate } from '../legacy/index.js';
import type { BuildPlan, ConfiguredComponent, PlannedBuild } from '../plan.js';
import { upgradedSourceNames, upgradeLegacyTemplate } from './upgrade.js';

type Loader = (opts: LoadOptions, registry: ComponentRegistry) => Promise<{ plan?: BuildPlan; diagnostics: Diagnostic[] }>;

const loadPath = resolve(import.meta.dirname, '../load.ts');
const fixtures = listLegacyFixtures().filter((f) => f.expectedPlan !== undefined);

/** Values that legitimately differ between the two loads: times, UUIDs, directories. */
function normalize(v: unknown, dirs: readonly string[]): unknown {
  if (typeof v === 'string') {
    let s = v;
    for (const d of dirs) s = s.replaceAll(d, '<DIR>');
    return s.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<uuid>').replace(/\b\d{10,14}\b/g, '<time>');
  }
  if (Array.isArray(v)) return v.map((e) => normalize(e, dirs));
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, e]) => [k, normalize(e, dirs)]));
  return v;
}

/** The config as plain data, without the fields the HCL side only knows at build time (build.name, …). */
function configOf(c: ConfiguredComponent, skip: ReadonlySet<string>, dirs: readonly string[]): unknown {
  const cfg = c.config;
  if (cfg === null || typeof cfg !== 'object') return cfg;
  const plain = JSON.parse(JSON.stringify(cfg)) as Record<string, unknown>;
  for (const k of skip) delete plain[k];
  return normalize(plain, dirs);
}

function summary(b: PlannedBuild, other: PlannedBuild | undefined, dirs: readonly string[]): unknown {
  const skipOf = (i: ConfiguredComponent, o: ConfiguredComponent | undefined): ReadonlySet<string> =>
    new Set([...unknownFieldsOf(i.config as object), ...(o === undefined ? [] : unknownFieldsOf(o.config as object))]);
  return {
    type: b.source.type,
    builder: configOf(b.builder, skipOf(b.builder, other?.builder), dirs),
    provisioners: b.provisioners.map((p, i) => ({ type: p.type, config: configOf(p, skipOf(p, other?.provisioners[i]), dirs), maxRetries: p.maxRetries, pause: p.pauseBeforeMs, timeout: p.timeoutMs })),
    cleanup: b.errorCleanupProvisioner === undefined ? undefined : { type: b.errorCleanupProvisioner.type, config: configOf(b.errorCleanupProvisioner, skipOf(b.errorCleanupProvisioner, other?.errorCleanupProvisioner), dirs) },
    chains: b.postProcessorChains.map((chain, i) => chain.map((pp, j) => ({ type: pp.type, name: pp.name, keep: pp.keepInputArtifact, config: configOf(pp, skipOf(pp, other?.postProcessorChains[i]?.[j]), dirs) }))),
  };
}

describe('hcl2_upgrade round trip', () => {
  it.each(fixtures.map((f) => [f.name, f] as const))('%s upgrades to HCL that parses', async (_n, fx) => {
    const read = await readLegacyTemplate(fx.opts.path, fx.opts.cwd);
    const hcl = upgradeLegacyTemplate(read.template!);
    const parsed = parseAndWrap(hcl, 'template.pkr.hcl');
    expect(parsed.diagnostics.map((d) => d.summary)).toEqual([]);
  });

  it.runIf(existsSync(loadPath)).each(fixtures.map((f) => [f.name, f] as const))('%s loads to the same plan', async (_n, fx) => {
    const { loadTemplate } = (await import(/* @vite-ignore */ loadPath)) as { loadTemplate: Loader };
    const registry = createDefaultRegistry();
    const json = await loadLegacyJsonTemplate(fx.opts, registry);
    expect(json.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);

    const read = await readLegacyTemplate(fx.opts.path, fx.opts.cwd);
    const dir = trackedTempDir('kiln-roundtrip-');
    cpSync(fx.dir, dir, { recursive: true });
    writeFileSync(join(dir, 'template.pkr.hcl'), upgradeLegacyTemplate(read.template!));
    const hcl = await loadTemplate({ ...fx.opts, path: 'template.pkr.hcl', cwd: dir }, registry);
    expect(hcl.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.summary}: ${d.detail ?? ''}`)).toEqual([]);

    const names = upgradedSourceNames(read.template!.builders);
    const hclBuilds = new Map((hcl.plan?.builds ?? []).map((b) => [b.name, b]));
    // abspath() resolves against the process's directory, which is the template's cwd when kiln runs.
    const dirs = [dir, fx.dir, process.cwd()];
    for (const b of json.plan!.builds) {
      const builder = read.template!.builders.find((x) => x.name === b.name)!;
      const h = hclBuilds.get(`${b.source.type}.${names.get(builder)}`);
      expect(h, `build ${b.name} → ${b.source.type}.${names.get(builder)} in ${[...hclBuilds.keys()].join(', ')}`).toBeDefined();
      expect(summary(h!, b, dirs)).toEqual(summary(b, h, dirs));
    }
    expect(hclBuilds.size).toBe(json.plan!.builds.length);
  });
});
