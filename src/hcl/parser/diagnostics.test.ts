import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Range } from '../source/pos.js';
import { parseConfig, parseExpression } from './index.js';

function r(range: Range | undefined): string {
  if (range === undefined) return '-';
  const { start: s, end: e } = range;
  return `${s.line}:${s.column}:${s.byte}-${e.line}:${e.column}:${e.byte}`;
}

function summarize(d: Diagnostic): string {
  return `${d.summary} @${r(d.subject)}${d.context ? ` ctx ${r(d.context)}` : ''}`;
}

describe('config diagnostics pinned from hclsyntax TestParseConfigDiagnostics', () => {
  const unclosedBlock =
    'There is no closing brace for this block before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.';
  const cases: [string, string, { summary: string; detail: string; subject: string; context?: string }][] = [
    ['unclosed multi-line block (no contents)', 'blah {\n', { summary: 'Unclosed configuration block', detail: unclosedBlock, subject: '1:6:5-1:7:6' }],
    ['unclosed multi-line block (after one argument)', 'blah {\n  a = 1\n', { summary: 'Unclosed configuration block', detail: unclosedBlock, subject: '1:6:5-1:7:6' }],
    ['unclosed single-line block (no contents)', 'blah {', { summary: 'Unclosed configuration block', detail: unclosedBlock, subject: '1:6:5-1:7:6' }],
    [
      'unclosed single-line block (after its argument)',
      'blah { a = 1',
      { summary: 'Unclosed configuration block', detail: unclosedBlock, subject: '1:6:5-1:7:6', context: '1:1:0-1:7:6' },
    ],
    [
      'unclosed object constructor (before element separator)',
      'foo = { a = 1',
      {
        summary: 'Unterminated object constructor expression',
        detail: 'There is no corresponding closing brace before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.',
        subject: '1:7:6-1:8:7',
      },
    ],
    [
      'unclosed object constructor (before equals)',
      'foo = { a ',
      {
        summary: 'Unterminated object constructor expression',
        detail: 'There is no corresponding closing brace before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.',
        subject: '1:7:6-1:8:7',
      },
    ],
    [
      'unclosed tuple constructor (before element separator)',
      'foo = [ a',
      {
        summary: 'Unterminated tuple constructor expression',
        detail: 'There is no corresponding closing bracket before the end of the file. This may be caused by incorrect bracket nesting elsewhere in this file.',
        subject: '1:7:6-1:8:7',
      },
    ],
    [
      'unclosed function call',
      'foo = boop("a"',
      {
        summary: 'Unterminated function call',
        detail: 'There is no closing parenthesis for this function call before the end of the file. This may be caused by incorrect parenthesis nesting elsewhere in this file.',
        subject: '1:7:6-1:12:11',
      },
    ],
    [
      'unclosed grouping parentheses',
      'foo = (1',
      { summary: 'Unbalanced parentheses', detail: 'Expected a closing parenthesis to terminate the expression.', subject: '1:9:8-1:9:8', context: '1:7:6-1:9:8' },
    ],
    [
      'unclosed template interpolation at EOF',
      'foo = "${a',
      {
        summary: 'Unclosed template interpolation sequence',
        detail: 'There is no closing brace for this interpolation sequence before the end of the file. This might be caused by incorrect nesting inside the given expression.',
        subject: '1:8:7-1:10:9',
      },
    ],
    [
      'unclosed quoted template interpolation at closing quote',
      'foo = "${a"',
      {
        summary: 'Unclosed template interpolation sequence',
        detail: 'There is no closing brace for this interpolation sequence before the end of the quoted template. This might be caused by incorrect nesting inside the given expression.',
        subject: '1:8:7-1:10:9',
      },
    ],
    [
      'unclosed quoted template at literal part',
      'foo = "${a}',
      { summary: 'Unterminated template string', detail: 'No closing marker was found for the string.', subject: '1:12:11-1:12:11', context: '1:8:7-1:12:11' },
    ],
    [
      'unclosed object constructor (before any expression)',
      'foo = {',
      { summary: 'Missing expression', detail: 'Expected the start of an expression, but found the end of the file.', subject: '1:8:7-1:8:7' },
    ],
    [
      'unclosed tuple constructor (before any expression)',
      'foo = [',
      { summary: 'Missing expression', detail: 'Expected the start of an expression, but found the end of the file.', subject: '1:8:7-1:8:7' },
    ],
    [
      'unclosed function call (before any argument)',
      'foo = foo(',
      { summary: 'Missing expression', detail: 'Expected the start of an expression, but found the end of the file.', subject: '1:11:10-1:11:10' },
    ],
  ];
  for (const [name, src, want] of cases) {
    it(name, () => {
      const { diagnostics } = parseConfig(src, 'test.hcl');
      expect(diagnostics).toHaveLength(1);
      const d = diagnostics[0]!;
      expect({ summary: d.summary, detail: d.detail, subject: r(d.subject), ...(d.context ? { context: r(d.context) } : {}) }).toEqual(want);
      expect(d.severity).toBe('error');
      expect(d.subject?.filename).toBe('test.hcl');
    });
  }
});

