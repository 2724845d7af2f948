import { describe, it, expect } from 'vitest';
import { lexConfig, lexTemplate } from './lexer.js';
import type { Token } from './token.js';

/** Compact form: "Type text line:col:byte-line:col:byte" */
function show(tokens: readonly Token[]): string[] {
  return tokens.map((t) => {
    const s = t.range.start;
    const e = t.range.end;
    return `${t.type} ${JSON.stringify(t.text)} ${s.line}:${s.column}:${s.byte}-${e.line}:${e.column}:${e.byte}`;
  });
}

function kinds(tokens: readonly Token[]): string[] {
  return tokens.map((t) => `${t.type}:${t.text}`);
}

describe('lexConfig ranges (from hclsyntax scan tests)', () => {
  const cases: [string, string[]][] = [
    ['', ['EOF "" 1:1:0-1:1:0']],
    [' ', ['EOF "" 1:2:1-1:2:1']],
    ['\n\n', ['Newline "\\n" 1:1:0-2:1:1', 'Newline "\\n" 2:1:1-3:1:2', 'EOF "" 3:1:2-3:1:2']],
    ['\ufeff', ['EOF "" 1:1:3-1:1:3']],
    [' \ufeff', ['Invalid "\ufeff" 1:2:1-1:3:4', 'EOF "" 1:3:4-1:3:4']],
    ['\t\t', ['EOF "" 1:3:2-1:3:2']],
    ['12.3', ['NumberLit "12.3" 1:1:0-1:5:4', 'EOF "" 1:5:4-1:5:4']],
    ['1e+2', ['NumberLit "1e+2" 1:1:0-1:5:4', 'EOF "" 1:5:4-1:5:4']],
    ['hel-o', ['Ident "hel-o" 1:1:0-1:6:5', 'EOF "" 1:6:5-1:6:5']],
    ['he\u0301llo', ['Ident "he\u0301llo" 1:1:0-1:6:7', 'EOF "" 1:6:7-1:6:7']],
    ['🌻', ['Invalid "🌻" 1:1:0-1:2:4', 'EOF "" 1:2:4-1:2:4']],
    ['|', ['BitwiseOr "|" 1:1:0-1:2:1', 'EOF "" 1:2:1-1:2:1']],
    [
      '/* hello */ howdy /* hey */',
      [
        'Comment "/* hello */" 1:1:0-1:12:11',
        'Ident "howdy" 1:13:12-1:18:17',
        'Comment "/* hey */" 1:19:18-1:28:27',
        'EOF "" 1:28:27-1:28:27',
      ],
    ],
    ['# hello\n', ['Comment "# hello\\n" 1:1:0-2:1:8', 'EOF "" 2:1:8-2:1:8']],
    [
      '"hello $$"',
      [
        'OQuote "\\"" 1:1:0-1:2:1',
        'QuotedLit "hello " 1:2:1-1:8:7',
        'QuotedLit "$" 1:8:7-1:9:8',
        'QuotedLit "$" 1:9:8-1:10:9',
        'CQuote "\\"" 1:10:9-1:11:10',
        'EOF "" 1:11:10-1:11:10',
      ],
    ],
    [
      '"hello %${world}"',
      [
        'OQuote "\\"" 1:1:0-1:2:1',
        'QuotedLit "hello " 1:2:1-1:8:7',
        'QuotedLit "%" 1:8:7-1:9:8',
        'TemplateInterp "${" 1:9:8-1:11:10',
        'Ident "world" 1:11:10-1:16:15',
        'TemplateSeqEnd "}" 1:16:15-1:17:16',
        'CQuote "\\"" 1:17:16-1:18:17',
        'EOF "" 1:18:17-1:18:17',
      ],
    ],
    [
      '<<EOT\r\nhello world\r\nEOT\r\n',
      [
        'OHeredoc "<<EOT\\r\\n" 1:1:0-2:1:7',
        'StringLit "hello world\\r\\n" 2:1:7-3:1:20',
        'CHeredoc "EOT" 3:1:20-3:4:23',
        'Newline "\\r\\n" 3:4:23-4:1:25',
        'EOF "" 4:1:25-4:1:25',
      ],
    ],
    [
      '<<-EOT\n  hello world\n EOT\n',
      [
        'OHeredoc "<<-EOT\\n" 1:1:0-2:1:7',
        'StringLit "  hello world\\n" 2:1:7-3:1:21',
        'CHeredoc " EOT" 3:1:21-3:5:25',
        'Newline "\\n" 3:5:25-4:1:26',
        'EOF "" 4:1:26-4:1:26',
      ],
    ],
  ];
  for (const [src, want] of cases) {
    it(JSON.stringify(src), () => expect(show(lexConfig(src, ''))).toEqual(want));
  }
});

