// `build` blocks: name, description, sources (strings and `source` blocks), provisioners and post-processor chains.
import { errorDiag, hasErrors, warningDiag, type Diagnostic } from '../hcl/diagnostics/diagnostic.js';
import type { EvalContext } from '../hcl/eval/eval-context.js';
import type { Range } from '../hcl/source/pos.js';
import type { Attribute, Block, Body, BodySchema, Expression } from '../hcl/structure.js';
import { convert } from '../hcl/value/convert.js';
import { listOf, StringType } from '../hcl/value/type.js';
import { Value } from '../hcl/value/value.js';
import { decodePostProcessorBlock, decodeProvisionerBlock, type PostProcessorDef, type ProvisionerDef } from './component-blocks.js';
import { attrString } from './meta-attrs.js';

/** A source as a build uses it: `sources = ["docker.web"]` or `source "docker.web" { name = "x" … }`. */
export interface SourceUse {
  type: string;
  name: string;
  /** The `name` given in a build's `source` block: the build is named after it. */
  localName?: string;
  /** Arguments a build's `source` block adds to the source's own. */
  body?: Body;
  /** The string element or the block label that refers to the source. */
  range: Range;
}

export interface BuildDef {
  name?: string;
  description?: string;
  index: number;
  block: Block;
  sources: SourceUse[];
  provisioners: ProvisionerDef[];
  errorCleanup?: ProvisionerDef;
  postProcessorChains: PostProcessorDef[][];
}

/** `<type>.<name>` with a build-local name if one is given, as Packer's SourceUseBlock.String(). */
export function sourceUseName(u: SourceUse): string {
  return `${u.type}.${u.localName ?? u.name}`;
}

const buildAttrs: BodySchema = { attributes: [{ name: 'name' }, { name: 'description' }, { name: 'sources' }] };
const buildSchema: BodySchema = {
  blocks: [
    { type: 'source', labelNames: ['reference'] },
    { type: 'provisioner', labelNames: ['type'] },
    { type: 'error-cleanup-provisioner', labelNames: ['type'] },
    { type: 'post-processor', labelNames: ['type'] },
    { type: 'post-processors' },
    { type: 'hcp_packer_registry' },
  ],
};
const postProcessorsSchema: BodySchema = { blocks: [{ type: 'post-processor', labelNames: ['type'] }] };

const identifier = /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_-]*$/u;

/**
 * Packer's sourceRefFromString: `type.name`, or three or more parts of which Packer drops the first and keeps the
 * next two (`source.type.name`). Each kept part must be an identifier. `ignored` says what Packer ignored when the
 * reference is not written the documented way, so a warning can say how to write it.
 */
export function parseSourceRef(text: string): { type: string; name: string; ignored?: string } | undefined {
  const parts = text.split('.');
  if (parts.length < 2) return undefined;
  const kept = parts.length > 2 ? parts.slice(1, 3) : parts;
  const [type, name] = kept;
  if (type === undefined || name === undefined || !identifier.test(type) || !identifier.test(name)) return undefined;
  const ignored = [parts.length > 2 && parts[0] !== 'source' ? `the first part "${parts[0]}"` : '', parts.length > 3 ? `"${parts.slice(3).join('.')}" after the name` : '']
    .filter((x) => x !== '')
    .join(' and ');
  return ignored === '' ? { type, name } : { type, name, ignored };
}

/** A reference Packer reads, but not as written: it still works, and the warning shows the documented form. */
function oddRef(text: string, ref: { type: string; name: string; ignored?: string }, range: Range): Diagnostic {
  return warningDiag(
    'Unusual source reference',
    `Packer ignores ${ref.ignored ?? ''} of ${JSON.stringify(text)}, so this refers to source "${ref.type}" "${ref.name}". Did you mean "source.${ref.type}.${ref.name}"?`,
    range,
  );
}

function invalidRef(range: Range): Diagnostic {
  return errorDiag(
    'Invalid source reference',
    'A source type is made of three parts that are split by a dot `.`; each part must start with a letter and may contain only letters, digits, underscores, and dashes. A valid source reference looks like: `source.type.name`',
    range,
  );
}

/**
 * Decodes one build block. `ctx` has var, local and data; `build.name` is added for the components' meta-arguments.
 * The block's body should already expand dynamic blocks.
 */
