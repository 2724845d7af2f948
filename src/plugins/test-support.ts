// Helpers for plugin tests: decode a snippet of HCL or legacy JSON with a schema and summarise diagnostics.
import type { Diagnostic } from '../hcl/diagnostics/diagnostic.js';
import { EvalContext } from '../hcl/eval/eval-context.js';
import { parseJsonConfig } from '../hcl/json/index.js';
import { parseAndWrap } from '../hcl/syntax/index.js';
import type { Value } from '../hcl/value/value.js';
import type { ConfigSchema, RawAttribute } from './types.js';

/** Decodes an HCL body with the schema; `vars` become root variables (e.g. `{ var: Value.object(...) }`). */
export function decodeHcl<T>(schema: ConfigSchema<T>, src: string, vars: Record<string, Value> = {}): { value: T | undefined; diagnostics: Diagnostic[] } {
  const { file, diagnostics } = parseAndWrap(src, 'test.pkr.hcl');
  if (diagnostics.length > 0) throw new Error(`test source does not parse: ${diagnostics[0]!.summary}`);
  return schema.decodeBody(file.body, new EvalContext({ variables: vars }));
}

/** Decodes a legacy JSON component object (already "interpolated") with decodeAttributes. */
export function decodeLegacyJson<T>(schema: ConfigSchema<T>, src: string): { value: T | undefined; diagnostics: Diagnostic[] } {
  const { body, diagnostics, ast } = parseJsonConfig(src, 'test.json');
  if (diagnostics.length > 0) throw new Error(`test source does not parse: ${diagnostics[0]!.summary}`);
  const { attributes } = body.justAttributes();
  const raw = new Map<string, RawAttribute>();
  for (const [name, a] of attributes) {
    raw.set(name, { value: a.expr.value(undefined).value, range: a.expr.range(), nameRange: a.nameRange });
  }
  return schema.decodeAttributes(raw, ast.range);
}

/** "severity summary: detail @line:col" for each diagnostic, for compact assertions. */
export function brief(diags: readonly Diagnostic[]): string[] {
  return diags.map((d) => {
    const at = d.subject ? ` @${d.subject.start.line}:${d.subject.start.column}` : '';
    return `${d.severity === 'error' ? 'E' : 'W'} ${d.summary}: ${d.detail ?? ''}${at}`;
  });
}
