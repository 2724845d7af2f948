import { describe, it, expect } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import type { Attribute, Expr } from '../ast/nodes.js';
import { parseConfig, parseExpression, parseTemplate } from './index.js';
import { dumpExpr } from './ast-dump.js';

function tmpl(src: string): string {
  const { expr, diagnostics } = parseTemplate(src, 't.tpl');
  expect(diagnostics).toEqual([]);
  return dumpExpr(expr);
}

function ex(src: string): string {
  const { expr, diagnostics } = parseExpression(src, 'e.hcl');
  expect(diagnostics).toEqual([]);
  return dumpExpr(expr);
}

describe('templates', () => {
  const cases: [string, string][] = [
    ['', 'tmpl("")'],
    ['hello', 'tmpl("hello")'],
    ['${x}', 'wrap(x)'],
    ['${x}\n', 'tmpl(x, "\\n")'],
    ['a } b', 'tmpl("a } b")'],
    ['cost: 5$', 'tmpl("cost: 5$")'],
    ['$${x} %%{y}', 'tmpl("${x} %{y}")'],
    ['\\n stays', 'tmpl("\\\\n stays")'],
    ['%{ if a }yes%{ endif }', 'tmpl((a ? tmpl("yes") : tmpl("")))'],
    ['%{ if a }yes%{ else }no%{ endif }', 'tmpl((a ? tmpl("yes") : tmpl("no")))'],
    ['%{ for x in xs }${x},%{ endfor }', 'tmpl(join(for(x in xs : tmpl(x, ","))))'],
    ['%{ for k, v in m }${k}=${v}%{ endfor }', 'tmpl(join(for(k, v in m : tmpl(k, "=", v))))'],
    ['%{ for x in xs }%{ endfor }', 'tmpl(join(for(x in xs : tmpl(""))))'],
    ['%{ if a }%{ if b }x%{ endif }%{ endif }', 'tmpl((a ? tmpl((b ? tmpl("x") : tmpl(""))) : tmpl("")))'],
    // strip markers
    ['a  ${~ x ~}  b', 'tmpl("a", x, "b")'],
    // Trimming reaches only the adjacent literal token, and template literals are lexed line by line.
    ['a \n ${~x}', 'tmpl("a \\n", x)'],
    ['${x~} \n b', 'tmpl(x, " b")'],
    ['%{ for x in xs ~}\n - ${x}\n%{ endfor ~}\n', 'tmpl(join(for(x in xs : tmpl(" - ", x, "\\n"))), "")'],
    ['line\n%{~ if a ~}\nyes\n%{~ endif ~}\nend', 'tmpl("line", (a ? tmpl("yes") : tmpl("")), "end")'],
  ];
  for (const [src, want] of cases) {
    it(JSON.stringify(src), () => expect(tmpl(src)).toBe(want));
  }

  it('strip markers work inside quoted strings', () => {
    expect(ex('"a  ${~ b ~}  c"')).toBe('tmpl("a", b, "c")');
    expect(ex('"%{ if x ~}  y  %{~ endif }"')).toBe('tmpl((x ? tmpl("y") : tmpl("")))');
  });

  it('ranges of template directives', () => {
    const { expr } = parseTemplate('%{ if a }x%{ endif }', 't');
    const c = (expr as Extract<Expr, { kind: 'Template' }>).parts[0]!;
    expect(c.kind).toBe('Conditional');
    expect([c.srcRange.start.column, c.srcRange.end.column]).toEqual([1, 21]);
  });

  it('reports unbalanced directives', () => {
    const sum = (s: string): string[] => parseTemplate(s, 't').diagnostics.map((d) => d.summary);
    expect(sum('%{ endif }')).toEqual(['Unexpected endif directive']);
    expect(sum('%{ if a }')).toEqual(['Unexpected end of template']);
    expect(sum('%{ for x in y }')).toEqual(['Unexpected end of template']);
    expect(sum('${')).toEqual(['Missing expression']); // recovery mode suppresses the follow-on error
    expect(sum('%{ bogus }')).toEqual(['Invalid template control keyword']);
  });
});