export function decodeBuildBlock(block: Block, body: Body, index: number, ctx: EvalContext): { build?: BuildDef; diagnostics: Diagnostic[] } {
  const diags: Diagnostic[] = [];
  const { content: head, remain, diagnostics } = body.partialContent(buildAttrs);
  diags.push(...diagnostics);
  const name = attrString(head.attributes.get('name'), ctx, diags);
  const description = attrString(head.attributes.get('description'), ctx, diags);
  const build: BuildDef = { index, block, sources: [], provisioners: [], postProcessorChains: [] };
  if (name !== undefined && name !== '') build.name = name;
  if (description !== undefined && description !== '') build.description = description;
  let hadSource = false;
  const sourcesAttr = head.attributes.get('sources');
  if (sourcesAttr !== undefined) {
    for (const s of sourceStrings(sourcesAttr, ctx, diags)) {
      hadSource = true;
      const ref = parseSourceRef(s.text);
      if (ref === undefined) {
        diags.push(invalidRef(s.range));
        continue;
      }
      if (ref.ignored !== undefined) diags.push(oddRef(s.text, ref, s.range));
      build.sources.push({ type: ref.type, name: ref.name, range: s.range });
    }
  }
  if (hasErrors(diags)) return { diagnostics: diags };

  const bctx = ctx.newChild({ variables: { build: Value.object({ name: Value.string(build.name ?? '') }) } });
  const { content, diagnostics: bodyDiags } = remain.content(buildSchema);
  diags.push(...bodyDiags);
  if (hasErrors(bodyDiags)) return { diagnostics: diags };
  for (const b of content.blocks) {
    switch (b.type) {
      case 'source': {
        hadSource = true;
        const use = decodeBuildSource(b, diags);
        if (use !== undefined) build.sources.push(use);
        break;
      }
      case 'provisioner': {
        const r = decodeProvisionerBlock(b, bctx);
        diags.push(...r.diagnostics);
        if (r.def !== undefined) build.provisioners.push(r.def);
        break;
      }
      case 'error-cleanup-provisioner': {
        if (build.errorCleanup !== undefined) {
          diags.push(errorDiag('Only one error-cleanup-provisioner is allowed', `An error-cleanup-provisioner was already declared in this build block.`, b.defRange));
          break;
        }
        const r = decodeProvisionerBlock(b, bctx);
        diags.push(...r.diagnostics);
        if (r.def !== undefined) build.errorCleanup = r.def;
        break;
      }
      case 'post-processor': {
        const r = decodePostProcessorBlock(b, bctx);
        diags.push(...r.diagnostics);
        if (r.def !== undefined) build.postProcessorChains.push([r.def]);
        break;
      }
      case 'post-processors': {
        const chain = decodeChain(b, bctx, diags);
        if (chain !== undefined) build.postProcessorChains.push(chain);
        break;
      }
      case 'hcp_packer_registry':
        diags.push(warningDiag('HCP Packer registry not supported', 'Kiln does not publish to HCP Packer; this hcp_packer_registry block is ignored.', b.defRange));
        break;
    }
  }
  if (!hadSource) {
    diags.push(errorDiag('missing source reference', 'a build block must reference at least one source to be built', block.defRange));
  }
  return { build, diagnostics: diags };
}

/** The strings of `sources`, each with its own range when the list is written out. */
function sourceStrings(attr: Attribute, ctx: EvalContext, diags: Diagnostic[]): { text: string; range: Range }[] {
  const items = attr.expr.asList();
  const exprs = items ?? [attr.expr];
  const out: { text: string; range: Range }[] = [];
  for (const e of exprs) {
    const { value, diagnostics } = e.value(ctx);
    if (hasErrors(diagnostics)) {
      const bare = bareReference(e);
      if (bare !== undefined) diags.push(errorDiag('Invalid source reference', `A source reference is a string: write "${bare}", in quotes.`, e.range()));
      else diags.push(...diagnostics);
      continue;
    }
    diags.push(...diagnostics);
    const want = items === undefined ? listOf(StringType) : StringType;
    const conv = convert(value.unmarkDeep().value, want);
    if (!conv.ok || !conv.value.isWhollyKnown || conv.value.isNull) {
      const why = conv.ok ? (conv.value.isNull ? 'null value is not allowed' : 'value must be known') : conv.error;
      diags.push(errorDiag('Unsuitable value type', `Unsuitable value for "sources": ${why}.`, e.range()));
      continue;
    }
    const strings = items === undefined ? conv.value.elements().map((x) => x.asString()) : [conv.value.asString()];
    for (const text of strings) out.push({ text, range: e.range() });
  }
  return out;
}

/** `source.null.a` written without quotes (HCL reads it as an attribute of a variable named `source`). */
function bareReference(e: Expression): string | undefined {
  const t = e.asTraversal();
  if (t === undefined || t.length < 2 || t[0]?.kind !== 'root' || t[0].name !== 'source') return undefined;
  const names = t.slice(1).map((s) => (s.kind === 'attr' ? s.name : undefined));
  if (names.some((n) => n === undefined)) return undefined;
  return ['source', ...names].join('.');
}

function decodeBuildSource(block: Block, diags: Diagnostic[]): SourceUse | undefined {
  const label = block.labels[0] ?? '';
  const range = block.labelRanges[0] ?? block.defRange;
  const ref = parseSourceRef(label);
  if (ref === undefined) {
    diags.push(invalidRef(range));
    return undefined;
  }
  if (ref.ignored !== undefined) diags.push(oddRef(label, ref, range));
  const { content, remain, diagnostics } = block.body.partialContent({ attributes: [{ name: 'name' }] });
  diags.push(...diagnostics);
  const local: Diagnostic[] = [];
  const localName = attrString(content.attributes.get('name'), undefined, local);
  diags.push(...local);
  if (hasErrors(local) || hasErrors(diagnostics)) return undefined;
  const use: SourceUse = { type: ref.type, name: ref.name, range, body: remain };
  if (localName !== undefined && localName !== '') use.localName = localName;
  return use;
}

function decodeChain(block: Block, ctx: EvalContext, diags: Diagnostic[]): PostProcessorDef[] | undefined {
  const { content, diagnostics } = block.body.content(postProcessorsSchema);
  diags.push(...diagnostics);
  if (hasErrors(diagnostics)) return undefined;
  const chain: PostProcessorDef[] = [];
  for (const b of content.blocks) {
    const r = decodePostProcessorBlock(b, ctx);
    diags.push(...r.diagnostics);
    if (r.def === undefined) return undefined;
    chain.push(r.def);
  }
  return chain;
}
