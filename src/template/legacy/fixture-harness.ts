// Shared by the legacy fixture tests and the hcl2_upgrade round trip: reads one fixture folder's inputs.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PACKER_COMPAT_VERSION } from '../packer-version.js';
import type { CliVariableInput, LoadOptions } from '../files.js';

export const legacyFixturesDir = resolve(import.meta.dirname, '../../../test/fixtures/legacy');

export interface LegacyFixture {
  name: string;
  dir: string;
  opts: LoadOptions;
  expectedPlan?: unknown;
  /** `LINE: SUMMARY` lines. */
  expectedErrors?: { line: number; summary: string }[];
}

interface FixtureOptions {
  vars?: string[];
  varFiles?: string[];
  env?: Record<string, string>;
  only?: string[];
  except?: string[];
}

export function listLegacyFixtures(): LegacyFixture[] {
  return readdirSync(legacyFixturesDir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
    .map((name) => readFixture(name));
}

function readFixture(name: string): LegacyFixture {
  const dir = join(legacyFixturesDir, name);
  const optsPath = join(dir, 'options.json');
  const raw: FixtureOptions = existsSync(optsPath) ? (JSON.parse(readFileSync(optsPath, 'utf8')) as FixtureOptions) : {};
  const inputs: CliVariableInput[] = [
    ...(raw.varFiles ?? []).map((text): CliVariableInput => ({ kind: 'var-file', text })),
    ...(raw.vars ?? []).map((text): CliVariableInput => ({ kind: 'var', text })),
  ];
  const opts: LoadOptions = {
    path: 'template.json',
    cwd: dir,
    env: raw.env ?? {},
    inputs,
    only: raw.only ?? [],
    except: raw.except ?? [],
    mode: 'validate',
    evaluateDatasources: false,
    syntaxOnly: false,
    packerVersion: PACKER_COMPAT_VERSION,
  };
  const fx: LegacyFixture = { name, dir, opts };
  const planPath = join(dir, 'expected-plan.json');
  if (existsSync(planPath)) fx.expectedPlan = JSON.parse(readFileSync(planPath, 'utf8').replaceAll('${DIR}', dir)) as unknown;
  const errPath = join(dir, 'expected-errors.txt');
  if (existsSync(errPath)) {
    fx.expectedErrors = readFileSync(errPath, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => {
        const m = /^(\d+): (.*)$/.exec(l);
        return { line: Number(m?.[1] ?? 0), summary: m?.[2] ?? l };
      });
  }
  return fx;
}

/** Deep match where expected strings "re:…" are regular expressions. */
export function matchesExpected(actual: unknown, expected: unknown): boolean {
  if (typeof expected === 'string' && expected.startsWith('re:')) return typeof actual === 'string' && new RegExp(expected.slice(3)).test(actual);
  if (Array.isArray(expected)) return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => matchesExpected(actual[i], e));
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return false;
    const a = actual as Record<string, unknown>;
    const e = expected as Record<string, unknown>;
    const keys = new Set([...Object.keys(a), ...Object.keys(e)]);
    return [...keys].every((k) => matchesExpected(a[k], e[k]));
  }
  return actual === expected;
}
