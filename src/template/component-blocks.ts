// `provisioner`, `error-cleanup-provisioner` and `post-processor` blocks: their meta-arguments, the rest left for the plugin.
import { errorDiag, hasErrors, type Diagnostic } from '../hcl/diagnostics/diagnostic.js';
import type { EvalContext } from '../hcl/eval/eval-context.js';
import type { Range } from '../hcl/source/pos.js';
import type { Attribute, Block, Body, BodySchema, Expression } from '../hcl/structure.js';
import { DynamicType } from '../hcl/value/type.js';
import { parseGoDuration } from './go-duration.js';
import { attrBool, attrInt, attrString, attrStrings, attrValue } from './meta-attrs.js';
import type { OverrideArgument } from './override-body.js';

/** only/except lists of source names (`docker.web`); a component with neither runs for every source. */
export interface OnlyExcept {
  only: string[];
  except: string[];
}

/** Packer's OnlyExcept.Skip. */
export function skipFor(oe: OnlyExcept, sourceName: string): boolean {
  if (oe.only.length > 0) return !oe.only.includes(sourceName);
  if (oe.except.length > 0) return oe.except.includes(sourceName);
  return false;
}

export interface ProvisionerDef extends OnlyExcept {
  type: string;
  name?: string;
  block: Block;
  rest: Body;
  pauseBeforeMs?: number;
  timeoutMs?: number;
  maxRetries: number;
  continueOnError: boolean;
  /** override: source name → arguments replacing the block's for that source. */
  override: Map<string, Map<string, OverrideArgument>>;
}

export interface PostProcessorDef extends OnlyExcept {
  type: string;
  name?: string;
  block: Block;
  rest: Body;
  keepInputArtifact?: boolean;
}

const provisionerMeta: BodySchema = {
  attributes: ['name', 'pause_before', 'max_retries', 'timeout', 'continue_on_error', 'only', 'except', 'override'].map((name) => ({ name })),
};
const postProcessorMeta: BodySchema = {
  attributes: ['name', 'only', 'except', 'keep_input_artifact'].map((name) => ({ name })),
};

function decodeOnlyExcept(block: Block, attrs: ReadonlyMap<string, Attribute>, ctx: EvalContext, diags: Diagnostic[]): OnlyExcept {
  const only = attrStrings(attrs.get('only'), ctx, diags) ?? [];
  const except = attrStrings(attrs.get('except'), ctx, diags) ?? [];
  if (only.length > 0 && except.length > 0) {
    const at = attrs.get('except')?.range ?? block.defRange;
    diags.push(errorDiag("only one of 'only' or 'except' may be specified", 'Use either "only" or "except" on this block, not both.', at));
  }
  return { only, except };
}

export function decodeProvisionerBlock(block: Block, ctx: EvalContext): { def?: ProvisionerDef; diagnostics: Diagnostic[] } {
  const diags: Diagnostic[] = [];
  const { content, remain, diagnostics } = block.body.partialContent(provisionerMeta);
  diags.push(...diagnostics);
  const a = content.attributes;
  const name = attrString(a.get('name'), ctx, diags);
  const maxRetries = attrInt(a.get('max_retries'), ctx, diags) ?? 0;
  const continueOnError = attrBool(a.get('continue_on_error'), ctx, diags) ?? false;
  const oe = decodeOnlyExcept(block, a, ctx, diags);
  const pauseBeforeMs = duration('pause_before', a.get('pause_before'), ctx, diags);
  const timeoutMs = duration('timeout', a.get('timeout'), ctx, diags);
  const override = decodeOverride(a.get('override'), ctx, diags);
  if (hasErrors(diags)) return { diagnostics: diags };
  const def: ProvisionerDef = { type: block.labels[0] ?? '', block, rest: remain, maxRetries, continueOnError, override, ...oe };
  if (name !== undefined && name !== '') def.name = name;
  if (pauseBeforeMs !== undefined && pauseBeforeMs !== 0) def.pauseBeforeMs = pauseBeforeMs;
  if (timeoutMs !== undefined && timeoutMs !== 0) def.timeoutMs = timeoutMs;
  return { def, diagnostics: diags };
}

