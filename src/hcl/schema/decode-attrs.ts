// The attribute-shaped specs: one attribute converted to a type, or a block's attributes as a map.
import { errorDiag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { convertValue } from '../eval/conv.js';
import type { EvalContext } from '../eval/eval-context.js';
import { goQuote } from '../eval/go-quote.js';
import { formatRange, rangeBetween } from '../source/pos.js';
import type { BodyContent } from '../structure.js';
import { mapOf } from '../value/type.js';
import { Value } from '../value/value.js';
import type { Spec } from './spec.js';

type Out = { value: Value; diagnostics: Diagnostic[] };

export function decodeAttr(spec: Extract<Spec, { kind: 'attr' }>, content: BodyContent, ctx: EvalContext | undefined): Out {
  const attr = content.attributes.get(spec.name);
  // A missing required attribute was already reported when the content was extracted.
  if (attr === undefined) return { value: Value.null(spec.type), diagnostics: [] };
  const r = attr.expr.value(ctx);
  const diags = [...r.diagnostics];
  const c = convertValue(r.value, spec.type);
  if (c.ok) return { value: c.value, diagnostics: diags };
  diags.push({
    ...errorDiag(
      'Incorrect attribute value type',
      `Inappropriate value for attribute ${goQuote(spec.name)}: ${c.error}.`,
      attr.expr.range(),
      rangeBetween(attr.nameRange, attr.expr.range()),
    ),
    expression: attr.expr,
    ...(ctx ? { evalContext: ctx } : {}),
  });
  // An unknown value of the right type keeps the partial result usable.
  return { value: Value.unknown(spec.type), diagnostics: diags };
}

export function decodeBlockAttrs(spec: Extract<Spec, { kind: 'block_attrs' }>, content: BodyContent, ctx: EvalContext | undefined): Out {
  const diags: Diagnostic[] = [];
  const found = content.blocks.filter((b) => b.type === spec.typeName);
  const block = found[0];
  if (block === undefined) {
    if (spec.required) {
      diags.push(
        errorDiag(`Missing ${spec.typeName} block`, `A block of type ${goQuote(spec.typeName)} is required here.`, content.missingItemRange),
      );
    }
    return { value: Value.null(mapOf(spec.elementType)), diagnostics: diags };
  }
  if (found.length > 1) {
    diags.push(
      errorDiag(
        `Duplicate ${spec.typeName} block`,
        `Only one block of type ${goQuote(spec.typeName)} is allowed. Previous definition was at ${formatRange(block.defRange)}.`,
        found[1]!.defRange,
      ),
    );
  }
  const { attributes, diagnostics } = block.body.justAttributes();
  diags.push(...diagnostics);
  const vals = new Map<string, Value>();
  for (const [name, attr] of attributes) {
    const r = attr.expr.value(ctx);
    diags.push(...r.diagnostics);
    const c = convertValue(r.value, spec.elementType);
    if (c.ok) vals.set(name, c.value);
    else {
      diags.push({
        ...errorDiag(
          'Invalid attribute value',
          `Invalid value for attribute of ${goQuote(spec.typeName)} block: ${c.error}.`,
          attr.expr.range(),
          rangeBetween(attr.nameRange, attr.expr.range()),
        ),
        expression: attr.expr,
        ...(ctx ? { evalContext: ctx } : {}),
      });
      vals.set(name, Value.unknown(spec.elementType));
    }
  }
  return { value: Value.map(vals, spec.elementType), diagnostics: diags };
}
