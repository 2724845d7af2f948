import { describe, it, expect } from 'vitest';
import type { Attribute, Block, Body, Expr } from '../ast/nodes.js';
import type { Range } from '../source/pos.js';
import { parseConfig, parseExpression, parseTraversalAbs, parseTraversalPartial } from './index.js';
import { dumpExpr, dumpTraversal } from './ast-dump.js';

function r(range: Range): string {
  const { start: s, end: e } = range;
  return `${s.line}:${s.column}:${s.byte}-${e.line}:${e.column}:${e.byte}`;
}

function expr(src: string): Expr {
  const { expr: e, diagnostics } = parseExpression(src, 'e.hcl');
  expect(diagnostics).toEqual([]);
  return e;
}

describe('expressions: AST shape', () => {
  const cases: [string, string][] = [
    ['1', '1'],
    ['1.5e3', '1500'],
    ['true', 'true'],
    ['false', 'false'],
    ['null', 'null'],
    ['foo', 'foo'],
    ['"hello"', 'tmpl("hello")'],
    ['""', 'tmpl("")'],
    ['"${a}"', 'wrap(a)'],
    ['"a${b}c"', 'tmpl("a", b, "c")'],
    ['"$${a}"', 'tmpl("${a}")'],
    ['"%%{a}"', 'tmpl("%{a}")'],
    ['"$$"', 'tmpl("$$")'],
    ['"a\\nb\\t\\"\\\\\\r"', 'tmpl("a\\nb\\t\\"\\\\\\r")'],
    ['"\\u00e9\\U0001F600"', 'tmpl("é😀")'],
    ['"\\u0001d11e"', 'tmpl("\\u0001d11e")'],
    ['"an\u0303o"', 'tmpl("año")'],
    // operators and precedence
    ['1 + 2 * 3', '(1 + (2 * 3))'],
    ['(1 + 2) * 3', '(paren((1 + 2)) * 3)'],
    ['1 - 2 - 3', '((1 - 2) - 3)'],
    ['a || b && c', '(a || (b && c))'],
    ['a == b != c', '((a == b) != c)'],
    ['a < b == c >= d', '((a < b) == (c >= d))'],
    ['a + b < c * d', '((a + b) < (c * d))'],
    ['!a && -b', '((!a) && (-b))'],
    ['-46+5', '((-46) + 5)'],
    ['-a.b', '(-a.b)'],
    ['10 % 3 / 2', '((10 % 3) / 2)'],
    ['a ? b : c ? d : e', '(a ? b : (c ? d : e))'],
    ['a || b ? c + 1 : d', '((a || b) ? (c + 1) : d)'],
    // collections
    ['[]', '[]'],
    ['[1, 2,]', '[1, 2]'],
    ['[\n1,\n2\n]', '[1, 2]'],
    ['{}', '{}'],
    ['{a = 1, b: 2}', '{key(a) = 1, key(b) = 2}'],
    ['{"a" = 1, (b) = 2, c.d = 3}', '{key(tmpl("a")) = 1, key!(paren(b)) = 2, key(c.d) = 3}'],
    ['{\na = 1\nb = 2\n}', '{key(a) = 1, key(b) = 2}'],
    // for expressions
    ['[for x in xs : x]', 'for(x in xs : x)'],
    ['[for i, x in xs : x if i > 0]', 'for(i, x in xs : x if (i > 0))'],
    ['{for k, v in m : k => v}', 'for(k, v in m : k => v)'],
    ['{for k, v in m : v => k...}', 'for(k, v in m : v => k...)'],
    ['{\nfor k, v in m :\nk => v\n}', 'for(k, v in m : k => v)'],
    // traversals
    ['a.b.c', 'a.b.c'],
    ['a[0]["k"].b', 'a[0]["k"].b'],
    ['a.0.b', 'a[0].b'],
    ['a[b]', 'index(a, b)'],
    ['a[b].c', 'rel(index(a, b), .c)'],
    ['a[1 + 1]', 'index(a, (1 + 1))'],
    ['a["${b}"]', 'index(a, wrap(b))'],
    ['a[\n0\n]', 'a[0]'],
    ['f(x).y[0]', 'rel(f(x), .y[0])'],
    ['[1, 2][0]', 'rel([1, 2], [0])'],
    // splats
    ['a[*]', 'splat(a, @)'],
    ['a[*].b', 'splat(a, rel(@, .b))'],
    ['a[*].b[0].c', 'splat(a, rel(@, .b[0].c))'],
    ['a[*].b[*].c', 'splat(a, splat(rel(@, .b), rel(@, .c)))'],
    ['a.*', 'splat(a, @)'],
    ['a.*.b.c', 'splat(a, rel(@, .b.c))'],
    ['a.*.b[0]', 'rel(splat(a, rel(@, .b)), [0])'],
    ['a.*.b.0', 'splat(a, rel(@, .b[0]))'],
    ['a.b.*.c', 'splat(a.b, rel(@, .c))'],
    // calls
    ['f()', 'f()'],
    ['f(1, "a")', 'f(1, tmpl("a"))'],
    ['f(1,\n2,\n)', 'f(1, 2)'],
    ['f(xs...)', 'f(xs...)'],
    ['f(1, xs...)', 'f(1, xs...)'],
    ['provider::ns::fn(1)', 'provider::ns::fn(1)'],
    ['upper(lower("X"))', 'upper(lower(tmpl("X")))'],
    // heredocs
    ['<<EOT\nhello\nEOT\n', 'tmpl("hello\\n")'],
    ['<<EOT\n${a}\nEOT\n', 'tmpl(a, "\\n")'],
    ['<<-EOT\n  a\n    b\n  EOT\n', 'tmpl("a\\n  b\\n")'],
    ['<<EOT\n\\n $${x}\nEOT\n', 'tmpl("\\\\n ${x}\\n")'],
  ];
  for (const [src, want] of cases) {
    it(JSON.stringify(src), () => expect(dumpExpr(expr(src))).toBe(want));
  }
});