export function decodePostProcessorBlock(block: Block, ctx: EvalContext): { def?: PostProcessorDef; diagnostics: Diagnostic[] } {
  const diags: Diagnostic[] = [];
  const { content, remain, diagnostics } = block.body.partialContent(postProcessorMeta);
  diags.push(...diagnostics);
  const a = content.attributes;
  const name = attrString(a.get('name'), ctx, diags);
  const keep = attrBool(a.get('keep_input_artifact'), ctx, diags);
  const oe = decodeOnlyExcept(block, a, ctx, diags);
  if (hasErrors(diags)) return { diagnostics: diags };
  const def: PostProcessorDef = { type: block.labels[0] ?? '', block, rest: remain, ...oe };
  if (name !== undefined && name !== '') def.name = name;
  if (keep !== undefined) def.keepInputArtifact = keep;
  return { def, diagnostics: diags };
}

function duration(what: string, attr: Attribute | undefined, ctx: EvalContext, diags: Diagnostic[]): number | undefined {
  const text = attrString(attr, ctx, diags);
  if (text === undefined || text === '' || attr === undefined) return undefined;
  const d = parseGoDuration(text);
  if ('error' in d) {
    diags.push(errorDiag(`Failed to parse ${what} duration`, d.error, attr.expr.range()));
    return undefined;
  }
  return d.ms;
}

function decodeOverride(
  attr: Attribute | undefined,
  ctx: EvalContext,
  diags: Diagnostic[],
): Map<string, Map<string, OverrideArgument>> {
  const out = new Map<string, Map<string, OverrideArgument>>();
  const v = attrValue(attr, ctx, DynamicType, diags);
  if (v === undefined || attr === undefined) return out;
  const range = attr.expr.range();
  if (v.type.kind !== 'object' && v.type.kind !== 'map') {
    diags.push(errorDiag("provisioner's override block must be an HCL object", 'Write override as an object of source names to objects of arguments, e.g. override = { web = { inline = ["x"] } }.', range));
    return out;
  }
  const keyRanges = itemRanges(attr.expr.asMap(), ctx);
  for (const [sourceName, args] of v.attributes()) {
    const at = keyRanges.get(sourceName) ?? range;
    if (args.type.kind !== 'object' && args.type.kind !== 'map') {
      diags.push(errorDiag(`provisioner's override.'${sourceName}' block must be an HCL object`, undefined, at));
      continue;
    }
    const argRanges = itemRanges(attr.expr.asMap()?.find((i) => staticKey(i.key, ctx) === sourceName)?.value.asMap(), ctx);
    const m = new Map<string, OverrideArgument>();
    for (const [k, val] of args.attributes()) m.set(k, { value: val, range: argRanges.get(k) ?? at });
    out.set(sourceName, m);
  }
  return out;
}

type MapItems = readonly { key: Expression; value: Expression }[] | undefined;

/** An object key written as a bare name or a string: `web = …` or `"docker.web" = …`. */
function staticKey(expr: Expression, ctx: EvalContext): string | undefined {
  const t = expr.asTraversal();
  const root = t?.[0];
  if (t !== undefined && t.length === 1 && root?.kind === 'root') return root.name;
  const v = expr.value(ctx).value;
  return v.type.kind === 'string' && v.isKnown && !v.isNull ? v.asString() : undefined;
}

function itemRanges(items: MapItems, ctx: EvalContext): Map<string, Range> {
  const out = new Map<string, Range>();
  for (const i of items ?? []) {
    const k = staticKey(i.key, ctx);
    if (k !== undefined) out.set(k, i.value.range());
  }
  return out;
}
