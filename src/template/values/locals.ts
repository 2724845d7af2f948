// Declaring locals: `locals { a = … }` blocks and single `local "a" { expression = …, sensitive = true }` blocks.
import { errorDiag, type Diagnostic } from '../../hcl/diagnostics/diagnostic.js';
import { formatRange, type Range } from '../../hcl/source/pos.js';
import type { Block, BodySchema, Expression } from '../../hcl/structure.js';
import { goQuote } from '../../hcl/eval/go-quote.js';
import { badIdentifierDetail, decodeStaticBool, isValidIdentifier } from './static-decode.js';
import { sortedAttrs } from './variable-block.js';

export interface LocalDecl {
  name: string;
  /** Undefined when a `local` block has no `expression` (reported; its value is then null). */
  expr: Expression | undefined;
  sensitive: boolean;
  /** The `name = …` attribute, or the `local "name"` block header. */
  range: Range;
}

/** Packer's localBlockSchema: a `local` block must give its `expression`. */
const localSchema: BodySchema = { attributes: [{ name: 'expression', required: true }, { name: 'sensitive' }] };

/** Every local, in declaration order, with "Duplicate local definition" for names declared twice. */
export function decodeLocals(localsBlocks: readonly Block[], localBlocks: readonly Block[]): { locals: LocalDecl[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const all: LocalDecl[] = [];
  for (const block of localsBlocks) {
    const r = block.body.justAttributes();
    diagnostics.push(...r.diagnostics);
    for (const attr of sortedAttrs(r.attributes)) all.push({ name: attr.name, expr: attr.expr, sensitive: false, range: attr.range });
  }
  for (const block of localBlocks) {
    const name = block.labels[0] ?? '';
    const { content, diagnostics: d } = block.body.content(localSchema);
    diagnostics.push(...d);
    if (!isValidIdentifier(name)) {
      diagnostics.push(errorDiag('Invalid local name', badIdentifierDetail, block.labelRanges[0] ?? block.defRange));
    }
    const l: LocalDecl = { name, expr: content.attributes.get('expression')?.expr, sensitive: false, range: block.defRange };
    const s = content.attributes.get('sensitive');
    if (s !== undefined) {
      const r = decodeStaticBool(s.expr);
      diagnostics.push(...r.diagnostics);
      l.sensitive = r.value ?? false;
    }
    all.push(l);
  }
  // Declaration order across files: by file, then position (locals and local blocks interleave).
  all.sort((a, b) => (a.range.filename < b.range.filename ? -1 : a.range.filename > b.range.filename ? 1 : a.range.start.byte - b.range.start.byte));

  const seen = new Map<string, LocalDecl>();
  const locals: LocalDecl[] = [];
  for (const l of all) {
    const first = seen.get(l.name);
    if (first === undefined) {
      seen.set(l.name, l);
      locals.push(l);
      continue;
    }
    const d = errorDiag(
      'Duplicate local definition',
      `Local variable ${goQuote(l.name)} is defined twice in your templates. Other definition found at ${goQuote(formatRange(first.range))}`,
      l.range,
    );
    d.related = [{ range: first.range, message: `${l.name} was first defined here` }];
    diagnostics.push(d);
  }
  return { locals, diagnostics };
}
