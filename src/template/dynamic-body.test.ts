import { describe, expect, it } from 'vitest';
import { EvalContext } from '../hcl/eval/eval-context.js';
import { parseJsonConfig } from '../hcl/json/index.js';
import { parseAndWrap } from '../hcl/syntax/index.js';
import type { Body, BodySchema } from '../hcl/structure.js';
import { Value } from '../hcl/value/value.js';
import { expandDynamicBlocks } from './dynamic-body.js';

function body(src: string): Body {
  const { file, diagnostics } = parseAndWrap(src, 't.pkr.hcl');
  expect(diagnostics).toEqual([]);
  return file.body;
}

const ctx = new EvalContext({
  variables: {
    var: Value.object({ names: Value.tuple([Value.string('a'), Value.string('b')]), m: Value.object({ x: Value.string('1'), y: Value.string('2') }) }),
  },
});
const schema: BodySchema = { attributes: [{ name: 'top' }], blocks: [{ type: 'item', labelNames: ['name'] }, { type: 'plain' }] };

function attrValue(b: Body, name: string): Value | undefined {
  const { content } = b.content({ attributes: [{ name }] });
  return content.attributes.get(name)?.expr.value(undefined).value;
}

describe('expandDynamicBlocks', () => {
  it('expands a tuple with labels, keeping source order and the iterator in scope', () => {
    const b = expandDynamicBlocks(
      body(`
plain {}
dynamic "item" {
  for_each = var.names
  labels   = ["n-\${item.value}"]
  content {
    idx = item.key
  }
}
`),
      ctx,
    );
    const { content, diagnostics } = b.content(schema);
    expect(diagnostics).toEqual([]);
    expect(content.blocks.map((x) => [x.type, ...x.labels])).toEqual([['plain'], ['item', 'n-a'], ['item', 'n-b']]);
    const item = content.blocks[2];
    if (!item) throw new Error('no block');
    expect(attrValue(item.body, 'idx')?.asNum().toString()).toBe('1');
    expect(item.typeRange.start.line).toBe(3);
  });

  it('supports a custom iterator, maps, and nested dynamic blocks seeing outer iterators', () => {
    const b = expandDynamicBlocks(
      body(`
dynamic "plain" {
  for_each = var.m
  iterator = it
  content {
    dynamic "inner" {
      for_each = var.names
      content {
        v = "\${it.key}\${it.value}-\${inner.value}"
      }
    }
  }
}
`),
      ctx,
    );
    const { content, diagnostics } = b.content(schema);
    expect(diagnostics).toEqual([]);
    expect(content.blocks).toHaveLength(2);
    const values: string[] = [];
    for (const outer of content.blocks) {
      const inner = outer.body.content({ blocks: [{ type: 'inner' }] });
      expect(inner.diagnostics).toEqual([]);
      for (const ib of inner.content.blocks) values.push(attrValue(ib.body, 'v')?.asString() ?? '?');
    }
    expect(values).toEqual(['x1-a', 'x1-b', 'y2-a', 'y2-b']);
  });

  it('reports a non-iterable for_each at the expression', () => {
    const b = expandDynamicBlocks(body(`dynamic "plain" {\n  for_each = 3\n  content {}\n}\n`), ctx);
    const { diagnostics } = b.content(schema);
    expect(diagnostics.map((d) => [d.summary, d.detail, d.subject?.start.line])).toEqual([
      ['Invalid dynamic for_each value', 'Cannot use a number value in for_each. An iterable collection is required.', 2],
    ]);
  });

  it('reports a missing content block and unexpected dynamic block types', () => {
    const b = expandDynamicBlocks(body(`dynamic "plain" {\n  for_each = []\n}\ndynamic "nope" {\n for_each = []\n content {}\n}\n`), ctx);
    const { diagnostics } = b.content(schema);
    expect(diagnostics.map((d) => d.summary)).toEqual(['Missing dynamic content block', 'Unsupported block type']);
  });

  it('reports wrong label counts', () => {
    const b = expandDynamicBlocks(body(`dynamic "item" {\n  for_each = []\n  labels = ["a", "b"]\n  content {}\n}\n`), ctx);
    expect(b.content(schema).diagnostics.map((d) => d.summary)).toEqual(['Extraneous dynamic block label']);
  });

  it('leaves dynamic blocks of types not asked for in the remain body of partialContent', () => {
    const b = expandDynamicBlocks(
      body(`top = 1\nplain {}\ndynamic "item" {\n  for_each = ["z"]\n  labels = [item.value]\n  content {}\n}\n`),
      ctx,
    );
    const first = b.partialContent({ attributes: [{ name: 'top' }], blocks: [{ type: 'plain' }] });
    expect(first.diagnostics).toEqual([]);
    expect(first.content.blocks.map((x) => x.type)).toEqual(['plain']);
    const rest = first.remain.content({ blocks: [{ type: 'item', labelNames: ['name'] }] });
    expect(rest.diagnostics).toEqual([]);
    expect(rest.content.blocks.map((x) => x.labels)).toEqual([['z']]);
    expect(rest.content.attributes.size).toBe(0);
  });

  it('yields one block of unknown values when for_each is unknown', () => {
    const u = new EvalContext({ variables: { var: Value.object({ u: Value.unknown({ kind: 'dynamic' }) }) } });
    const b = expandDynamicBlocks(body(`dynamic "plain" {\n  for_each = var.u\n  content {\n    a = plain.value\n  }\n}\n`), u);
    const { content, diagnostics } = b.content(schema);
    expect(diagnostics).toEqual([]);
    expect(content.blocks).toHaveLength(1);
    const blk = content.blocks[0];
    if (!blk) throw new Error('no block');
    expect(attrValue(blk.body, 'a')?.isKnown).toBe(false);
  });

  it('works on the JSON syntax', () => {
    const { body: jb, diagnostics } = parseJsonConfig(
      JSON.stringify({ dynamic: { item: { for_each: '${var.names}', labels: ['${item.value}'], content: { k: '${item.key}' } } } }),
      't.pkr.json',
    );
    expect(diagnostics).toEqual([]);
    const { content, diagnostics: d2 } = expandDynamicBlocks(jb, ctx).content(schema);
    expect(d2).toEqual([]);
    expect(content.blocks.map((x) => x.labels)).toEqual([['a'], ['b']]);
  });
});
