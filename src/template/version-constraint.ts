// hashicorp/go-version: versions, constraints (`>= 1.2.0, < 2`, `~> 1.2`) and their prerelease rules, as Packer checks them.

export interface GoVersion {
  readonly segments: readonly number[];
  /** How many segments were written (`1.2` → 2), before padding to three. */
  readonly written: number;
  readonly pre: string;
  readonly metadata: string;
  readonly original: string;
}

const versionRaw =
  String.raw`v?([0-9]+(?:\.[0-9]+)*?)` +
  String.raw`(?:-([0-9]+[0-9A-Za-z\-~]*(?:\.[0-9A-Za-z\-~]+)*)|(?:-?([A-Za-z\-~]+[0-9A-Za-z\-~]*(?:\.[0-9A-Za-z\-~]+)*)))?` +
  String.raw`(?:\+([0-9A-Za-z\-~]+(?:\.[0-9A-Za-z\-~]+)*))?`;
const versionRe = new RegExp(`^${versionRaw}$`);
const constraintRe = new RegExp(String.raw`^\s*(<=|>=|!=|~>|<|>|=|)\s*(${versionRaw})\s*$`);

/** Parses a version as go-version's NewVersion; undefined when malformed. */
export function parseGoVersion(text: string): GoVersion | undefined {
  const m = versionRe.exec(text);
  if (m === null) return undefined;
  return fromMatch(text, m[1] ?? '', m[3] ?? m[2] ?? '', m[4] ?? '');
}

function fromMatch(original: string, core: string, pre: string, metadata: string): GoVersion | undefined {
  const parts = core.split('.');
  const segments: number[] = [];
  for (const p of parts) {
    const n = Number(p);
    if (!Number.isSafeInteger(n)) return undefined; // strconv.ParseInt overflow
    segments.push(n);
  }
  const written = segments.length;
  while (segments.length < 3) segments.push(0);
  return { segments, written, pre, metadata, original };
}

export function goVersionString(v: GoVersion): string {
  let s = v.segments.join('.');
  if (v.pre !== '') s += `-${v.pre}`;
  if (v.metadata !== '') s += `+${v.metadata}`;
  return s;
}

function equalSegments(a: GoVersion, b: GoVersion): boolean {
  return a.segments.length === b.segments.length && a.segments.every((s, i) => s === b.segments[i]);
}

/** -1, 0 or 1, as go-version's Compare (metadata ignored, prereleases sort before releases). */
export function compareGoVersions(a: GoVersion, b: GoVersion): number {
  if (goVersionString(a) === goVersionString(b)) return 0;
  if (equalSegments(a, b)) {
    if (a.pre === '' && b.pre === '') return 0;
    if (a.pre === '') return 1;
    if (b.pre === '') return -1;
    return comparePrereleases(a.pre, b.pre);
  }
  const n = Math.max(a.segments.length, b.segments.length);
  for (let i = 0; i < n; i++) {
    if (i >= a.segments.length) return b.segments.slice(i).every((s) => s === 0) ? 0 : -1;
    if (i >= b.segments.length) return a.segments.slice(i).every((s) => s === 0) ? 0 : 1;
    const l = a.segments[i] ?? 0;
    const r = b.segments[i] ?? 0;
    if (l !== r) return l < r ? -1 : 1;
  }
  return 0;
}

function isNumeric(s: string): boolean {
  return /^[+-]?[0-9]+$/.test(s);
}

function comparePart(a: string, b: string): number {
  if (a === b) return 0;
  const an = isNumeric(a);
  const bn = isNumeric(b);
  if (a === '') return bn ? -1 : 1;
  if (b === '') return an ? 1 : -1;
  if (an && !bn) return -1;
  if (!an && bn) return 1;
  if (!an && !bn) return a > b ? 1 : -1;
  return Number(a) > Number(b) ? 1 : -1;
}

function comparePrereleases(a: string, b: string): number {
  if (a === b) return 0;
  const as = a.split('.');
  const bs = b.split('.');
  const n = Math.max(as.length, bs.length);
  for (let i = 0; i < n; i++) {
    const c = comparePart(as[i] ?? '', bs[i] ?? '');
    if (c !== 0) return c;
  }
  return 0;
}

export type ConstraintOp = '=' | '!=' | '>' | '<' | '>=' | '<=' | '~>';

export interface VersionConstraint {
  readonly op: ConstraintOp;
  readonly version: GoVersion;
  readonly original: string;
}

/** Parses a comma-separated constraint list as go-version's NewConstraint; an error string when malformed. */
export function parseConstraints(text: string): { constraints: VersionConstraint[] } | { error: string } {
  const out: VersionConstraint[] = [];
  for (const single of text.split(',')) {
    const m = constraintRe.exec(single);
    if (m === null) return { error: `malformed constraint: ${single}` };
    const v = fromMatch(m[2] ?? '', m[3] ?? '', m[5] ?? m[4] ?? '', m[6] ?? '');
    if (v === undefined) return { error: `malformed version: ${m[2] ?? ''}` };
    const op = (m[1] === '' ? '=' : m[1]) as ConstraintOp;
    out.push({ op, version: v, original: single });
  }
  return { constraints: out };
}

function prereleaseCheck(v: GoVersion, c: GoVersion): boolean {
  const vPre = v.pre !== '';
  const cPre = c.pre !== '';
  if (cPre && vPre) return equalSegments(v, c);
  if (!cPre && vPre) return false;
  return true;
}

function pessimistic(v: GoVersion, c: GoVersion): boolean {
  if (!prereleaseCheck(v, c) || (c.pre !== '' && v.pre === '')) return false;
  if (compareGoVersions(v, c) < 0) return false;
  const cs = c.segments.length;
  if (cs > v.segments.length) return false;
  for (let i = 0; i < c.written - 1; i++) if (v.segments[i] !== c.segments[i]) return false;
  return (c.segments[cs - 1] ?? 0) <= (v.segments[cs - 1] ?? 0);
}

export function checkConstraint(c: VersionConstraint, v: GoVersion): boolean {
  const cmp = (): number => compareGoVersions(v, c.version);
  switch (c.op) {
    case '=':
      return cmp() === 0;
    case '!=':
      return cmp() !== 0;
    case '>':
      return prereleaseCheck(v, c.version) && cmp() === 1;
    case '<':
      return prereleaseCheck(v, c.version) && cmp() === -1;
    case '>=':
      return prereleaseCheck(v, c.version) && cmp() >= 0;
    case '<=':
      return prereleaseCheck(v, c.version) && cmp() <= 0;
    case '~>':
      return pessimistic(v, c.version);
  }
}

export function checkConstraints(cs: readonly VersionConstraint[], v: GoVersion): boolean {
  return cs.every((c) => checkConstraint(c, v));
}

/** The version's core (`1.11.2-dev+x` → `1.11.2`), as Packer checks required_version against. */
export function coreVersion(v: GoVersion): GoVersion {
  const [a = 0, b = 0, c = 0] = v.segments;
  return { segments: [a, b, c], written: 3, pre: '', metadata: '', original: `${a}.${b}.${c}` };
}