describe('expressions: ranges', () => {
  it('binary operator', () => {
    const e = expr('a + 10');
    if (e.kind !== 'BinaryOp') throw new Error(e.kind);
    expect([r(e.srcRange), r(e.opRange), r(e.lhs.srcRange), r(e.rhs.srcRange)]).toEqual(['1:1:0-1:7:6', '1:3:2-1:4:3', '1:1:0-1:2:1', '1:5:4-1:7:6']);
  });

  it('traversal steps', () => {
    const e = expr('foo.bar[0]');
    if (e.kind !== 'ScopeTraversal') throw new Error(e.kind);
    expect(r(e.srcRange)).toBe('1:1:0-1:11:10');
    expect(e.traversal.map((t) => r(t.srcRange))).toEqual(['1:1:0-1:4:3', '1:4:3-1:8:7', '1:8:7-1:11:10']);
  });

  it('function call', () => {
    const e = expr('f(1, 2)');
    if (e.kind !== 'FunctionCall') throw new Error(e.kind);
    expect([r(e.srcRange), r(e.nameRange), r(e.openParenRange), r(e.closeParenRange)]).toEqual([
      '1:1:0-1:8:7',
      '1:1:0-1:2:1',
      '1:2:1-1:3:2',
      '1:7:6-1:8:7',
    ]);
  });

  it('template and its parts', () => {
    const e = expr('"ab${c}"');
    if (e.kind !== 'Template') throw new Error(e.kind);
    expect(r(e.srcRange)).toBe('1:1:0-1:9:8');
    expect(e.parts.map((p) => r(p.srcRange))).toEqual(['1:2:1-1:4:3', '1:6:5-1:7:6']);
  });

  it('empty string literal is zero-width at the end of the closing quote (as HCL)', () => {
    const e = expr('""');
    if (e.kind !== 'Template') throw new Error(e.kind);
    expect(r(e.parts[0]!.srcRange)).toBe('1:3:2-1:3:2');
  });

  it('splat', () => {
    const e = expr('a[*].b');
    if (e.kind !== 'Splat') throw new Error(e.kind);
    expect([r(e.srcRange), r(e.markerRange), r(e.item.srcRange)]).toEqual(['1:1:0-1:7:6', '1:2:1-1:5:4', '1:2:1-1:5:4']);
    expect(e.each.kind === 'RelativeTraversal' && e.each.source).toBe(e.item);
  });

  it('attribute-only splat', () => {
    const e = expr('a.*.b');
    if (e.kind !== 'Splat') throw new Error(e.kind);
    expect([r(e.srcRange), r(e.markerRange), r(e.each.srcRange)]).toEqual(['1:1:0-1:6:5', '1:2:1-1:4:3', '1:4:3-1:6:5']);
  });

  it('index expression', () => {
    const e = expr('a[b]');
    if (e.kind !== 'Index') throw new Error(e.kind);
    expect([r(e.srcRange), r(e.openRange), r(e.bracketRange)]).toEqual(['1:1:0-1:5:4', '1:2:1-1:3:2', '1:2:1-1:5:4']);
  });

  it('for expression', () => {
    const e = expr('[for x in y : x]');
    if (e.kind !== 'For') throw new Error(e.kind);
    expect([r(e.srcRange), r(e.openRange), r(e.closeRange)]).toEqual(['1:1:0-1:17:16', '1:1:0-1:2:1', '1:16:15-1:17:16']);
  });

  it('conditional and unary', () => {
    const e = expr('!a ? 1 : -2');
    if (e.kind !== 'Conditional' || e.condition.kind !== 'UnaryOp') throw new Error(e.kind);
    expect([r(e.srcRange), r(e.condition.symbolRange), r(e.falseResult.srcRange)]).toEqual(['1:1:0-1:12:11', '1:1:0-1:2:1', '1:10:9-1:12:11']);
  });

  it('honours a start position', () => {
    const { expr: e } = parseExpression('x', 'f', { line: 5, column: 10, byte: 100 });
    expect(r(e.srcRange)).toBe('5:10:100-5:11:101');
  });

  it('anonymous symbols are distinct', () => {
    const a = expr('a[*]');
    const b = expr('b[*]');
    if (a.kind !== 'Splat' || b.kind !== 'Splat') throw new Error('not splats');
    expect(a.item.id).not.toBe(b.item.id);
  });
});

