import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { EvalContext } from '../eval/eval-context.js';
import { showValue } from '../eval/show-value.js';
import { formatRange } from '../source/pos.js';
import { parseAndWrap } from '../syntax/file.js';
import { DynamicType, NumberType, StringType, listOf, typeExpression } from '../value/type.js';
import { Value } from '../value/value.js';
import { decodeSpecFile } from './hcldec-file.js';
import { decodeSpec, partialDecodeSpec } from './decode.js';
import { impliedType } from './implied.js';
import {
  attrSpec,
  blockAttrsSpec,
  blockLabelSpec,
  blockListSpec,
  blockMapSpec,
  blockSetSpec,
  blockSpec,
  defaultSpec,
  literalSpec,
  objectSpec,
  type Spec,
} from './spec.js';
import { specVariables } from './variables.js';

const body = (src: string) => parseAndWrap(src, 'in.hcl').file.body;
const show = (ds: Diagnostic[]): string[] => ds.map((d) => `${d.summary} | ${d.detail} | ${d.subject ? formatRange(d.subject) : ''}`);

describe('decodeSpec', () => {
  const cases: [string, Spec, string, string[]][] = [
    ['a = "x"', objectSpec({ a: attrSpec('a', StringType) }), '{a = "x"}', []],
    ['a = 1', objectSpec({ a: attrSpec('a', StringType) }), '{a = "1"}', []],
    ['', objectSpec({ a: attrSpec('a', NumberType) }), '{a = null(number)}', []],
    [
      '',
      objectSpec({ a: attrSpec('a', NumberType, { required: true }) }),
      '{a = null(number)}',
      ['Missing required argument | The argument "a" is required, but no definition was found. | in.hcl:1,1-1'],
    ],
    [
      'a = [1]',
      objectSpec({ a: attrSpec('a', StringType) }),
      '{a = unknown(string)}',
      ['Incorrect attribute value type | Inappropriate value for attribute "a": string required, but have tuple. | in.hcl:1,5-8'],
    ],
    ['', defaultSpec(attrSpec('a', NumberType), literalSpec(Value.number(7))), '7', []],
    ['a = 2', defaultSpec(attrSpec('a', NumberType), literalSpec(Value.number(7))), '2', []],
    ['b { c = 1 }', objectSpec({ b: blockSpec('b', objectSpec({ c: attrSpec('c', NumberType) })) }), '{b = {c = 1}}', []],
    ['', objectSpec({ b: blockSpec('b', objectSpec({})) }), '{b = null(object({}))}', []],
    [
      'b {}\nb {}',
      blockSpec('b', objectSpec({})),
      '{}',
      ['Duplicate b block | Only one block of type "b" is allowed. Previous definition was at in.hcl:1,1-2. | in.hcl:2,1-2'],
    ],
    ['', blockSpec('b', objectSpec({}), { required: true }), 'null(object({}))', ['Missing b block | A block of type "b" is required here. | in.hcl:1,1-1']],
    ['b { c = 1 }\nb { c = 2 }', blockListSpec('b', attrSpec('c', NumberType)), 'list(1, 2)', []],
    ['', blockListSpec('b', attrSpec('c', NumberType)), 'list(number)', []],
    ['b { c = 1 }\nb { c = 1 }', blockSetSpec('b', attrSpec('c', NumberType)), 'set(1)', []],
    [
      'b { c = 1 }',
      blockListSpec('b', attrSpec('c', NumberType), { minItems: 2 }),
      'list(1)',
      ['Insufficient b blocks | At least 2 "b" blocks are required. | in.hcl:1,1-1'],
    ],
    [
      'b {}\nb {}',
      blockListSpec('b', objectSpec({}), { maxItems: 1 }),
      'list({}, {})',
      ['Too many b blocks | No more than 1 "b" blocks are allowed | in.hcl:2,1-2'],
    ],
    ['b "x" { c = 1 }\nb "y" { c = 2 }', blockMapSpec('b', ['k'], attrSpec('c', NumberType)), 'map{x = 1, y = 2}', []],
    ['b "x" "p" { c = 1 }', blockMapSpec('b', ['k', 'l'], attrSpec('c', NumberType)), 'map{x = map{p = 1}}', []],
    [
      'b "x" { c = 1 }\nb "x" { c = 2 }',
      blockMapSpec('b', ['k'], attrSpec('c', NumberType)),
      'map{x = 1}',
      ['Duplicate b block | A block for b "x" was already defined. The b labels must be unique. | in.hcl:2,1-6'],
    ],
    ['b "x" {}', blockListSpec('b', objectSpec({ name: blockLabelSpec(0, 'name') })), 'list({name = "x"})', []],
    ['env { A = "1"\n}', blockAttrsSpec('env', StringType), 'map{A = "1"}', []],
    [
      'zz = 1',
      objectSpec({ a: attrSpec('a', StringType) }),
      '{a = null(string)}',
      ['Unsupported argument | An argument named "zz" is not expected here. Did you mean "a"? | in.hcl:1,1-3'],
    ],
  ];
  it.each(cases)('%s', (src, spec, want, wantDiags) => {
    const r = decodeSpec(body(src), spec, undefined);
    expect(show(r.diagnostics)).toEqual(wantDiags);
    expect(showValue(r.value)).toBe(want);
  });

  it('evaluates with the given scope, and reports the variables it needs', () => {
    const b = body('a = var.x\nb { c = local.y }');
    const spec = objectSpec({ a: attrSpec('a', DynamicType), b: blockSpec('b', attrSpec('c', DynamicType)) });
    expect(specVariables(b, spec).map((t) => t.map((s) => ('name' in s ? s.name : '?')).join('.'))).toEqual(['var.x', 'local.y']);
    const ctx = new EvalContext({ variables: { var: Value.object({ x: Value.number(1) }), local: Value.object({ y: Value.True }) } });
    expect(showValue(decodeSpec(b, spec, ctx).value)).toBe('{a = 1, b = true}');
  });

  it('partialDecodeSpec leaves the rest', () => {
    const r = partialDecodeSpec(body('a = 1\nb = 2'), attrSpec('a', NumberType), undefined);
    expect(r.diagnostics).toEqual([]);
    expect([...r.remain.justAttributes().attributes.keys()]).toEqual(['b']);
  });

  it('knows its result type', () => {
    expect(typeExpression(impliedType(blockMapSpec('b', ['k'], objectSpec({ c: attrSpec('c', listOf(StringType)) }))))).toBe(
      'map(object({c=list(string)}))',
    );
  });
});