describe('lexConfig token kinds', () => {
  const cases: [string, string[]][] = [
    ['a == b != c <= d >= e < f > g', ['Ident:a', 'EqualOp:==', 'Ident:b', 'NotEqual:!=', 'Ident:c', 'LessThanEq:<=', 'Ident:d', 'GreaterThanEq:>=', 'Ident:e', 'LessThan:<', 'Ident:f', 'GreaterThan:>', 'Ident:g', 'EOF:']],
    ['x && y || !z', ['Ident:x', 'And:&&', 'Ident:y', 'Or:||', 'Bang:!', 'Ident:z', 'EOF:']],
    ['a => b ... c :: d : e ? f', ['Ident:a', 'FatArrow:=>', 'Ident:b', 'Ellipsis:...', 'Ident:c', 'DoubleColon:::', 'Ident:d', 'Colon::', 'Ident:e', 'Question:?', 'Ident:f', 'EOF:']],
    ['[](){},.*/+-%=', ['OBrack:[', 'CBrack:]', 'OParen:(', 'CParen:)', 'OBrace:{', 'CBrace:}', 'Comma:,', 'Dot:.', 'Star:*', 'Slash:/', 'Plus:+', 'Minus:-', 'Percent:%', 'Equal:=', 'EOF:']],
    ['& | ^ ~ ; ` \'', ['BitwiseAnd:&', 'BitwiseOr:|', 'BitwiseXor:^', 'BitwiseNot:~', 'Semicolon:;', 'Backtick:`', "Apostrophe:'", 'EOF:']],
    ['2 ** 3', ['NumberLit:2', 'Star:*', 'Star:*', 'NumberLit:3', 'EOF:']],
    ['1. 1.2.3 1e5e3 1.e5 0x10 1_0', ['NumberLit:1', 'Dot:.', 'NumberLit:1.2.3', 'NumberLit:1e5e3', 'NumberLit:1.e5', 'NumberLit:0', 'Ident:x10', 'NumberLit:1', 'Ident:_0', 'EOF:']],
    ['1e 1e+', ['NumberLit:1', 'Ident:e', 'NumberLit:1', 'Ident:e', 'Plus:+', 'EOF:']],
    ['a /* open', ['Ident:a', 'Slash:/', 'Star:*', 'Ident:open', 'EOF:']],
    ['// x\r\ny', ['Comment:// x\r\n', 'Ident:y', 'EOF:']],
    ['a\rb', ['Ident:a', 'Invalid:\r', 'Ident:b', 'EOF:']],
    ['<<EOF \nx', ['LessThan:<', 'LessThan:<', 'Ident:EOF', 'Newline:\n', 'Ident:x', 'EOF:']],
    ['{ ~} }', ['OBrace:{', 'TemplateSeqEnd:~}', 'CBrace:}', 'EOF:']],
    ['"a\\"b\\\\"', ['OQuote:"', 'QuotedLit:a\\"b\\\\', 'CQuote:"', 'EOF:']],
    ['"a\nb"', ['OQuote:"', 'QuotedLit:a', 'QuotedNewline:\n', 'QuotedLit:b', 'CQuote:"', 'EOF:']],
    ['"a\\', ['OQuote:"', 'QuotedLit:a', 'Invalid:\\', 'EOF:']],
    ['"a$', ['OQuote:"', 'QuotedLit:a', 'Invalid:$', 'EOF:']],
    ['"${~a~}%{~ if b ~}"', ['OQuote:"', 'TemplateInterp:${~', 'Ident:a', 'TemplateSeqEnd:~}', 'TemplateControl:%{~', 'Ident:if', 'Ident:b', 'TemplateSeqEnd:~}', 'CQuote:"', 'EOF:']],
    ['"${ {a=1} }"', ['OQuote:"', 'TemplateInterp:${', 'OBrace:{', 'Ident:a', 'Equal:=', 'NumberLit:1', 'CBrace:}', 'TemplateSeqEnd:}', 'CQuote:"', 'EOF:']],
    ['"${"${a}"}"', ['OQuote:"', 'TemplateInterp:${', 'OQuote:"', 'TemplateInterp:${', 'Ident:a', 'TemplateSeqEnd:}', 'CQuote:"', 'TemplateSeqEnd:}', 'CQuote:"', 'EOF:']],
    ['"$${~x}"', ['OQuote:"', 'QuotedLit:$${~', 'QuotedLit:x}', 'CQuote:"', 'EOF:']],
    ['"\ud800"', ['OQuote:"', 'BadUTF8:\ud800', 'CQuote:"', 'EOF:']],
    ['<<EOT\n${name}EOT\nEOT\n', ['OHeredoc:<<EOT\n', 'TemplateInterp:${', 'Ident:name', 'TemplateSeqEnd:}', 'StringLit:EOT\n', 'CHeredoc:EOT', 'Newline:\n', 'EOF:']],
    ['<<EOT\na $b %\nEOT', ['OHeredoc:<<EOT\n', 'StringLit:a ', 'StringLit:$', 'StringLit:b ', 'StringLit:%', 'StringLit:\n', 'StringLit:EOT', 'EOF:']],
    ['<<EOF\n${<<-EOF\nhello\nEOF\n}\nEOF\n', ['OHeredoc:<<EOF\n', 'TemplateInterp:${', 'OHeredoc:<<-EOF\n', 'StringLit:hello\n', 'CHeredoc:EOF', 'Newline:\n', 'TemplateSeqEnd:}', 'StringLit:\n', 'CHeredoc:EOF', 'Newline:\n', 'EOF:']],
    ['<<EOT\n  EOT  \n', ['OHeredoc:<<EOT\n', 'CHeredoc:  EOT  ', 'Newline:\n', 'EOF:']],
    ['<<EOT\na\rb', ['OHeredoc:<<EOT\n', 'StringLit:a', 'Invalid:\rb', 'EOF:']],
  ];
  for (const [src, want] of cases) {
    it(JSON.stringify(src), () => expect(kinds(lexConfig(src, 'x.hcl')).map((k) => k)).toEqual(want));
  }
});

