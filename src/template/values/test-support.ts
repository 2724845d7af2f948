// Helpers for the values-phase tests: top-level blocks from HCL/JSON snippets, a fake registry, and compact results.
import type { Diagnostic } from '../../hcl/diagnostics/diagnostic.js';
import { parseJsonConfig } from '../../hcl/json/index.js';
import { parseAndWrap } from '../../hcl/syntax/index.js';
import type { Block, Body, BodySchema } from '../../hcl/structure.js';
import { showValue } from '../../hcl/eval/show-value.js';
import type { Value } from '../../hcl/value/value.js';
import type { ComponentKind, ComponentPlugin, ComponentRegistry } from '../../plugins/types.js';
import type { LoadOptions, TopLevelBlocks } from '../files.js';
import { PACKER_COMPAT_VERSION } from '../packer-version.js';
import { initializeValues, type ValuesResult } from './index.js';

const schema: BodySchema = {
  blocks: [
    { type: 'variable', labelNames: ['name'] },
    { type: 'variables' },
    { type: 'locals' },
    { type: 'local', labelNames: ['name'] },
    { type: 'data', labelNames: ['type', 'name'] },
  ],
};

/** Parses each file (`.json` names as JSON, others as native HCL) and keeps the blocks the values phase reads. */
export function blocksFrom(files: Record<string, string>): TopLevelBlocks {
  const out: TopLevelBlocks = { packer: [], variable: [], variables: [], locals: [], local: [], data: [], source: [], build: [] };
  for (const [name, text] of Object.entries(files)) {
    let body: Body;
    if (name.endsWith('.json')) {
      const r = parseJsonConfig(text, name);
      if (r.diagnostics.length > 0) throw new Error(`${name} does not parse: ${r.diagnostics[0]!.summary}`);
      body = r.body;
    } else {
      const r = parseAndWrap(text, name);
      if (r.diagnostics.length > 0) throw new Error(`${name} does not parse: ${r.diagnostics[0]!.summary}`);
      body = r.file.body;
    }
    const { content } = body.partialContent(schema);
    for (const b of content.blocks) (out[b.type as keyof TopLevelBlocks] as Block[]).push(b);
  }
  return out;
}

/** A registry over the given plugins only. */
export function fakeRegistry(plugins: readonly ComponentPlugin[]): ComponentRegistry {
  return {
    get: (kind: ComponentKind, type: string) => plugins.find((p) => p.kind === kind && p.type === type),
    types: (kind: ComponentKind) => plugins.filter((p) => p.kind === kind).map((p) => p.type).sort(),
  };
}

export function testOptions(over: Partial<LoadOptions> = {}): LoadOptions {
  return {
    path: 'tpl.pkr.hcl',
    cwd: '/work',
    env: {},
    inputs: [],
    only: [],
    except: [],
    mode: 'build',
    evaluateDatasources: false,
    syntaxOnly: false,
    packerVersion: PACKER_COMPAT_VERSION,
    ...over,
  };
}

export interface RunOptions {
  opts?: Partial<LoadOptions>;
  plugins?: readonly ComponentPlugin[];
  rootDir?: string;
}

/** Runs the values phase over HCL snippets (a single string is `main.pkr.hcl`). */
export function runValues(files: Record<string, string> | string, run: RunOptions = {}): Promise<ValuesResult> {
  const blocks = blocksFrom(typeof files === 'string' ? { 'main.pkr.hcl': files } : files);
  return initializeValues({
    blocks,
    opts: testOptions(run.opts),
    rootDir: run.rootDir ?? '.',
    registry: fakeRegistry(run.plugins ?? []),
  });
}

/** "E summary: detail @file:line:col" per diagnostic. */
export function brief(diags: readonly Diagnostic[]): string[] {
  return diags.map((d) => {
    const at = d.subject ? ` @${d.subject.filename}:${d.subject.start.line}:${d.subject.start.column}` : '';
    return `${d.severity === 'error' ? 'E' : 'W'} ${d.summary}: ${d.detail ?? ''}${at}`;
  });
}

/** The variables and locals of a result as `name = showValue(value)` lines. */
export function shown(r: ValuesResult): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of r.variables) out[`var.${v.name}`] = showValue(v.value);
  for (const l of r.locals) out[`local.${l.name}`] = showValue(l.value);
  return out;
}

export function show(v: Value | undefined): string {
  return v === undefined ? 'undefined' : showValue(v);
}
