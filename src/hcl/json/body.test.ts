import { describe, it, expect } from 'vitest';
import { formatRange } from '../source/pos.js';
import type { Body, BodySchema } from '../structure.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { parseJsonConfig } from './index.js';

function body(src: string): Body {
  const r = parseJsonConfig(src, 't.json');
  expect(r.diagnostics).toEqual([]);
  return r.body;
}

const diagLines = (ds: readonly Diagnostic[]): string[] =>
  ds.map((d) => `${d.summary}: ${d.detail ?? ''} @ ${d.subject ? formatRange(d.subject) : '-'}`);

/** Attribute names with their literal string values, blocks as "type[labels]". */
function summarize(b: Body, schema: BodySchema) {
  const { content, diagnostics } = b.content(schema);
  const attrs: Record<string, string> = {};
  for (const [k, a] of content.attributes) attrs[k] = a.expr.value(undefined).value.asString();
  const blocks = content.blocks.map((bl) => `${bl.type}[${bl.labels.join(',')}]`);
  return { attrs, blocks, diags: diagLines(diagnostics) };
}

describe('JsonBody.content', () => {
  const schema: BodySchema = {
    attributes: [{ name: 'name' }, { name: 'desc' }],
    blocks: [{ type: 'plain' }, { type: 'source', labelNames: ['type', 'name'] }],
  };
  const cases: [string, string, ReturnType<typeof summarize>][] = [
    ['attributes', '{"name": "a", "desc": "b"}', { attrs: { name: 'a', desc: 'b' }, blocks: [], diags: [] }],
    ['"//" is a comment', '{"//": "note", "name": "a"}', { attrs: { name: 'a' }, blocks: [], diags: [] }],
    ['a single block', '{"plain": {}}', { attrs: {}, blocks: ['plain[]'], diags: [] }],
    ['repeated blocks as an array', '{"plain": [{}, {}]}', { attrs: {}, blocks: ['plain[]', 'plain[]'], diags: [] }],
    ['zero blocks', '{"plain": []}', { attrs: {}, blocks: [], diags: [] }],
    ['a null block is absent', '{"plain": null}', { attrs: {}, blocks: [], diags: [] }],
    [
      'nested labels',
      '{"source": {"docker": {"a": {}, "b": [{}, {}]}, "null": {"c": {}}}}',
      { attrs: {}, blocks: ['source[docker,a]', 'source[docker,b]', 'source[docker,b]', 'source[null,c]'], diags: [] },
    ],
    [
      'label levels as arrays of objects',
      '{"source": [{"docker": {"a": {}}}, {"docker": {"a": {}}}]}',
      { attrs: {}, blocks: ['source[docker,a]', 'source[docker,a]'], diags: [] },
    ],
    [
      'duplicate property names at a label level',
      '{"source": {"docker": {"a": {}}, "docker": {"b": {}}}}',
      { attrs: {}, blocks: ['source[docker,a]', 'source[docker,b]'], diags: [] },
    ],
    [
      'a root array of objects',
      '[{"name": "a"}, {"plain": {}}]',
      { attrs: { name: 'a' }, blocks: ['plain[]'], diags: [] },
    ],
    [
      'an unknown property, with a suggestion',
      '{"nme": "a"}',
      { attrs: {}, blocks: [], diags: ['Extraneous JSON object property: No argument or block type is named "nme". Did you mean "name"? @ t.json:1,2-7'] },
    ],
    [
      'a duplicate argument',
      '{"name": "a",\n "name": "b"}',
      { attrs: { name: 'a' }, blocks: [], diags: ['Duplicate argument: The argument "name" was already set at t.json:1,2-13. @ t.json:2,2-8'] },
    ],
    [
      'a block that is not an object',
      '{"plain": "x"}',
      {
        attrs: {},
        blocks: [],
        diags: ['Incorrect JSON value type: Either a JSON object or a JSON array is required, representing the contents of one or more "plain" blocks. @ t.json:1,11-14'],
      },
    ],
    [
      'a block without labels',
      '{"source": {}}',
      { attrs: {}, blocks: [], diags: ["Missing block label: At least one object property is required, whose name represents the source block's type. @ t.json:1,12-13"] },
    ],
    [
      'a label level that is not an object',
      '{"source": {"docker": 1}}',
      {
        attrs: {},
        blocks: [],
        diags: [
          'Incorrect JSON value type: Either a JSON object or JSON array of objects is required here, to specify name labels for this block. @ t.json:1,23-24',
          "Missing block label: At least one object property is required, whose name represents the source block's name. @ t.json:1,23-24",
        ],
      },
    ],
  ];
  it.each(cases)('%s', (_name, src, want) => {
    expect(summarize(body(src), schema)).toEqual(want);
  });

  it('reports a missing required argument at the closing brace', () => {
    const { diagnostics } = body('{\n}').content({ attributes: [{ name: 'x', required: true }] });
    expect(diagLines(diagnostics)).toEqual(['Missing required argument: The argument "x" is required, but no definition was found. @ t.json:2,1-2']);
  });

  it('gives blocks their ranges', () => {
    const { content } = body('{"source": {"docker": {"a": {}}}}').content(schema);
    const b = content.blocks[0];
    expect(b && formatRange(b.typeRange)).toBe('t.json:1,2-10');
    expect(b?.labelRanges.map(formatRange)).toEqual(['t.json:1,13-21', 't.json:1,24-27']);
    expect(b && formatRange(b.defRange)).toBe('t.json:1,29-30');
  });

  it('decodes nested block bodies', () => {
    const { content } = body('{"plain": [{"name": "x"}, {"name": "y"}]}').content(schema);
    const names = content.blocks.map((b) => b.body.content({ attributes: [{ name: 'name' }] }).content.attributes.get('name')?.expr.value(undefined).value.asString());
    expect(names).toEqual(['x', 'y']);
  });

  it('reports a block body element that is not an object when its content is requested', () => {
    const { content } = body('{"plain": [1]}').content(schema);
    const { diagnostics } = content.blocks[0]?.body.content({}) ?? { diagnostics: [] };
    // HCL collects the properties twice in Content, so the message appears twice
    expect(diagLines(diagnostics)).toEqual([
      'Incorrect JSON value type: Either a JSON object or JSON array of objects is required here, to define arguments and child blocks. @ t.json:1,12-13',
      'Incorrect JSON value type: Either a JSON object or JSON array of objects is required here, to define arguments and child blocks. @ t.json:1,12-13',
    ]);
  });
});