describe('lexTemplate', () => {
  const cases: [string, string[]][] = [
    ['', ['EOF:']],
    [' hello ', ['StringLit: hello ', 'EOF:']],
    ['\nhello\n', ['StringLit:\n', 'StringLit:hello\n', 'EOF:']],
    ['hello ${~foo~} hello', ['StringLit:hello ', 'TemplateInterp:${~', 'Ident:foo', 'TemplateSeqEnd:~}', 'StringLit: hello', 'EOF:']],
    ['a } b', ['StringLit:a } b', 'EOF:']],
    ['cost: 5$', ['StringLit:cost: 5', 'StringLit:$', 'EOF:']],
    ['%{ for x in y }${x}%{ endfor }', ['TemplateControl:%{', 'Ident:for', 'Ident:x', 'Ident:in', 'Ident:y', 'TemplateSeqEnd:}', 'TemplateInterp:${', 'Ident:x', 'TemplateSeqEnd:}', 'TemplateControl:%{', 'Ident:endfor', 'TemplateSeqEnd:}', 'EOF:']],
    ['a\rb', ['StringLit:a', 'StringLit:\rb', 'EOF:']],
  ];
  for (const [src, want] of cases) {
    it(JSON.stringify(src), () => expect(kinds(lexTemplate(src, 't.tpl'))).toEqual(want));
  }

  it('ranges in a template', () => {
    expect(show(lexTemplate('hello ${foo} hello', ''))).toEqual([
      'StringLit "hello " 1:1:0-1:7:6',
      'TemplateInterp "${" 1:7:6-1:9:8',
      'Ident "foo" 1:9:8-1:12:11',
      'TemplateSeqEnd "}" 1:12:11-1:13:12',
      'StringLit " hello" 1:13:12-1:19:18',
      'EOF "" 1:19:18-1:19:18',
    ]);
  });
});

describe('lexer coverage', () => {
  it('honours a start position', () => {
    const toks = lexConfig('a = 1', 'f', { line: 3, column: 5, byte: 20 });
    expect(toks[0]!.range.start).toEqual({ line: 3, column: 5, byte: 20 });
    expect(toks[2]!.range).toEqual({ filename: 'f', start: { line: 3, column: 9, byte: 24 }, end: { line: 3, column: 10, byte: 25 } });
  });

  it('counts grapheme clusters as columns and UTF-8 bytes as offsets', () => {
    const toks = lexConfig('x = "👩‍👩‍👧‍👦" y', 'f');
    expect(toks[3]!.range.end).toEqual({ line: 1, column: 7, byte: 30 });
    expect(toks[5]!.range.start).toEqual({ line: 1, column: 9, byte: 32 });
  });

  it('covers every non-blank character with some token', () => {
    const src = 'a = {\n  b = [1, "x${y}", <<EOT\nhi\nEOT\n  ]\n  #c\n}\n';
    const toks = lexConfig(src, 'f');
    const covered = toks.map((t) => t.text).join('');
    expect(covered).toBe(src.replace(/[ \t]/g, ''));
  });
});
