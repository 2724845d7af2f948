import { describe, expect, it } from 'vitest';
import { createFakeRegistry } from './fake-registry.js';
import { listLegacyFixtures, matchesExpected } from './fixture-harness.js';
import { loadLegacyJsonTemplate } from './index.js';
import { summarizePlan } from './plan-summary.js';

const fixtures = listLegacyFixtures();

describe('legacy JSON fixtures', () => {
  it('has at least 10 fixtures', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(10);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s', async (_name, fx) => {
    const res = await loadLegacyJsonTemplate(fx.opts, createFakeRegistry());
    const errors = res.diagnostics.filter((d) => d.severity === 'error');
    if (fx.expectedErrors !== undefined) {
      const got = errors.map((d) => `${d.subject?.start.line ?? 0}: ${d.summary}${d.detail === undefined ? '' : `: ${d.detail}`}`);
      for (const want of fx.expectedErrors) {
        expect(got.some((g) => g.startsWith(`${want.line}: `) && g.slice(`${want.line}: `.length).startsWith(want.summary)), `${want.line}: ${want.summary}\n got:\n${got.join('\n')}`).toBe(true);
      }
      expect(errors.length).toBe(fx.expectedErrors.length);
      for (const d of errors) expect(d.subject?.filename).toBe('template.json');
      return;
    }
    expect(errors.map((d) => d.summary + (d.detail ?? ''))).toEqual([]);
    expect(res.plan).toBeDefined();
    const summary = summarizePlan(res.plan!);
    const want = fx.expectedPlan as { sensitiveValues?: string[] };
    const actual = want.sensitiveValues === undefined ? { builds: summary.builds } : summary;
    expect(matchesExpected(JSON.parse(JSON.stringify(actual)), want), JSON.stringify(actual, null, 2)).toBe(true);
  });
});

describe('legacy JSON fixtures with the built-in components', () => {
  it.each(fixtures.filter((f) => f.expectedPlan !== undefined).map((f) => [f.name, f] as const))('%s loads without errors', async (_name, fx) => {
    const { createDefaultRegistry } = await import('../../plugins/registry.js');
    const res = await loadLegacyJsonTemplate(fx.opts, createDefaultRegistry());
    expect(res.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.summary}: ${d.detail ?? ''}`)).toEqual([]);
    expect(res.plan?.builds.length).toBeGreaterThan(0);
  });
});
