// Running one spec-suite case the way hashicorp/hcl's cmd/hclspecsuite does, reporting problems as text.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Traversal, Traverser } from '../../src/hcl/ast/nodes.js';
import { hasErrors, type Diagnostic } from '../../src/hcl/diagnostics/diagnostic.js';
import { convertValue } from '../../src/hcl/eval/conv.js';
import { EvalContext } from '../../src/hcl/eval/eval-context.js';
import { showValue } from '../../src/hcl/eval/show-value.js';
import { parseJsonConfig } from '../../src/hcl/json/index.js';
import { decodeSpec } from '../../src/hcl/schema/decode.js';
import { decodeSpecFile } from '../../src/hcl/schema/hcldec-file.js';
import { rawEquals } from '../../src/hcl/value/equals.js';
import { specVariables } from '../../src/hcl/schema/variables.js';
import type { Range } from '../../src/hcl/source/pos.js';
import type { Body } from '../../src/hcl/structure.js';
import { parseAndWrap } from '../../src/hcl/syntax/file.js';
import { typeConforms, typeExpression } from '../../src/hcl/value/type.js';
import { loadTestFile, type TestFile } from './specsuite-test-file.js';

/** Every `.t` file under dir, sorted as the Go runner visits them (files first, then subdirectories). */
export function findTestFiles(dir: string): string[] {
  const entries = readdirSync(dir).filter((n) => !n.startsWith('.')).sort();
  const tests = entries.filter((n) => n.endsWith('.t')).map((n) => join(dir, n));
  const subdirs = entries.filter((n) => statSync(join(dir, n)).isDirectory());
  return [...tests, ...subdirs.flatMap((d) => findTestFiles(join(dir, d)))];
}

const describeDiag = (d: Diagnostic): string =>
  `${d.severity}: ${d.summary}${d.detail ? `: ${d.detail}` : ''}${d.subject ? ` at ${rangeKey(d.subject)}` : ''}`;

function rangeKey(r: Range): string {
  return `${r.start.line}:${r.start.column}(${r.start.byte})-${r.end.line}:${r.end.column}(${r.end.byte})`;
}

/** Problems found running the case at tPath (empty when it passes); `inputs` lists what was checked. */
export function runCase(tPath: string): { problems: string[]; inputs: string[] } {
  const problems: string[] = [];
  const tf = loadTestFile(tPath);
  if (hasErrors(tf.diagnostics) || tf.value === undefined) {
    return { problems: tf.diagnostics.map((d) => `test file: ${describeDiag(d)}`), inputs: [] };
  }
  const base = tPath.slice(0, -2);
  const specPath = `${base}.hcldec`;
  if (!existsSync(specPath)) return { problems: [`missing ${specPath}`], inputs: [] };
  const specParse = parseAndWrap(readFileSync(specPath, 'utf8'), specPath);
  const spec = decodeSpecFile(specParse.file.body);
  const specDiags = [...specParse.diagnostics, ...spec.diagnostics];
  if (hasErrors(specDiags)) return { problems: specDiags.map((d) => `spec file: ${describeDiag(d)}`), inputs: [] };
  const ctx = spec.value.variables.size > 0 ? new EvalContext({ variables: spec.value.variables }) : undefined;

  const inputs: string[] = [];
  for (const input of [`${base}.hcl`, `${base}.hcl.json`]) {
    if (!existsSync(input)) continue;
    inputs.push(input);
    const src = readFileSync(input, 'utf8');
    const parsed = input.endsWith('.json')
      ? (() => {
          const r = parseJsonConfig(src, input);
          return { body: r.body as Body, diagnostics: r.diagnostics };
        })()
      : (() => {
          const r = parseAndWrap(src, input);
          return { body: r.file.body, diagnostics: r.diagnostics };
        })();
    problems.push(...checkInput(input, parsed.body, parsed.diagnostics, spec.value.spec, ctx, tf.value));
  }
  return { problems, inputs };
}

function checkInput(
  input: string,
  body: Body,
  parseDiags: Diagnostic[],
  spec: Parameters<typeof decodeSpec>[1],
  ctx: EvalContext | undefined,
  tf: TestFile,
): string[] {
  const problems: string[] = [];
  const failedParse = hasErrors(parseDiags);
  if (tf.checksTraversals && !failedParse) {
    const got = specVariables(body, spec);
    for (const t of got) {
      if (!tf.expectedTraversals.some((e) => traversalsMatch(t, e.traversal))) problems.push(`${input}: unexpected traversal ${showTraversal(t)}`);
    }
    for (const e of tf.expectedTraversals) {
      if (!got.some((t) => traversalsMatch(t, e.traversal))) problems.push(`${input}: missing expected traversal ${showTraversal(e.traversal)}`);
    }
  }
  const decoded = failedParse ? undefined : decodeSpec(body, spec, ctx);
  const diags = failedParse ? parseDiags : [...parseDiags, ...decoded!.diagnostics];

  if (tf.expectedDiags.length === 0) {
    if (hasErrors(diags) || decoded === undefined) return [...problems, ...diags.map((d) => `${input}: ${describeDiag(d)}`)];
    const val = decoded.value;
    if (!typeConforms(val.type, tf.resultType)) {
      problems.push(`${input}: produced ${typeExpression(val.type)}, but was expecting ${typeExpression(tf.resultType)}`);
    }
    if (tf.result !== undefined) {
      const cmp = convertValue(tf.result, tf.resultType);
      if (!cmp.ok) problems.push(`${input}: result does not conform to the given result type: ${cmp.error}`);
      else if (!rawEquals(val, cmp.value)) {
        problems.push(`${input}: incorrect result value: produced ${showValue(val)}, but was expecting ${showValue(cmp.value)}`);
      }
    }
    return problems;
  }

  const key = (severity: string, r: Range): string => `${severity} ${rangeKey(r)}`;
  const got = new Map<string, Diagnostic>();
  for (const d of diags) {
    if (d.subject === undefined || d.subject.filename !== input) {
      problems.push(`${input}: unexpectable diagnostic ${describeDiag(d)}`);
      continue;
    }
    got.set(key(d.severity, d.subject), d);
  }
  const want = new Set(tf.expectedDiags.map((e) => key(e.severity, e.range)));
  for (const [k, d] of got) if (!want.has(k)) problems.push(`${input}: unexpected diagnostic ${describeDiag(d)}`);
  for (const k of want) if (!got.has(k)) problems.push(`${input}: missing expected diagnostic ${k}`);
  return problems;
}

function stepEquals(a: Traverser, b: Traverser): boolean {
  if (a.kind !== b.kind) return false;
  if ((a.kind === 'root' || a.kind === 'attr') && (b.kind === 'root' || b.kind === 'attr')) return a.name === b.name;
  if (a.kind === 'index' && b.kind === 'index') return rawEquals(a.key, b.key);
  return true;
}

function traversalsMatch(a: Traversal, b: Traversal): boolean {
  return a.length === b.length && a.every((s, i) => stepEquals(s, b[i]!));
}

function showTraversal(t: Traversal): string {
  return t.map((s) => (s.kind === 'root' ? s.name : s.kind === 'attr' ? `.${s.name}` : s.kind === 'index' ? '[…]' : '[*]')).join('');
}
