// The shared fixture harness: loads test/fixtures/templates/<case>/ and compares the plan or diagnostics with expected.json.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../../src/hcl/diagnostics/diagnostic.js';
import type { Value } from '../../src/hcl/value/value.js';
import type { CliVariableInput, LoadOptions } from '../../src/template/files.js';
import { PACKER_COMPAT_VERSION } from '../../src/template/packer-version.js';
import type { BuildPlan, ConfiguredComponent, PlannedBuild } from '../../src/template/plan.js';

export const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/templates');

/** args.json: how the case is loaded. */
export interface CaseArgs {
  /** The template path relative to the case folder; "." (the folder) by default. */
  path?: string;
  /** -var and -var-file in command-line order: "name=value" or { "varFile": "x.pkrvars.hcl" }. */
  inputs?: (string | { varFile: string })[];
  vars?: string[];
  varFiles?: string[];
  env?: Record<string, string>;
  only?: string[];
  except?: string[];
  mode?: LoadOptions['mode'];
  evaluateDatasources?: boolean;
  syntaxOnly?: boolean;
  /** Start the test HTTP server and pass its base URL as PKR_VAR_server_url. */
  httpServer?: boolean;
  /** Verdict of packer 1.6.6 on this case, when it supports it: used by the oracle test. */
  oracle?: 'valid' | 'invalid';
}

export interface ExpectedDiagnostic {
  severity: 'error' | 'warning';
  /** The exact summary, or a prefix followed by '*'. */
  summary: string;
  /** Substring the detail must contain. */
  detail?: string;
  file: string;
  line: number;
}

export interface ExpectedBuild {
  name?: string;
  type?: string;
  source?: string;
  provisioners?: string[];
  errorCleanupProvisioner?: string;
  postProcessors?: string[][];
  /** A partial match against the builder's decoded configuration. */
  config?: Record<string, unknown>;
  /** Partial matches against each provisioner's meta-arguments. */
  provisionerMeta?: Record<string, unknown>[];
  keepInputArtifact?: (boolean | null)[][];
}

export interface Expected {
  valid?: true;
  builds?: ExpectedBuild[];
  variables?: Record<string, unknown>;
  locals?: Record<string, unknown>;
  sensitiveValues?: string[];
  templateType?: 'hcl2' | 'json';
  diagnostics?: ExpectedDiagnostic[];
}

export interface FixtureCase {
  name: string;
  dir: string;
  args: CaseArgs;
  expected: Expected;
}

export function listCases(): FixtureCase[] {
  return readdirSync(fixturesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(fixturesDir, d.name, 'expected.json')))
    .map((d) => {
      const dir = join(fixturesDir, d.name);
      const argsPath = join(dir, 'args.json');
      const args = existsSync(argsPath) ? (JSON.parse(readFileSync(argsPath, 'utf8')) as CaseArgs) : {};
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
      return { name: d.name, dir, args, expected };
    })
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

export function caseInputs(args: CaseArgs): CliVariableInput[] {
  if (args.inputs !== undefined) {
    return args.inputs.map((i) => (typeof i === 'string' ? { kind: 'var', text: i } : { kind: 'var-file', text: i.varFile }));
  }
  return [
    ...(args.varFiles ?? []).map((f): CliVariableInput => ({ kind: 'var-file', text: f })),
    ...(args.vars ?? []).map((v): CliVariableInput => ({ kind: 'var', text: v })),
  ];
}

export function caseLoadOptions(c: FixtureCase, extraEnv: Record<string, string> = {}): LoadOptions {
  return {
    path: c.args.path ?? '.',
    cwd: c.dir,
    env: { ...(c.args.env ?? {}), ...extraEnv },
    inputs: caseInputs(c.args),
    only: c.args.only ?? [],
    except: c.args.except ?? [],
    mode: c.args.mode ?? 'validate',
    evaluateDatasources: c.args.evaluateDatasources ?? false,
    syntaxOnly: c.args.syntaxOnly ?? false,
    packerVersion: PACKER_COMPAT_VERSION,
  };
}

