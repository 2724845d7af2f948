import { describe, expect, it } from 'vitest';
import { parseAndWrap } from '../hcl/syntax/index.js';
import type { Body } from '../hcl/structure.js';
import { Value } from '../hcl/value/value.js';
import { mergeBodies } from './merge-body.js';
import { overrideBody } from './override-body.js';

function body(src: string, name = 'a.pkr.hcl'): Body {
  return parseAndWrap(src, name).file.body;
}

describe('mergeBodies', () => {
  const schema = { attributes: [{ name: 'x', required: true }, { name: 'y' }], blocks: [{ type: 'b' }] };

  it('merges attributes and concatenates blocks', () => {
    const { content, diagnostics } = mergeBodies([body('x = 1\nb {}\n'), body('y = 2\nb {}\n', 'b.pkr.hcl')]).content(schema);
    expect(diagnostics).toEqual([]);
    expect([...content.attributes.keys()].sort()).toEqual(['x', 'y']);
    expect(content.blocks.map((b) => b.defRange.filename)).toEqual(['a.pkr.hcl', 'b.pkr.hcl']);
  });

  it('reports an argument set twice, and a required one set nowhere', () => {
    const { diagnostics } = mergeBodies([body('y = 1\n'), body('y = 2\n', 'b.pkr.hcl')]).content(schema);
    expect(diagnostics.map((d) => [d.summary, d.detail, d.subject?.filename])).toEqual([
      ['Duplicate argument', 'Argument "y" was already set at a.pkr.hcl:1,1-2', 'b.pkr.hcl'],
      ['Missing required argument', 'The argument "x" is required, but was not set.', 'a.pkr.hcl'],
    ]);
  });

  it('returns merged leftovers from partialContent', () => {
    const { remain } = mergeBodies([body('x = 1\nz = 1\n'), body('w = 2\n', 'b.pkr.hcl')]).partialContent({ attributes: [{ name: 'x' }] });
    const { attributes, diagnostics } = remain.justAttributes();
    expect(diagnostics).toEqual([]);
    expect([...attributes.keys()].sort()).toEqual(['w', 'z']);
  });
});

describe('overrideBody', () => {
  const at = body('x = 1\n').missingItemRange();

  it('replaces and adds arguments, satisfying required ones', () => {
    const b = overrideBody(body('x = 1\n'), new Map([['x', { value: Value.string('o'), range: at }], ['y', { value: Value.string('n'), range: at }]]));
    const { content, diagnostics } = b.content({ attributes: [{ name: 'x' }, { name: 'y', required: true }] });
    expect(diagnostics).toEqual([]);
    expect(content.attributes.get('x')?.expr.value(undefined).value.asString()).toBe('o');
    expect(content.attributes.get('y')?.expr.value(undefined).value.asString()).toBe('n');
  });

  it('reports override keys the schema does not know', () => {
    const b = overrideBody(body('x = 1\n'), new Map([['xx', { value: Value.string('o'), range: at }]]));
    expect(b.content({ attributes: [{ name: 'x' }] }).diagnostics.map((d) => d.detail)).toEqual(['An argument named "xx" is not expected here. Did you mean "x"?']);
  });
});