describe('decodeSpecFile', () => {
  it('reads variables and the root spec', () => {
    const src = `
variables {
  v = "hi"
}
object {
  attr "a" { type = list(string) }
  attr "b" {
    type = number
    required = true
  }
  block_list "c" {
    min_items = 1
    object {
      attr "d" { type = any }
    }
  }
  block_map "e" {
    labels = ["k"]
    literal { value = 1 }
  }
  default "f" {
    attr {
      name = "f"
      type = string
    }
    literal { value = "dflt" }
  }
}`;
    const parsed = parseAndWrap(src, 'spec.hcldec');
    const r = decodeSpecFile(parsed.file.body);
    expect(show([...parsed.diagnostics, ...r.diagnostics])).toEqual([]);
    expect(showValue(r.value.variables.get('v')!)).toBe('"hi"');
    expect(typeExpression(impliedType(r.value.spec))).toBe('object({a=list(string), b=number, c=list(object({d=any})), e=map(number), f=string})');
    const out = decodeSpec(body('b = 1\nc { d = true }\ne "x" {}'), r.value.spec, undefined);
    expect(show(out.diagnostics)).toEqual([]);
    expect(showValue(out.value)).toBe('{a = null(list(string)), b = 1, c = list({d = true}), e = map{x = 1}, f = "dflt"}');
  });

  it('explains a missing or doubled root spec', () => {
    expect(show(decodeSpecFile(body('')).diagnostics)).toEqual([
      'Missing spec block | A spec file must have exactly one root block specifying how to map to a JSON value. | in.hcl:1,1-1',
    ]);
    expect(show(decodeSpecFile(body('literal { value = 1 }\nliteral { value = 2 }')).diagnostics)).toEqual([
      'Extraneous spec block | A spec file must have exactly one root block specifying how to map to a JSON value. | in.hcl:2,1-8',
    ]);
  });
});
