import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatRange } from '../source/pos.js';
import type { BodySchema } from '../structure.js';
import { parseAndWrap } from './file.js';

function body(src: string) {
  const { file, diagnostics } = parseAndWrap(src, 'b.hcl');
  return { body: file.body, parseDiags: diagnostics };
}
const show = (ds: Diagnostic[]): string[] => ds.map((d) => `${d.summary} | ${d.detail} | ${d.subject ? formatRange(d.subject) : ''}`);

const schema: BodySchema = {
  attributes: [{ name: 'name', required: true }, { name: 'count' }],
  blocks: [{ type: 'source', labelNames: ['type', 'name'] }, { type: 'build' }],
};

describe('NativeBody.content', () => {
  it('returns attributes and blocks named by the schema', () => {
    const { body: b } = body('name = "x"\nsource "a" "b" {\n}\nbuild {}\n');
    const { content, diagnostics } = b.content(schema);
    expect(diagnostics).toEqual([]);
    expect([...content.attributes.keys()]).toEqual(['name']);
    expect(content.blocks.map((x) => [x.type, ...x.labels])).toEqual([['source', 'a', 'b'], ['build']]);
    expect(formatRange(content.blocks[0]!.defRange)).toBe('b.hcl:2,1-15');
    expect(content.attributes.get('name')!.expr.value(undefined).value.asString()).toBe('x');
  });

  const cases: [string, string[]][] = [
    ['nam = 1', [
      'Missing required argument | The argument "name" is required, but no definition was found. | b.hcl:1,1-1',
      'Unsupported argument | An argument named "nam" is not expected here. Did you mean "name"? | b.hcl:1,1-4',
    ]],
    ['name = 1\nbuild = 2', ['Unsupported argument | An argument named "build" is not expected here. Did you mean to define a block of type "build"? | b.hcl:2,1-6']],
    ['name = 1\ncount {}', ['Unsupported block type | Blocks of type "count" are not expected here. Did you mean to define argument "count"? If so, use the equals sign to assign it a value. | b.hcl:2,1-6']],
    ['name = 1\nbuidl {}', ['Unsupported block type | Blocks of type "buidl" are not expected here. Did you mean "build"? | b.hcl:2,1-6']],
    ['name = 1\nzzz {}', ['Unsupported block type | Blocks of type "zzz" are not expected here. | b.hcl:2,1-4']],
    ['name = 1\nbuild "x" {}', ['Extraneous label for build | No labels are expected for build blocks. | b.hcl:2,7-10']],
    ['name = 1\nsource "a" "b" "c" {}', ['Extraneous label for source | Only 2 labels (type, name) are expected for source blocks. | b.hcl:2,16-19']],
    ['name = 1\nsource "a" {}', ['Missing name for source | All source blocks must have 2 labels (type, name). | b.hcl:2,12-13']],
  ];
  it.each(cases)('%s', (src, want) => {
    const { body: b, parseDiags } = body(src);
    expect(parseDiags).toEqual([]);
    expect(show(b.content(schema).diagnostics)).toEqual(want);
  });

  it('reports arguments set twice at parse time', () => {
    const { parseDiags } = body('a = 1\nblock {\n  b = 1\n  b = 2\n}\na = 3\n');
    expect(show(parseDiags)).toEqual([
      'Attribute redefined | The argument "b" was already set at b.hcl:3,3-4. Each argument may be set only once. | b.hcl:4,3-4',
      'Attribute redefined | The argument "a" was already set at b.hcl:1,1-2. Each argument may be set only once. | b.hcl:6,1-2',
    ]);
  });
});

describe('NativeBody.partialContent / justAttributes', () => {
  it('leaves what the schema did not name for later', () => {
    const { body: b } = body('name = 1\nextra = 2\nbuild {}\nother {}\n');
    const first = b.partialContent({ attributes: [{ name: 'name' }], blocks: [{ type: 'build' }] });
    expect(first.diagnostics).toEqual([]);
    expect(first.content.blocks).toHaveLength(1);
    const rest = first.remain.content({ attributes: [{ name: 'extra' }], blocks: [{ type: 'other' }] });
    expect(rest.diagnostics).toEqual([]);
    expect([...rest.content.attributes.keys()]).toEqual(['extra']);
    expect(rest.content.blocks.map((x) => x.type)).toEqual(['other']);
    // Items consumed by the first pass are neither returned nor reported again.
    expect(show(first.remain.content({}).diagnostics)).toEqual([
      'Unsupported argument | An argument named "extra" is not expected here. | b.hcl:2,1-6',
      'Unsupported block type | Blocks of type "other" are not expected here. | b.hcl:4,1-6',
    ]);
  });

  it('justAttributes refuses blocks', () => {
    const { body: b } = body('a = 1\nb = 2\nc {}\n');
    const { attributes, diagnostics } = b.justAttributes();
    expect([...attributes.keys()]).toEqual(['a', 'b']);
    expect(show(diagnostics)).toEqual(['Unexpected "c" block | Blocks are not allowed here. | b.hcl:3,1-2']);
  });
});

describe('NativeExpression', () => {
  const attr = (src: string) => body(`x = ${src}\n`).body.justAttributes().attributes.get('x')!.expr;
  it('lists root variables, not for-expression locals', () => {
    const vars = attr('[for k, v in var.m : "${k}${v}${local.x[0]}"]').variables();
    expect(vars.map((t) => t.map((s) => (s.kind === 'root' || s.kind === 'attr' ? s.name : s.kind)).join('.'))).toEqual([
      'var.m',
      'local.x.index',
    ]);
  });
  it('has static views', () => {
    expect(attr('var.a.b').asTraversal()?.map((s) => (s.kind === 'index' ? '[]' : s.kind === 'splat' ? '*' : s.name))).toEqual(['var', 'a', 'b']);
    expect(attr('null').asTraversal()?.[0]).toMatchObject({ kind: 'root', name: 'null' });
    expect(attr('"x"').asTraversal()).toBeUndefined();
    const call = attr('list(string)').asCall()!;
    expect([call.name, call.args.length, call.args[0]!.asTraversal()?.[0]]).toMatchObject(['list', 1, { name: 'string' }]);
    expect(attr('[1, 2]').asList()).toHaveLength(2);
    expect(attr('{a = 1}').asMap()?.[0]?.key.value(undefined).value.asString()).toBe('a');
    expect(attr('f(1)').asList()).toBeUndefined();
  });
});
