// The formatter on small sources, one rule per row; the oracle corpus in test/fmt pins it to packer fmt.
import { describe, expect, it } from 'vitest';
import { formatHcl, formatSource } from './format.js';

describe('formatSource', () => {
  const cases: [string, string, string][] = [
    ['indents nested blocks', 'a {\nb {\nc = 1\n}\n}\n', 'a {\n  b {\n    c = 1\n  }\n}\n'],
    ['aligns consecutive equals', 'a = 1\nbbb = 2\n', 'a   = 1\nbbb = 2\n'],
    ['blank lines end an alignment run', 'a = 1\n\nbbb = 2\n', 'a = 1\n\nbbb = 2\n'],
    ['multi-line values end an alignment run', 'a = 1\nbb = [\n1,\n]\nc = 2\n', 'a = 1\nbb = [\n  1,\n]\nc = 2\n'],
    ['aligns trailing comments', 'a = 1 # x\nbbb = 22 # y\n', 'a   = 1  # x\nbbb = 22 # y\n'],
    ['keeps blank lines and drops their spaces', 'a = 1\n  \n\n\nb = 2\n', 'a = 1\n\n\n\nb = 2\n'],
    ['drops trailing spaces', 'a = 1   \n', 'a = 1\n'],
    ['adds no final newline', 'a=1', 'a = 1'],
    ['keeps spaces at the very end', 'a = 1  ', 'a = 1  '],
    ['pads one-line blocks', 'a {b=1}\n', 'a { b = 1 }\n'],
    ['tightens brackets and calls', 'a = f ( [ 1 , 2 ] )\n', 'a = f([1, 2])\n'],
    ['tightens templates', 'a = "${ b }-%{ if c }d%{ endif }"\n', 'a = "${b}-%{if c}d%{endif}"\n'],
    ['keeps template text', 'a = "  x   y  "\n', 'a = "  x   y  "\n'],
    ['keeps heredoc bodies', 'a = <<EOT\n  x   y\n   EOT\n', 'a = <<EOT\n  x   y\n   EOT\n'],
    ['negation versus subtraction', 'a = 1-  - 2\n', 'a = 1 - -2\n'],
    ['for expressions', 'a = [for x in[1]: x]\n', 'a = [for x in [1] : x]\n'],
    ['replaces tabs between tokens', 'a\t=\t1\n', 'a = 1\n'],
    ['keeps CRLF line ends', 'a = 1\r\nbb = 2\r\n', 'a  = 1\r\nbb = 2\r\n'],
    ['aligns by graphemes', 'e\u0301 = 1\nab = 2\n', 'e\u0301  = 1\nab = 2\n'],
    ['drops a byte order mark', '\uFEFFa  = 1\n', 'a = 1\n'],
    ['turns a lone byte order mark into three spaces', '\uFEFF', '   '],
    ['indents comments with the code', 'a {\n      # c\n  b = 1\n}\n', 'a {\n  # c\n  b = 1\n}\n'],
    ['dedents lopsided closers once', 'a = [[\n1\n]\n]\n', 'a = [[\n  1\n  ]\n]\n'],
  ];
  it.each(cases)('%s', (_name, src, want) => {
    expect(formatSource(src)).toBe(want);
    expect(formatSource(want)).toBe(want);
  });
});

describe('formatHcl', () => {
  it('formats valid files without diagnostics', () => {
    expect(formatHcl('a=1\n', 'x.pkr.hcl')).toEqual({ output: 'a = 1\n', diagnostics: [] });
  });

  it('returns invalid files unchanged with their errors', () => {
    const { output, diagnostics } = formatHcl("a  = 'x'\n", 'x.pkr.hcl');
    expect(output).toBe("a  = 'x'\n");
    expect(diagnostics.map((d) => [d.severity, d.subject?.filename])).toContainEqual(['error', 'x.pkr.hcl']);
  });
});