describe('heredocs (HCL spec suite expressions/heredoc)', () => {
  const file = '/work/shared/conformance/hcl-specsuite/expressions/heredoc.hcl';
  it.skipIf(!existsSync(file))('produces the expected literal parts', () => {
    const { body, diagnostics } = parseConfig(readFileSync(file, 'utf8'), 'heredoc.hcl');
    expect(diagnostics).toEqual([]);
    const values = new Map<string, string>();
    for (const item of body.items as Attribute[]) {
      if (item.expr.kind !== 'ObjectCons') throw new Error('object expected');
      for (const { keyExpr, valueExpr } of item.expr.items) {
        values.set(`${item.name}.${dumpExpr(keyExpr).replace(/^key\((.*)\)$/, '$1')}`, render(valueExpr));
      }
    }
    expect(Object.fromEntries(values)).toEqual({
      'normal.basic': 'Foo\nBar\nBaz\n',
      'normal.indented': '    Foo\n    Bar\n    Baz\n',
      'normal.indented_more': '    Foo\n      Bar\n    Baz\n',
      'normal.interp': '    Foo\n    Bar\n    Baz\n',
      'normal.newlines_between': 'Foo\n\nBar\n\nBaz\n',
      'normal.indented_newlines_between': '    Foo\n\n    Bar\n\n    Baz\n',
      'normal.marker_at_suffix': '    NOT EOT\n',
      'flush.basic': 'Foo\nBar\nBaz\n',
      'flush.indented': 'Foo\nBar\nBaz\n',
      'flush.indented_more': 'Foo\n  Bar\nBaz\n',
      'flush.indented_less': '  Foo\nBar\n  Baz\n',
      'flush.interp': 'Foo\nBar\nBaz\n',
      'flush.interp_indented_more': 'Foo\n  Bar\nBaz\n',
      'flush.interp_indented_less': '  Foo\n  Bar\n  Baz\n',
      'flush.tabs': 'Foo\n Bar\n Baz\n',
      'flush.unicode_spaces': '\u2003Foo (there\'s two "em spaces" before Foo there)\nBar\nBaz\n',
      'flush.newlines_between': 'Foo\n\nBar\n\nBaz\n',
      'flush.indented_newlines_between': 'Foo\n\nBar\n\nBaz\n',
    });
  });

  it('strip markers combine with flush as in HCL (checked against packer 1.6.6)', () => {
    const src = 'a = <<-EOT\n    x\n    %{~ if true ~}\n      y\n    %{~ endif ~}\n    z\n  EOT\n';
    const { body } = parseConfig(src, 'h.hcl');
    expect(dumpExpr((body.items[0] as Attribute).expr)).toBe('tmpl("    x\\n", (true ? tmpl("      y\\n") : tmpl("")), "    z\\n")');
  });

  it('flush literal ranges skip the removed indentation', () => {
    const { body } = parseConfig('a = <<-EOT\n    x\n  EOT\n', 'h.hcl');
    const t = (body.items[0] as Attribute).expr as Extract<Expr, { kind: 'Template' }>;
    expect(t.parts[0]!.srcRange.start).toEqual({ line: 2, column: 5, byte: 15 });
  });
});

/** Renders a template whose interpolations are the spec suite's variables. */
function render(e: Expr): string {
  const vars: Record<string, string> = { bar: 'Bar', space_bar: '  Bar' };
  if (e.kind !== 'Template') throw new Error(e.kind);
  return e.parts
    .map((p) => {
      if (p.kind === 'LiteralValue') return p.value.asString();
      if (p.kind === 'ScopeTraversal') return vars[p.traversal[0]!.kind === 'root' ? p.traversal[0]!.name : ''] ?? '?';
      throw new Error(p.kind);
    })
    .join('');
}
