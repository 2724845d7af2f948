// Several bodies read as one (hcl.MergeBodies): a `build.source` block's additions merged into the source's body.
import { errorDiag, type Diagnostic } from '../hcl/diagnostics/diagnostic.js';
import { formatRange, type Range } from '../hcl/source/pos.js';
import type { Attribute, Block, Body, BodyContent, BodySchema } from '../hcl/structure.js';

/** Merges bodies in order: blocks are concatenated; an argument set in two bodies is "Duplicate argument". */
export function mergeBodies(bodies: readonly Body[]): Body {
  const flat: Body[] = [];
  for (const b of bodies) {
    if (b instanceof MergedBody) flat.push(...b.bodies);
    else flat.push(b);
  }
  return flat.length === 1 && flat[0] !== undefined ? flat[0] : new MergedBody(flat);
}

class MergedBody implements Body {
  constructor(readonly bodies: readonly Body[]) {}

  content(schema: BodySchema): { content: BodyContent; diagnostics: Diagnostic[] } {
    const { content, diagnostics } = this.merged(schema, false);
    return { content, diagnostics };
  }

  partialContent(schema: BodySchema): { content: BodyContent; remain: Body; diagnostics: Diagnostic[] } {
    return this.merged(schema, true);
  }

  justAttributes(): { attributes: Map<string, Attribute>; diagnostics: Diagnostic[] } {
    const attributes = new Map<string, Attribute>();
    const diagnostics: Diagnostic[] = [];
    for (const b of this.bodies) {
      const r = b.justAttributes();
      diagnostics.push(...r.diagnostics);
      for (const [name, attr] of r.attributes) addAttr(attributes, name, attr, diagnostics);
    }
    return { attributes, diagnostics };
  }

  missingItemRange(): Range {
    const first = this.bodies[0];
    if (first === undefined) return { filename: '<empty>', start: { line: 0, column: 0, byte: 0 }, end: { line: 0, column: 0, byte: 0 } };
    return first.missingItemRange();
  }

  private merged(schema: BodySchema, partial: boolean): { content: BodyContent; remain: Body; diagnostics: Diagnostic[] } {
    const loose: BodySchema = { ...schema, attributes: (schema.attributes ?? []).map((a) => ({ name: a.name })) };
    const attributes = new Map<string, Attribute>();
    const blocks: Block[] = [];
    const leftovers: Body[] = [];
    const diagnostics: Diagnostic[] = [];
    for (const b of this.bodies) {
      let c: BodyContent;
      if (partial) {
        const r = b.partialContent(loose);
        diagnostics.push(...r.diagnostics);
        leftovers.push(r.remain);
        c = r.content;
      } else {
        const r = b.content(loose);
        diagnostics.push(...r.diagnostics);
        c = r.content;
      }
      for (const [name, attr] of c.attributes) addAttr(attributes, name, attr, diagnostics);
      blocks.push(...c.blocks);
    }
    for (const a of schema.attributes ?? []) {
      if (a.required === true && !attributes.has(a.name)) {
        // hcl gives no range here; the first body's end is where the argument belongs.
        diagnostics.push(errorDiag('Missing required argument', `The argument "${a.name}" is required, but was not set.`, this.missingItemRange()));
      }
    }
    return { content: { attributes, blocks, missingItemRange: this.missingItemRange() }, remain: mergeBodies(leftovers), diagnostics };
  }
}

function addAttr(into: Map<string, Attribute>, name: string, attr: Attribute, diags: Diagnostic[]): void {
  const existing = into.get(name);
  if (existing !== undefined) {
    diags.push(errorDiag('Duplicate argument', `Argument "${name}" was already set at ${formatRange(existing.nameRange)}`, attr.nameRange));
    return;
  }
  into.set(name, attr);
}