/** A value as plain JSON for comparisons: unknowns as "<unknown>", marks dropped, numbers as JS numbers. */
export function plainValue(v: Value): unknown {
  const val = v.isMarked ? v.unmarkDeep().value : v;
  if (!val.isKnown) return '<unknown>';
  if (val.isNull) return null;
  switch (val.type.kind) {
    case 'string':
      return val.asString();
    case 'number':
      return val.asNum().toNumber();
    case 'bool':
      return val.asBool();
    case 'list':
    case 'set':
    case 'tuple':
      return val.elements().map(plainValue);
    case 'map':
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, e] of val.attributes()) out[k] = plainValue(e);
      return out;
    }
    case 'dynamic':
      return '<dynamic>';
  }
}

function label(c: ConfiguredComponent): string {
  return c.name !== undefined && c.name !== '' ? `${c.type}.${c.name}` : c.type;
}

/** The compact summary of one planned build, in the shape expected.json uses. */
export function summarizeBuild(b: PlannedBuild): Required<Omit<ExpectedBuild, 'errorCleanupProvisioner'>> & { errorCleanupProvisioner?: string } {
  const s = {
    name: b.name,
    type: b.builder.type,
    source: `${b.source.type}.${b.source.name}`,
    provisioners: b.provisioners.map(label),
    postProcessors: b.postProcessorChains.map((chain) => chain.map(label)),
    config: toPlain(b.builder.config) as Record<string, unknown>,
    provisionerMeta: b.provisioners.map((p) => ({
      maxRetries: p.maxRetries,
      ...(p.timeoutMs !== undefined ? { timeoutMs: p.timeoutMs } : {}),
      ...(p.pauseBeforeMs !== undefined ? { pauseBeforeMs: p.pauseBeforeMs } : {}),
    })),
    keepInputArtifact: b.postProcessorChains.map((chain) => chain.map((p) => p.keepInputArtifact ?? null)),
  };
  return b.errorCleanupProvisioner !== undefined ? { ...s, errorCleanupProvisioner: label(b.errorCleanupProvisioner) } : s;
}

/** Decoded configs may hold Values, Maps or class instances: flatten them for partial matching. */
export function toPlain(x: unknown): unknown {
  if (x === null || x === undefined) return x ?? null;
  if (typeof x !== 'object') return x;
  if (isValue(x)) return plainValue(x);
  if (Array.isArray(x)) return x.map(toPlain);
  if (x instanceof Map) return Object.fromEntries([...x.entries()].map(([k, v]) => [String(k), toPlain(v)]));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(x)) out[k] = toPlain(v);
  return out;
}

function isValue(x: object): x is Value {
  return 'isWhollyKnown' in x && 'type' in x && typeof (x as { unmark?: unknown }).unmark === 'function';
}

/** The parts of a plan expected.json can state. */
export function summarizePlan(plan: BuildPlan): { builds: ReturnType<typeof summarizeBuild>[]; variables: Record<string, unknown>; locals: Record<string, unknown> } {
  return {
    builds: plan.builds.map(summarizeBuild),
    variables: Object.fromEntries(plan.variables.map((v) => [v.name, plainValue(v.value)])),
    locals: Object.fromEntries(plan.locals.map((l) => [l.name, plainValue(l.value)])),
  };
}

/** Diagnostics in expected.json's shape (file as a base name). */
export function summarizeDiagnostics(diags: readonly Diagnostic[]): (ExpectedDiagnostic & { detailText: string })[] {
  return diags.map((d) => ({
    severity: d.severity,
    summary: d.summary,
    detailText: d.detail ?? '',
    file: d.subject !== undefined ? basename(d.subject.filename) : '',
    line: d.subject?.start.line ?? 0,
  }));
}

/** Keeps only the keys of `actual` that `expected` mentions, recursively, so toEqual does a partial match. */
export function pick(actual: unknown, expected: unknown): unknown {
  if (Array.isArray(expected) && Array.isArray(actual)) return actual.map((a, i) => (i < expected.length ? pick(a, expected[i]) : a));
  if (isRecord(expected) && isRecord(actual)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(expected)) out[k] = k in actual ? pick(actual[k], expected[k]) : undefined;
    return out;
  }
  return actual;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