describe('HCL spec suite: structure', () => {
  const dir = '/work/shared/conformance/hcl-specsuite/structure';
  const read = (f: string): string => readFileSync(`${dir}/${f}`, 'utf8');
  const cases: [string, string[]][] = [
    ['attributes/expected.hcl', []],
    ['attributes/unexpected.hcl', []],
    ['attributes/singleline_bad.hcl', ['Unexpected comma after argument @1:14:13-1:15:14 ctx 1:1:0-1:15:14']],
    ['blocks/single_empty_oneline.hcl', []],
    ['blocks/single_expected.hcl', []],
    ['blocks/single_oneline.hcl', []],
    [
      'blocks/single_oneline_invalid.hcl',
      [
        'Invalid single-argument block definition @1:14:13-1:15:14',
        'Invalid single-argument block definition @2:14:40-3:1:41',
        'Invalid single-argument block definition @4:14:56-5:1:57',
        'Invalid single-argument block definition @6:14:84-7:1:85',
        'Argument definition required @9:5:103-9:8:106',
      ],
    ],
    ['blocks/single_unclosed.hcl', ['Unclosed configuration block @1:3:2-1:4:3']],
  ];
  const exists = (() => {
    try {
      read('attributes/expected.hcl');
      return true;
    } catch {
      return false;
    }
  })();
  for (const [file, want] of cases) {
    it.skipIf(!exists)(file, () => {
      const { body, diagnostics } = parseConfig(read(file), file);
      expect(diagnostics.map(summarize)).toEqual(want);
      expect(body.kind).toBe('Body');
    });
  }
});