describe('bodies', () => {
  function parse(src: string): Body {
    const { body, diagnostics } = parseConfig(src, 'b.hcl');
    expect(diagnostics).toEqual([]);
    return body;
  }

  it('empty file', () => {
    const b = parse('');
    expect(b.items).toEqual([]);
    expect([r(b.srcRange), r(b.endRange)]).toEqual(['1:1:0-1:1:0', '1:1:0-1:1:0']);
  });

  it('attribute (hclsyntax TestParseConfig "a = 1\\n")', () => {
    const b = parse('a = 1\n');
    const a = b.items[0] as Attribute;
    expect([a.name, r(a.srcRange), r(a.nameRange), r(a.equalsRange), r(a.expr.srcRange)]).toEqual([
      'a',
      '1:1:0-1:6:5',
      '1:1:0-1:2:1',
      '1:3:2-1:4:3',
      '1:5:4-1:6:5',
    ]);
    expect([r(b.srcRange), r(b.endRange)]).toEqual(['1:1:0-2:1:6', '2:1:6-2:1:6']);
  });

  it('block (hclsyntax TestParseConfig "block {}\\n")', () => {
    const blk = parse('block {}\n').items[0] as Block;
    expect([blk.type, blk.labels, r(blk.typeRange), r(blk.openBraceRange), r(blk.closeBraceRange), r(blk.srcRange)]).toEqual([
      'block',
      [],
      '1:1:0-1:6:5',
      '1:7:6-1:8:7',
      '1:8:7-1:9:8',
      '1:1:0-1:9:8',
    ]);
    expect([r(blk.body.srcRange), r(blk.body.endRange)]).toEqual(['1:7:6-1:9:8', '1:9:8-1:9:8']);
  });

  it('block labels, quoted and bare', () => {
    const blk = parse('source "amazon-ebs" example {\n  ami = "x"\n}\n').items[0] as Block;
    expect(blk.labels).toEqual(['amazon-ebs', 'example']);
    expect(blk.labelRanges.map(r)).toEqual(['1:8:7-1:20:19', '1:21:20-1:28:27']);
    expect(blk.body.items.map((i) => i.kind === 'Attribute' && `${i.name}=${dumpExpr(i.expr)}`)).toEqual(['ami=tmpl("x")']);
  });

  it('label escapes are processed', () => {
    const blk = parse('a "x\\ty" {}\n').items[0] as Block;
    expect(blk.labels).toEqual(['x\ty']);
  });

  it('nested blocks and items in source order', () => {
    const b = parse('a = 1\nbuild {\n  sources = ["x"]\n  provisioner "shell" {\n    inline = ["echo"]\n  }\n}\nb = 2\n');
    expect(b.items.map((i) => (i.kind === 'Attribute' ? i.name : i.type))).toEqual(['a', 'build', 'b']);
    const build = b.items[1] as Block;
    expect(build.body.items.map((i) => (i.kind === 'Attribute' ? i.name : `${i.type} ${i.labels.join(' ')}`))).toEqual(['sources', 'provisioner shell']);
  });

  it('one-line blocks', () => {
    const b = parse('a { b = "foo" }\nc {}\n');
    const a = b.items[0] as Block;
    expect(a.body.items.map((i) => i.kind === 'Attribute' && i.name)).toEqual(['b']);
    expect(r(a.body.srcRange)).toBe('1:5:4-1:14:13');
    expect(r(a.closeBraceRange)).toBe('1:15:14-1:16:15');
  });

  it('comments behave as newlines and are otherwise ignored', () => {
    const b = parse('# c\na = 1 # x\n// y\nb = 2 /* z */\n/* multi\nline */\nc = 3');
    expect(b.items.map((i) => i.kind === 'Attribute' && i.name)).toEqual(['a', 'b', 'c']);
  });

  it('heredoc followed by another attribute', () => {
    const b = parse('a = <<EOT\nHello\nEOT\nb = "Hi"');
    expect(b.items.map((i) => i.kind === 'Attribute' && `${i.name}=${dumpExpr(i.expr)}`)).toEqual(['a=tmpl("Hello\\n")', 'b=tmpl("Hi")']);
  });

  it('keeps duplicate attributes for the body adapter to report', () => {
    const { body, diagnostics } = parseConfig('a = 1\na = 2\n', 'd.hcl');
    expect(diagnostics).toEqual([]);
    expect(body.items).toHaveLength(2);
  });

  it('CRLF line endings', () => {
    const b = parse('a = 1\r\nb {\r\n  c = "x"\r\n}\r\n');
    expect(b.items.map((i) => (i.kind === 'Attribute' ? i.name : i.type))).toEqual(['a', 'b']);
  });

  it('tabs are ordinary white space', () => {
    expect(parse('a {\n\tb = 1\n}\n').items).toHaveLength(1);
  });

  it('a byte order mark is skipped but counted in bytes', () => {
    const a = parse('\ufeffa = 1\n').items[0] as Attribute;
    expect(r(a.nameRange)).toBe('1:1:3-1:2:4');
  });
});

