// A JSON value seen as an HCL body: the schema decides which properties are attributes and which are blocks.
import { errorDiag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { formatRange, rangeBetween, type Range } from '../source/pos.js';
import type { Attribute, Block, Body, BodyContent, BodySchema, BlockHeaderSchema } from '../structure.js';
import { jsonStartRange, type JsonNode, type JsonProperty } from './ast.js';
import { JsonExpression } from './expression.js';
import { goQuote, suggestionSuffix } from './quote.js';

export class JsonBody implements Body {
  /**
   * @param node an object, an array of objects, or (for a block given as `null`) null
   * @param hidden property names already consumed by an earlier partialContent; they count as absent
   */
  constructor(
    readonly node: JsonNode,
    private readonly hidden: ReadonlySet<string> = new Set(),
  ) {}

  content(schema: BodySchema): { content: BodyContent; diagnostics: Diagnostic[] } {
    const { content, remain, diagnostics } = this.partialContent(schema);
    const used = remain.hidden;
    const suggestions = [
      // an argument already used is not suggested again; block types can repeat
      ...(schema.attributes ?? []).filter((a) => !used.has(a.name)).map((a) => a.name),
      ...(schema.blocks ?? []).map((b) => b.type),
    ];
    const { properties, diagnostics: propDiags } = collectDeepProperties(this.node, undefined);
    diagnostics.push(...propDiags);
    for (const prop of properties) {
      if (prop.name === '//' || used.has(prop.name)) continue;
      diagnostics.push(
        errorDiag(
          'Extraneous JSON object property',
          `No argument or block type is named ${goQuote(prop.name)}.${suggestionSuffix(prop.name, suggestions)}`,
          prop.nameRange,
          propertyRange(prop),
        ),
      );
    }
    return { content, diagnostics };
  }

  partialContent(schema: BodySchema): { content: BodyContent; remain: JsonBody; diagnostics: Diagnostic[] } {
    const { properties, diagnostics } = collectDeepProperties(this.node, undefined);
    const used = new Set(this.hidden);
    const attributes = new Map<string, Attribute>();
    const blocks: Block[] = [];
    const attrNames = new Set((schema.attributes ?? []).map((a) => a.name));
    const blockSchemas = new Map((schema.blocks ?? []).map((b) => [b.type, b] as const));

    for (const prop of properties) {
      if (this.hidden.has(prop.name)) continue;
      if (attrNames.has(prop.name)) {
        const existing = attributes.get(prop.name);
        if (existing !== undefined) {
          diagnostics.push(
            errorDiag(
              'Duplicate argument',
              `The argument ${goQuote(prop.name)} was already set at ${formatRange(existing.range)}.`,
              prop.nameRange,
              propertyRange(prop),
            ),
          );
          continue;
        }
        attributes.set(prop.name, toAttribute(prop));
        used.add(prop.name);
        continue;
      }
      const blockSchema = blockSchemas.get(prop.name);
      if (blockSchema !== undefined) {
        diagnostics.push(...unpackBlock(prop.value, blockSchema, prop.nameRange, [], [], blocks));
        used.add(prop.name);
      }
      // Anything else is left for the remaining body; content() reports it.
    }

    for (const attr of schema.attributes ?? []) {
      if (attr.required && !attributes.has(attr.name)) {
        diagnostics.push(
          errorDiag('Missing required argument', `The argument ${goQuote(attr.name)} is required, but no definition was found.`, this.missingItemRange()),
        );
      }
    }

    const content: BodyContent = { attributes, blocks, missingItemRange: this.missingItemRange() };
    return { content, remain: new JsonBody(this.node, used), diagnostics };
  }

  justAttributes(): { attributes: Map<string, Attribute>; diagnostics: Diagnostic[] } {
    const attributes = new Map<string, Attribute>();
    const diagnostics: Diagnostic[] = [];
    if (this.node.kind !== 'object') {
      diagnostics.push(
        errorDiag('Incorrect JSON value type', 'A JSON object is required here, setting the arguments for this block.', jsonStartRange(this.node)),
      );
      return { attributes, diagnostics };
    }
    for (const prop of this.node.properties) {
      if (prop.name === '//' || this.hidden.has(prop.name)) continue;
      const existing = attributes.get(prop.name);
      if (existing !== undefined) {
        diagnostics.push(
          errorDiag(
            'Duplicate attribute definition',
            `The argument ${goQuote(prop.name)} was already set at ${formatRange(existing.range)}.`,
            prop.nameRange,
          ),
        );
        continue;
      }
      attributes.set(prop.name, toAttribute(prop));
    }
    return { attributes, diagnostics };
  }

  missingItemRange(): Range {
    if (this.node.kind === 'object') return this.node.closeRange;
    if (this.node.kind === 'array') return this.node.openRange;
    return jsonStartRange(this.node);
  }
}

function toAttribute(prop: JsonProperty): Attribute {
  return { name: prop.name, expr: new JsonExpression(prop.value), range: propertyRange(prop), nameRange: prop.nameRange };
}

/** From the start of the property name to the end of its value. */
function propertyRange(prop: JsonProperty): Range {
  return rangeBetween(prop.nameRange, prop.value.range);
}

/**
 * Peels one label level per remaining label name (each property name is a label), then turns an object into
 * one block, an array into one block per element, and null into none.
 */
function unpackBlock(
  node: JsonNode,
  schema: BlockHeaderSchema,
  typeRange: Range,
  labels: readonly string[],
  labelRanges: readonly Range[],
  out: Block[],
): Diagnostic[] {
  const labelNames = schema.labelNames ?? [];
  const labelName = labelNames[labels.length];
  if (labelName !== undefined) {
    const { properties, diagnostics } = collectDeepProperties(node, labelName);
    if (properties.length === 0) {
      diagnostics.push(
        errorDiag(
          'Missing block label',
          `At least one object property is required, whose name represents the ${schema.type} block's ${labelName}.`,
          jsonStartRange(node),
        ),
      );
      return diagnostics;
    }
    for (const prop of properties) {
      diagnostics.push(...unpackBlock(prop.value, schema, typeRange, [...labels, prop.name], [...labelRanges, prop.nameRange], out));
    }
    return diagnostics;
  }

  const block = (body: JsonNode, defRange: Range): Block => ({
    type: schema.type,
    labels: [...labels],
    body: new JsonBody(body),
    defRange,
    typeRange,
    labelRanges: [...labelRanges],
  });
  switch (node.kind) {
    case 'null':
      return [];
    case 'object':
      out.push(block(node, node.openRange));
      return [];
    case 'array':
      // each element may be mistyped; that is reported when its content is requested
      for (const element of node.values) out.push(block(element, node.openRange));
      return [];
    default:
      return [
        errorDiag(
          'Incorrect JSON value type',
          `Either a JSON object or a JSON array is required, representing the contents of one or more ${goQuote(schema.type)} blocks.`,
          jsonStartRange(node),
        ),
      ];
  }
}

/**
 * Flattens an object, or an array of objects, into its properties in order. `labelName` only tailors the
 * messages for label levels. A null yields nothing.
 */
function collectDeepProperties(node: JsonNode, labelName: string | undefined): { properties: JsonProperty[]; diagnostics: Diagnostic[] } {
  const properties: JsonProperty[] = [];
  const diagnostics: Diagnostic[] = [];
  if (node.kind === 'null') return { properties, diagnostics };
  if (node.kind === 'object') return { properties: [...node.properties], diagnostics };
  if (node.kind === 'array') {
    for (const element of node.values) {
      if (element.kind === 'object') {
        properties.push(...element.properties);
        continue;
      }
      const detail =
        labelName !== undefined
          ? `A JSON object is required here, to specify ${labelName} labels for this block.`
          : 'A JSON object is required here, to define arguments and child blocks.';
      diagnostics.push(errorDiag('Incorrect JSON value type', detail, jsonStartRange(element)));
    }
    return { properties, diagnostics };
  }
  const detail =
    labelName !== undefined
      ? `Either a JSON object or JSON array of objects is required here, to specify ${labelName} labels for this block.`
      : 'Either a JSON object or JSON array of objects is required here, to define arguments and child blocks.';
  diagnostics.push(errorDiag('Incorrect JSON value type', detail, jsonStartRange(node)));
  return { properties, diagnostics };
}