describe('config diagnostics (wording checked against packer 1.6.6 / current HCL)', () => {
  const cases: [string, string[]][] = [
    ['a = "x\ny"\n', ['Invalid multi-line string @1:7:6-2:1:7', 'Unterminated template string @1:7:6-2:1:7 ctx 1:6:5-2:1:7']],
    ['a = 1 +\n', ['Invalid expression @1:8:7-2:1:8']],
    ['a = {a = 1 b = 2}\n', ['Missing attribute separator @1:12:11-1:13:12 ctx 1:5:4-1:13:12']],
    ['a = f(1 2)\n', ['Missing argument separator @1:9:8-1:10:9 ctx 1:5:4-1:10:9']],
    ['a = "${a b}"\n', ['Extra characters after interpolation expression @1:10:9-1:11:10 ctx 1:6:5-1:11:10']],
    ['a = "${x:y}"\n', ['Extra characters after interpolation expression @1:9:8-1:10:9 ctx 1:6:5-1:10:9']],
    ['a = "%{ if x }a"\n', ['Unexpected end of template @1:16:15-1:17:16']],
    ['a = "%{ fi x }a%{ endif }"\n', ['Invalid template control keyword @1:9:8-1:11:10 ctx 1:6:5-1:11:10', 'Unexpected endif directive @1:16:15-1:26:25']],
    ['a = "%{ else }"\n', ['Unexpected else directive @1:6:5-1:15:14']],
    ['a = "%{ for x in y }a%{ else }b%{ endfor }"\n', ['Unexpected else directive @1:22:21-1:31:30', 'Unexpected endfor directive @1:32:31-1:43:42']],
    ['a = "%{ for x in y }a%{ endif }"\n', ['Unexpected endif directive @1:22:21-1:32:31']],
    ['a = "%{ for 1 in y }%{ endfor }"\n', ["Invalid 'for' directive @1:13:12-1:14:13", 'Unexpected endfor directive @1:21:20-1:32:31']],
    ['a = "%{ if x }a%{ else }b%{ else }c%{ endif }"\n', ['Unexpected else directive @1:26:25-1:35:34', 'Unexpected endif directive @1:36:35-1:46:45']],
    ['a = "%{ 1 }"\n', ['Invalid template directive @1:9:8-1:10:9 ctx 1:6:5-1:10:9']],
    ['a = "%{ if x y }%{ endif }"\n', ['Extra characters in if marker @1:14:13-1:15:14 ctx 1:6:5-1:15:14']],
    ['a = 1.2.3\n', ['Invalid number literal @1:5:4-1:10:9']],
    ['a = x.*.*\n', ['Nested splat expression not allowed @1:9:8-1:10:9']],
    ['a = x.\n', ['Invalid attribute name @1:7:6-2:1:7']],
    ['a = x.*.1.2\n', ['Invalid legacy index syntax @1:7:6-1:8:7']],
    ['a = [for x in y : x x]\n', ["Invalid 'for' expression @1:21:20-1:22:21 ctx 1:5:4-1:22:21"]],
    ['a = {for x in y : x}\n', ["Invalid 'for' expression @1:19:18-1:20:19 ctx 1:5:4-1:21:20"]],
    ['a = [for k, v in y : k => v]\n', ["Invalid 'for' expression @1:22:21-1:23:22 ctx 1:5:4-1:29:28"]],
    ['a = [for x in y : x...]\n', ["Invalid 'for' expression @1:20:19-1:23:22 ctx 1:5:4-1:24:23"]],
    ['a = [for 1 in y : x]\n', ["Invalid 'for' expression @1:10:9-1:11:10 ctx 1:5:4-1:11:10"]],
    ['a = [for x, in y : x]\n', ["Invalid 'for' expression @1:16:15-1:17:16 ctx 1:5:4-1:17:16"]], // `in` is taken as the value name
    ['a = [for x y : x]\n', ["Invalid 'for' expression @1:12:11-1:13:12 ctx 1:5:4-1:13:12"]],
    ['a = [for x in y x]\n', ["Invalid 'for' expression @1:17:16-1:18:17 ctx 1:5:4-1:18:17"]],
    ['"a" = 1\n', ['Invalid argument name @1:1:0-1:2:1']],
    ['a b = 1\n', ['Invalid block definition @1:5:4-1:6:5 ctx 1:1:0-1:6:5']],
    ['a b\n{\n}\n', ['Invalid block definition @1:4:3-2:1:4 ctx 1:1:0-2:1:4']],
    ['a b 1 {}\n', ['Invalid block definition @1:5:4-1:6:5 ctx 1:1:0-1:6:5']],
    ['a { b = 1 } c\n', ['Missing newline after block definition @1:13:12-1:14:13 ctx 1:1:0-1:14:13']],
    ['a = 1 b\n', ['Missing newline after argument @1:7:6-1:8:7 ctx 1:1:0-1:8:7']],
    ['a\n', ['Argument or block definition required @1:1:0-1:2:1']],
    ['1 = 2\n', ['Argument or block definition required @1:1:0-1:2:1']],
    ['a { b c }\n', ['Argument definition required @1:5:4-1:8:7']],
    ['a { b = 1 c = 2 }\n', ['Invalid single-argument block definition @1:11:10-1:12:11']],
    ['a & b\n', ['Unsupported operator @1:3:2-1:4:3', 'Argument or block definition required @1:1:0-1:2:1']],
    ["a = 'x'\n", ['Invalid character @1:5:4-1:6:5', 'Invalid expression @1:5:4-1:6:5']],
    ['a = b;\n', ['Invalid character @1:6:5-1:7:6', 'Missing newline after argument @1:6:5-1:7:6 ctx 1:1:0-1:7:6']],
    ['a = `x`\n', ['Invalid character @1:5:4-1:6:5', 'Invalid expression @1:5:4-1:6:5']],
    ['a = <<EOT\n', ['Unterminated template string @2:1:10-2:1:10 ctx 2:1:10-2:1:10']],
    ['a = <<EOT\nfoo\nEOT', ['Unterminated template string @3:4:17-3:4:17 ctx 2:1:10-3:4:17']],
    ['a = f(x..., y)\n', ['Missing closing parenthesis @1:8:7-1:11:10 ctx 1:5:4-1:11:10']],
    ['a = x[*\n', ['Missing close bracket on splat index @1:8:7-2:1:8']],
    ['a = 1 ? 2\n', ['Missing false expression in conditional @1:10:9-2:1:10 ctx 1:5:4-2:1:10']],
    ['a = \u201cx\u201d\n', ['Invalid character @1:5:4-1:6:7', 'Invalid character @1:7:8-1:8:11', 'Invalid expression @1:5:4-1:6:7']],
    ['a = x[1\n', ['Missing close bracket on index @2:1:8-2:1:8']],
    ['a = f::(1)\n', ['Missing function name @1:8:7-1:9:8 ctx 1:5:4-1:9:8']],
    ['a = f::g\n', ['Missing open parenthesis @1:9:8-2:1:9 ctx 1:5:4-2:1:9']],
    ['a "x${y}" {}\n', ['Invalid string literal @1:5:4-1:7:6 ctx 1:3:2-1:7:6']],
    ['a "x\n', ['Invalid multi-line string @1:5:4-2:1:5', 'Invalid string literal @1:5:4-2:1:5 ctx 1:3:2-2:1:5']],
    ['a "x', ['Unterminated string literal @1:5:4-1:5:4 ctx 1:3:2-1:5:4', 'Invalid block definition @1:5:4-1:5:4 ctx 1:1:0-1:5:4']],
    ['a = "\\q"\n', ['Invalid escape sequence @1:6:5-1:8:7']],
    ['a = [1, 2 3]\n', ['Missing item separator @1:11:10-1:12:11 ctx 1:5:4-1:12:11']],
    ['a = {b}\n', ['Missing key/value separator @1:7:6-1:8:7 ctx 1:5:4-1:8:7']],
    ['a = {b c}\n', ['Missing key/value separator @1:8:7-1:9:8 ctx 1:5:4-1:9:8']],
    ['a = {b,}\n', ['Missing attribute value @1:7:6-1:8:7 ctx 1:5:4-1:8:7']],
  ];
  for (const [src, want] of cases) {
    it(JSON.stringify(src), () => expect(parseConfig(src, 't.hcl').diagnostics.map(summarize)).toEqual(want));
  }

  it('pins full details of common mistakes', () => {
    const detail = (src: string): string[] => parseConfig(src, 'd.hcl').diagnostics.map((d) => `${d.summary}: ${d.detail}`);
    expect(detail('a = 1,\n')).toEqual([
      'Unexpected comma after argument: Argument definitions must be separated by newlines, not commas. An argument definition must end with a newline.',
    ]);
    expect(detail('a = "%{ fi x }%{ endif }"\n')[0]).toBe('Invalid template control keyword: "fi" is not a valid template control keyword. Did you mean "if"?');
    expect(detail('a = "%{ if x }a"\n')).toEqual([
      'Unexpected end of template: The if directive at d.hcl:1,6-15 is missing its corresponding endif directive.',
    ]);
    expect(detail('a = "%{ for x in y }a"\n')).toEqual([
      'Unexpected end of template: The for directive at d.hcl:1,6-21 is missing its corresponding endfor directive.',
    ]);
    expect(detail('a = "\\u12"\n')).toEqual(['Invalid escape sequence: The \\u escape sequence must be followed by four hexadecimal digits.']);
    expect(detail('a = "\\U1234"\n')).toEqual(['Invalid escape sequence: The \\U escape sequence must be followed by eight hexadecimal digits.']);
    expect(detail('a = "\\uD800"\n')).toEqual(['Invalid escape sequence: Cannot encode character U+d800 in UTF-8.']);
    expect(detail('a = "\\Ub2705550"\n')).toEqual(['Invalid escape sequence: Cannot encode character U+b2705550 in UTF-8.']);
    expect(detail('a = foo.0.1.baz\n')).toEqual([
      'Invalid legacy index syntax: When using the legacy index syntax, chaining two indexes together is not permitted. Use the proper index syntax instead, like [0][1].',
    ]);
    expect(detail('a "x${y}" {}\n')).toEqual([
      'Invalid string literal: Template sequences are not allowed in this string. To include a literal "$", double it (as "$$") to escape it.',
    ]);
    expect(detail('a { b c }\n')).toEqual([
      'Argument definition required: A single-line block definition can contain only a single argument. If you meant to define argument "b", use an equals sign to assign it a value. To define a nested block, place it on a line of its own within its parent block.',
    ]);
  });
});