describe('parseTraversalAbs', () => {
  it('parses attribute and index steps', () => {
    const { traversal, diagnostics } = parseTraversalAbs('var.foo[0]["bar"]', 't');
    expect(diagnostics).toEqual([]);
    expect(dumpTraversal(traversal)).toBe('var.foo[0]["bar"]');
  });
  it('rejects splats unless partial', () => {
    expect(parseTraversalAbs('a[*]', 't').diagnostics.map((d) => d.summary)).toEqual(['Attribute name required']);
    expect(parseTraversalAbs('a.*', 't').diagnostics.map((d) => d.detail)).toEqual(['Splat expressions (.*) may not be used here.']);
    const p = parseTraversalPartial('a[*].b', 't');
    expect(p.diagnostics).toEqual([]);
    expect(dumpTraversal(p.traversal)).toBe('a[*].b');
  });
  it('explains what is wrong', () => {
    expect(parseTraversalAbs('1', 't').diagnostics.map((d) => d.summary)).toEqual(['Variable name required']);
    expect(parseTraversalAbs('a[b]', 't').diagnostics.map((d) => d.summary)).toEqual(['Index value required']);
    expect(parseTraversalAbs('a[0', 't').diagnostics.map((d) => d.summary)).toEqual(['Unclosed index brackets']);
    expect(parseTraversalAbs('a + b', 't').diagnostics.map((d) => d.summary)).toEqual(['Invalid character']);
  });
});
