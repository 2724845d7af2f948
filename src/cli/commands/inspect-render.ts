// The text `kiln inspect` prints: Packer's HCL2-mode listing of a build plan, and its JSON-mode listing of a legacy template.
import { goQuote } from '../../hcl/diagnostics/go-quote.js';
import type { BuildPlan, ConfiguredComponent, PlannedBuild } from '../../template/plan.js';
import { renderConsoleValue } from '../console/render-value.js';

/** Packer's PackerConfig.InspectConfig output: variables, locals, then one entry per build block. */
export function renderHcl2Inspect(plan: BuildPlan): string {
  return `Packer Inspect: HCL2 mode\n\n${renderVariables(plan)}\n${renderBuilds(plan)}\n`;
}

function renderVariables(plan: BuildPlan): string {
  let out = '> input-variables:\n\n';
  for (const v of [...plan.variables].sort((a, b) => compare(a.name, b.name))) {
    const text = v.sensitive ? '<sensitive>' : renderConsoleValue(v.value.isMarked ? v.value.unmark() : v.value);
    out += `var.${v.name}: ${goQuote(text)}\n`;
  }
  out += '\n> local-variables:\n\n';
  for (const l of [...plan.locals].sort((a, b) => compare(a.name, b.name))) {
    const text = l.sensitive ? '<sensitive>' : renderConsoleValue(l.value.isMarked ? l.value.unmark() : l.value);
    out += `local.${l.name}: ${goQuote(text)}\n`;
  }
  return out;
}

interface BuildGroup {
  name?: string;
  description?: string;
  builds: PlannedBuild[];
}

/** The plan has one entry per source; inspect lists build blocks, so consecutive entries of one block are merged. */
function groupBuilds(builds: readonly PlannedBuild[]): BuildGroup[] {
  const groups: BuildGroup[] = [];
  let lastKey: string | undefined;
  builds.forEach((b, i) => {
    const key = b.buildIndex !== undefined ? `#${b.buildIndex}` : b.buildName !== undefined ? `n:${b.buildName}` : `i:${i}`;
    if (key !== lastKey || groups.length === 0) {
      const g: BuildGroup = { builds: [] };
      if (b.buildName !== undefined) g.name = b.buildName;
      if (b.description !== undefined) g.description = b.description;
      groups.push(g);
      lastKey = key;
    }
    groups[groups.length - 1]!.builds.push(b);
  });
  return groups;
}

function renderBuilds(plan: BuildPlan): string {
  let out = '> builds:\n';
  groupBuilds(plan.builds).forEach((g, i) => {
    out += `\n  > ${g.name !== undefined && g.name !== '' ? g.name : `<unnamed build ${i}>`}:\n`;
    if (g.description !== undefined && g.description !== '') out += `\n  > Description: ${g.description}\n`;
    out += '\n    sources:\n';
    if (g.builds.length === 0) out += '\n      <no source>\n';
    for (const b of g.builds) out += `\n      ${b.source.type}.${b.source.name}\n`;
    const first = g.builds[0];
    const provisioners = first?.provisioners ?? [];
    out += '\n    provisioners:\n\n';
    if (provisioners.length === 0) out += '      <no provisioner>\n';
    for (const p of provisioners) out += `      ${componentLabel(p)}\n`;
    const chains = first?.postProcessorChains ?? [];
    out += '\n    post-processors:\n';
    if (chains.length === 0) out += '\n      <no post-processor>\n';
    chains.forEach((chain, n) => {
      out += `\n      ${n}:\n`;
      for (const pp of chain) out += `        ${componentLabel(pp)}\n`;
    });
  });
  return out;
}

function componentLabel(c: ConfiguredComponent): string {
  return c.name !== undefined && c.name !== '' ? `${c.type}.${c.name}` : c.type;
}

/** What inspect needs from a legacy JSON template, read without interpolation (Packer prints the raw defaults). */
export interface LegacyInspectInput {
  description?: string;
  /** name → default; null for a required variable. */
  variables: Map<string, string | null>;
  builders: { name: string; type: string }[];
  provisioners: string[];
}

/** Packer 1.6.6's JSON-mode inspect output. */
export function renderLegacyInspect(t: LegacyInspectInput): string {
  const lines: string[] = ['Packer Inspect: JSON mode'];
  const say = (s: string): void => {
    lines.push(s);
  };
  if (t.description !== undefined && t.description !== '') {
    say('Description:\n');
    say(t.description + '\n');
  }
  if (t.variables.size === 0) {
    say('Variables:\n');
    say('  <No variables>');
  } else {
    const keys = [...t.variables.keys()].sort(compare);
    const required = keys.filter((k) => t.variables.get(k) === null);
    if (required.length > 0) {
      say('Required variables:\n');
      for (const k of required) say('  ' + k);
      say('');
    }
    say('Optional variables and their defaults:\n');
    const max = Math.max(...keys.map((k) => k.length));
    for (const k of keys) {
      const v = t.variables.get(k);
      if (v === null || v === undefined) continue;
      say(`  ${k}${' '.repeat(max - k.length)} = ${v}`);
    }
  }
  say('');
  say('Builders:\n');
  if (t.builders.length === 0) {
    say('  <No builders>');
  } else {
    const sorted = [...t.builders].sort((a, b) => compare(a.name, b.name));
    const max = Math.max(...sorted.map((b) => b.name.length));
    for (const b of sorted) {
      let line = `  ${b.name}${' '.repeat(max - b.name.length)}`;
      if (b.name !== b.type) line += ` (${b.type})`;
      say(line);
    }
  }
  say('');
  say('Provisioners:\n');
  if (t.provisioners.length === 0) say('  <No provisioners>');
  for (const p of t.provisioners) say('  ' + p);
  say(
    "\nNote: If your build names contain user variables or template\nfunctions such as 'timestamp', these are processed at build time,\nand therefore only show in their raw form here.",
  );
  return lines.join('\n') + '\n';
}

/** Reads the parts inspect shows from a legacy JSON template's text; undefined when it is not a JSON object. */
export function readLegacyInspectInput(text: string): { input: LegacyInspectInput; sensitive: string[] } | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(raw)) return undefined;
  const input: LegacyInspectInput = { variables: new Map(), builders: [], provisioners: [] };
  if (typeof raw.description === 'string') input.description = raw.description;
  if (isRecord(raw.variables)) {
    for (const [k, v] of Object.entries(raw.variables)) input.variables.set(k, v === null ? null : typeof v === 'string' ? v : JSON.stringify(v));
  }
  if (Array.isArray(raw.builders)) {
    for (const b of raw.builders) {
      if (!isRecord(b)) continue;
      const type = typeof b.type === 'string' ? b.type : '';
      input.builders.push({ type, name: typeof b.name === 'string' && b.name !== '' ? b.name : type });
    }
  }
  if (Array.isArray(raw.provisioners)) {
    for (const p of raw.provisioners) if (isRecord(p) && typeof p.type === 'string') input.provisioners.push(p.type);
  }
  const sensitive: string[] = [];
  if (Array.isArray(raw['sensitive-variables'])) {
    for (const name of raw['sensitive-variables']) {
      const v = typeof name === 'string' ? input.variables.get(name) : undefined;
      if (typeof v === 'string' && v !== '') sensitive.push(v);
    }
  }
  return { input, sensitive };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Go's sort.Strings order (UTF-16 order agrees with it for the names templates use). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
