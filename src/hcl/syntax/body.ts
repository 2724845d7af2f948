// The Body interface over a native-syntax AST body: schema-driven content extraction with HCL's messages.
import type * as ast from '../ast/nodes.js';
import { errorDiag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { nameSuggestion } from '../diagnostics/suggest.js';
import { goQuote } from '../eval/go-quote.js';
import { rangeBetween, type Range } from '../source/pos.js';
import type { Attribute, Block, Body, BodyContent, BodySchema } from '../structure.js';
import { wrapExpression } from './expression.js';

/** A native body; `node` gives syntax-aware callers the AST behind it. */
export class NativeBody implements Body {
  /** Attributes by name; for a name set twice only the first counts (the parser reports the second). */
  private readonly attrs: Map<string, ast.Attribute>;
  private readonly blocks: ast.Block[];

  constructor(
    readonly node: ast.Body,
    private readonly hiddenAttrs: ReadonlySet<string> = new Set(),
    private readonly hiddenBlocks: ReadonlySet<string> = new Set(),
  ) {
    this.attrs = new Map();
    this.blocks = [];
    for (const item of node.items) {
      if (item.kind === 'Attribute') {
        if (!this.attrs.has(item.name)) this.attrs.set(item.name, item);
      } else this.blocks.push(item);
    }
  }

  content(schema: BodySchema): { content: BodyContent; diagnostics: Diagnostic[] } {
    const { content, remain, diagnostics } = this.partialContent(schema);
    const rest = remain as NativeBody;
    const schemaAttrs = schema.attributes ?? [];
    const schemaBlocks = schema.blocks ?? [];
    // Like HCL: every unexpected argument first, then every unexpected block.
    for (const [name, item] of this.attrs) {
      if (rest.hiddenAttrs.has(name)) continue;
      const candidates = schemaAttrs.filter((a) => !content.attributes.has(a.name)).map((a) => a.name);
      const s = nameSuggestion(name, candidates);
      let hint = s === undefined ? '' : ` Did you mean ${goQuote(s)}?`;
      if (s === undefined && schemaBlocks.some((b) => b.type === name)) {
        hint = ` Did you mean to define a block of type ${goQuote(name)}?`;
      }
      diagnostics.push(errorDiag('Unsupported argument', `An argument named ${goQuote(name)} is not expected here.${hint}`, item.nameRange));
    }
    for (const item of this.blocks) {
      if (rest.hiddenBlocks.has(item.type)) continue;
      const s = nameSuggestion(
        item.type,
        schemaBlocks.map((b) => b.type),
      );
      let hint = s === undefined ? '' : ` Did you mean ${goQuote(s)}?`;
      if (s === undefined && schemaAttrs.some((a) => a.name === item.type)) {
        hint = ` Did you mean to define argument ${goQuote(item.type)}? If so, use the equals sign to assign it a value.`;
      }
      diagnostics.push(errorDiag('Unsupported block type', `Blocks of type ${goQuote(item.type)} are not expected here.${hint}`, item.typeRange));
    }
    return { content, diagnostics };
  }

  partialContent(schema: BodySchema): { content: BodyContent; remain: Body; diagnostics: Diagnostic[] } {
    const diagnostics: Diagnostic[] = [];
    const hiddenAttrs = new Set(this.hiddenAttrs);
    const hiddenBlocks = new Set(this.hiddenBlocks);
    const attributes = new Map<string, Attribute>();
    const blocks: Block[] = [];

    for (const as of schema.attributes ?? []) {
      const a = this.attrs.get(as.name);
      if (a === undefined || hiddenAttrs.has(as.name)) {
        if (as.required) {
          diagnostics.push(
            errorDiag(
              'Missing required argument',
              `The argument ${goQuote(as.name)} is required, but no definition was found.`,
              this.missingItemRange(),
            ),
          );
        }
        continue;
      }
      hiddenAttrs.add(as.name);
      attributes.set(as.name, asAttribute(a));
    }

    const wanted = new Map((schema.blocks ?? []).map((b) => [b.type, b]));
    for (const b of this.blocks) {
      if (hiddenBlocks.has(b.type)) continue;
      const bs = wanted.get(b.type);
      if (bs === undefined) continue;
      const labelNames = bs.labelNames ?? [];
      const header = rangeBetween(b.typeRange, b.openBraceRange);
      if (b.labels.length > labelNames.length) {
        const detail =
          labelNames.length === 0
            ? `No labels are expected for ${b.type} blocks.`
            : `Only ${labelNames.length} labels (${labelNames.join(', ')}) are expected for ${b.type} blocks.`;
        diagnostics.push(errorDiag(`Extraneous label for ${b.type}`, detail, b.labelRanges[labelNames.length], header));
        continue;
      }
      if (b.labels.length < labelNames.length) {
        diagnostics.push(
          errorDiag(
            `Missing ${labelNames[b.labels.length]} for ${b.type}`,
            `All ${b.type} blocks must have ${labelNames.length} labels (${labelNames.join(', ')}).`,
            b.openBraceRange,
            header,
          ),
        );
        continue;
      }
      blocks.push(asBlock(b));
    }
    for (const bs of schema.blocks ?? []) hiddenBlocks.add(bs.type);

    return {
      content: { attributes, blocks, missingItemRange: this.missingItemRange() },
      remain: new NativeBody(this.node, hiddenAttrs, hiddenBlocks),
      diagnostics,
    };
  }

  justAttributes(): { attributes: Map<string, Attribute>; diagnostics: Diagnostic[] } {
    const diagnostics: Diagnostic[] = [];
    const first = this.blocks[0];
    if (first !== undefined) {
      diagnostics.push(errorDiag(`Unexpected ${goQuote(first.type)} block`, 'Blocks are not allowed here.', first.typeRange));
    }
    const attributes = new Map<string, Attribute>();
    for (const [name, a] of this.attrs) if (!this.hiddenAttrs.has(name)) attributes.set(name, asAttribute(a));
    return { attributes, diagnostics };
  }

  /** The start of the body, where HCL points "missing" diagnostics. */
  missingItemRange(): Range {
    const r = this.node.srcRange;
    return { filename: r.filename, start: r.start, end: r.start };
  }
}

const bodies = new WeakMap<ast.Body, NativeBody>();

/** The Body for an AST body (the same object each time for the same node). */
export function wrapBody(node: ast.Body): NativeBody {
  let b = bodies.get(node);
  if (b === undefined) {
    b = new NativeBody(node);
    bodies.set(node, b);
  }
  return b;
}

function asAttribute(a: ast.Attribute): Attribute {
  return { name: a.name, expr: wrapExpression(a.expr), range: a.srcRange, nameRange: a.nameRange };
}

/** The block header's range: from its type to its last label. */
export function blockDefRange(b: ast.Block): Range {
  const last = b.labelRanges.length > 0 ? b.labelRanges[b.labelRanges.length - 1]! : b.typeRange;
  return rangeBetween(b.typeRange, last);
}

function asBlock(b: ast.Block): Block {
  return {
    type: b.type,
    labels: [...b.labels],
    body: wrapBody(b.body),
    defRange: blockDefRange(b),
    typeRange: b.typeRange,
    labelRanges: [...b.labelRanges],
  };
}