describe('JsonBody.partialContent', () => {
  it('hides what it used from the remaining body', () => {
    const b = body('{"name": "a", "plain": {}, "other": "o"}');
    const first = b.partialContent({ attributes: [{ name: 'name' }], blocks: [{ type: 'plain' }] });
    expect(first.diagnostics).toEqual([]);
    expect([...first.content.attributes.keys()]).toEqual(['name']);
    expect(first.content.blocks).toHaveLength(1);
    const rest = first.remain.justAttributes();
    expect([...rest.attributes.keys()]).toEqual(['other']);
    const again = first.remain.content({ attributes: [{ name: 'other' }] });
    expect(again.diagnostics).toEqual([]);
  });
});

describe('JsonBody.justAttributes', () => {
  it('takes every property but "//" as an attribute', () => {
    const { attributes, diagnostics } = body('{"//": "c", "a": "1", "b": {"x": 1}}').justAttributes();
    expect(diagnostics).toEqual([]);
    expect([...attributes.keys()]).toEqual(['a', 'b']);
    const a = attributes.get('a');
    expect(a && formatRange(a.range)).toBe('t.json:1,13-21');
    expect(a && formatRange(a.nameRange)).toBe('t.json:1,13-16');
  });

  it('reports duplicates', () => {
    const { diagnostics } = body('{"a": 1, "a": 2}').justAttributes();
    expect(diagLines(diagnostics)).toEqual(['Duplicate attribute definition: The argument "a" was already set at t.json:1,2-8. @ t.json:1,10-13']);
  });

  it('requires a single object', () => {
    const { diagnostics } = body('[{"a": 1}]').justAttributes();
    expect(diagLines(diagnostics)).toEqual(['Incorrect JSON value type: A JSON object is required here, setting the arguments for this block. @ t.json:1,1-2']);
  });
});

describe('JsonBody.missingItemRange', () => {
  it('is the closing brace of an object and the opening bracket of an array', () => {
    expect(formatRange(body('{ }').missingItemRange())).toBe('t.json:1,3-4');
    expect(formatRange(body('[{}]').missingItemRange())).toBe('t.json:1,1-2');
  });
});