describe('recovery does not cascade', () => {
  it('reports one error for a broken item and keeps parsing later items', () => {
    const { body, diagnostics } = parseConfig('a = [1,\nb = 2\n}\nc = 3\n', 'r.hcl');
    expect(diagnostics.length).toBe(1);
    expect(body.kind).toBe('Body');
  });

  it('rate-limits repeated lexer complaints like HCL', () => {
    const src = 'a = x & y & z & w & v & u\nb = ";;;"\nc = 1;\nd = 2;\n';
    const diags = parseConfig(src, 'r.hcl').diagnostics.filter((d) => d.summary === 'Unsupported operator' || d.detail?.includes('";"'));
    expect(diags.filter((d) => d.summary === 'Unsupported operator')).toHaveLength(4);
    expect(diags.filter((d) => d.detail?.includes('";"'))).toHaveLength(1);
  });

  it('reports alternating apostrophes and backticks once per pair', () => {
    const diags = parseConfig("a = 'x'\nb = 'y'\n", 'r.hcl').diagnostics.filter((d) => d.detail?.startsWith('Single quotes'));
    expect(diags.map((d) => d.subject?.start.line)).toEqual([1, 2]);
  });
});

describe('expression diagnostics', () => {
  it('reports extra characters after a standalone expression', () => {
    const { diagnostics } = parseExpression('a b', 'e');
    expect(diagnostics.map(summarize)).toEqual(['Extra characters after expression @1:3:2-1:4:3']);
  });
  it('reports a missing expression', () => {
    expect(parseExpression('', 'e').diagnostics.map(summarize)).toEqual(['Missing expression @1:1:0-1:1:0']);
  });
  it('newlines are insignificant in a standalone expression', () => {
    expect(parseExpression('1 +\n2', 'e').diagnostics).toEqual([]);
  });
});
