// Golden tests for the diagnostic text writer: HCL's own cases, then ours (files under test/golden/diagnostics).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import type { Traversal } from '../ast/nodes.js';
import { EvalContext } from '../eval/eval-context.js';
import type { Pos, Range } from '../source/pos.js';
import type { Expression } from '../structure.js';
import { StringType } from '../value/type.js';
import { Value } from '../value/value.js';
import type { Diagnostic } from './diagnostic.js';
import { renderDiagnostic, renderDiagnostics, type RenderOptions } from './render-text.js';

const goldenDir = join(dirname(fileURLToPath(import.meta.url)), '../../../test/golden/diagnostics');

/** The position of a byte offset in src (ASCII sources only, enough for these tests). */
function posAt(src: string, byte: number): Pos {
  const before = src.slice(0, byte);
  const line = before.split('\n').length;
  const column = byte - (before.lastIndexOf('\n') + 1) + 1;
  return { line, column, byte };
}

function rangeIn(src: string, filename: string, start: number, end: number): Range {
  return { filename, start: posAt(src, start), end: posAt(src, end) };
}

/** The range of the n-th occurrence (0-based) of `needle` in src. */
function find(src: string, filename: string, needle: string, n = 0): Range {
  let at = -1;
  for (let i = 0; i <= n; i++) at = src.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`${needle} not in source`);
  return rangeIn(src, filename, at, at + needle.length);
}

function expressionWithVars(vars: Traversal[]): Expression {
  const r: Range = { filename: '', start: { line: 1, column: 1, byte: 0 }, end: { line: 1, column: 1, byte: 0 } };
  return {
    value: () => ({ value: Value.null(StringType), diagnostics: [] }),
    variables: () => vars,
    range: () => r,
    startRange: () => r,
    asTraversal: () => undefined,
    asCall: () => undefined,
    asList: () => undefined,
    asMap: () => undefined,
  };
}

function traversal(...names: string[]): Traversal {
  const r: Range = { filename: '', start: { line: 1, column: 1, byte: 0 }, end: { line: 1, column: 1, byte: 0 } };
  return names.map((name, i) => (i === 0 ? { kind: 'root' as const, name, srcRange: r } : { kind: 'attr' as const, name, srcRange: r }));
}

// HCL's TestDiagnosticTextWriter, verbatim: width 40, a context string that is always "hardcoded-context".
describe("HCL's diagnostic_text_test cases", () => {
  const src = 'foo = 1\nbar = 2\nbaz = 3\nblock "party" {\n  pizza = "cheese"\n}\n';
  const opts: RenderOptions = { sources: new Map([['', src]]), width: 40, color: false, contextOf: () => 'hardcoded-context' };
  const pizza = rangeIn(src, '', 42, 47);

  it('single line subject', () => {
    const d: Diagnostic = {
      severity: 'error',
      summary: 'Splines not reticulated',
      detail: 'All splines must be pre-reticulated.',
      subject: rangeIn(src, '', 0, 3),
    };
    expect(renderDiagnostic(d, opts)).toBe(
      'Error: Splines not reticulated\n\n  on  line 1, in hardcoded-context:\n   1: foo = 1\n\nAll splines must be pre-reticulated.\n\n',
    );
  });

  it('wraps the detail', () => {
    const d: Diagnostic = {
      severity: 'error',
      summary: 'Unsupported attribute',
      detail: '"baz" is not a supported top-level attribute. Did you mean "bam"?',
      subject: rangeIn(src, '', 16, 19),
    };
    expect(renderDiagnostic(d, opts)).toBe(
      'Error: Unsupported attribute\n\n  on  line 3, in hardcoded-context:\n   3: baz = 3\n\n"baz" is not a supported top-level\nattribute. Did you mean "bam"?\n\n',
    );
  });

  it('shows a multi-line context', () => {
    const d: Diagnostic = {
      severity: 'error',
      summary: 'Unsupported attribute',
      detail: '"pizza" is not a supported attribute. Did you mean "pizzetta"?',
      subject: pizza,
      context: rangeIn(src, '', 24, 60),
    };
    expect(renderDiagnostic(d, opts)).toBe(
      'Error: Unsupported attribute\n\n  on  line 5, in hardcoded-context:\n   4: block "party" {\n   5:   pizza = "cheese"\n   6: }\n\n"pizza" is not a supported attribute.\nDid you mean "pizzetta"?\n\n',
    );
  });

  it('lists the values of the variables involved', () => {
    const parent = new EvalContext({ variables: { foo: Value.string('foo value') } });
    const ctx = parent.newChild({
      variables: {
        bar: Value.object({ baz: Value.list([], StringType) }),
        boz: Value.number(5),
        unused: Value.True,
      },
    });
    const d: Diagnostic = {
      severity: 'error',
      summary: 'Test of including relevant variable values',
      detail: 'This diagnostic includes an expression and an evalcontext.',
      subject: pizza,
      expression: expressionWithVars([traversal('foo'), traversal('bar', 'baz'), traversal('missing'), traversal('boz')]),
      evalContext: ctx,
    };
    expect(renderDiagnostic(d, opts)).toBe(
      'Error: Test of including relevant variable values\n\n  on  line 5, in hardcoded-context:\n   5:   pizza = "cheese"\n\nwith bar.baz as empty list of string,\n     boz as 5,\n     foo as "foo value".\n\nThis diagnostic includes an expression\nand an evalcontext.\n\n',
    );
  });
});

// Our own cases, kept as golden files so the whole rendering is visible at a glance.
describe('golden diagnostics', () => {
  const file = 't.pkr.hcl';
  const src = [
    'source "docker" "x" {',
    '  image = "debian"',
    '}',
    '',
    'build {',
    '  sources = ["source.docker.x"]',
    '  bam     = 3',
    '}',
    '',
    'locals {',
    '  a = [',
    '    1,',
    '',
    '    2,',
    '  ]',
    '  b = "x"',
    '}',
    '',
  ].join('\n');
  const sources = new Map([[file, src]]);
  // A stand-in for the parser's block lookup: the header of the top-level block around the offset.
  const contextOf = (_f: string, byte: number): string => {
    const blocks: [number, string][] = [
      [src.indexOf('source "docker"'), 'source "docker" "x"'],
      [src.indexOf('build {'), 'build'],
      [src.indexOf('locals {'), 'locals'],
    ];
    let name = '';
    for (const [start, header] of blocks) if (byte >= start) name = header;
    return byte < src.lastIndexOf('}') + 1 ? name : '';
  };
  const base: RenderOptions = { sources, contextOf };

  const cases: { name: string; diags: Diagnostic[]; opts?: RenderOptions }[] = [
    {
      name: 'single-line-subject',
      diags: [
        {
          severity: 'error',
          summary: 'Unsupported argument',
          detail: 'An argument named "bam" is not expected here. Did you mean "name"?',
          subject: find(src, file, 'bam'),
        },
      ],
    },
    {
      name: 'labelled-block-context',
      diags: [{ severity: 'error', summary: 'Missing required argument', detail: 'The argument "commit" is required, but no definition was found.', subject: find(src, file, 'debian') }],
    },
    {
      name: 'multi-line-subject',
      diags: [
        {
          severity: 'error',
          summary: 'Invalid operand',
          detail:
            'Unsuitable value for left operand: a number is required. This sentence is long enough that the detail has to be wrapped at eighty columns, like Packer does.',
          subject: rangeIn(src, file, src.indexOf('a = [') + 4, src.indexOf('  ]') + 3),
        },
      ],
    },
    {
      name: 'missing-source',
      diags: [{ severity: 'error', summary: 'Call to unknown function', detail: 'There is no function named "nosuch".', subject: find(src, file, 'bam') }],
      opts: { sources: undefined },
    },
    {
      name: 'console-input',
      diags: [
        {
          severity: 'error',
          summary: 'Unknown variable',
          detail: 'There is no variable named "x".',
          subject: { filename: '<console-input>', start: { line: 1, column: 4, byte: 3 }, end: { line: 1, column: 5, byte: 4 } },
        },
      ],
    },
    {
      name: 'warning-and-error',
      diags: [
        { severity: 'warning', summary: 'Deprecated attribute', detail: 'Use "sources" instead.', subject: find(src, file, 'sources') },
        { severity: 'error', summary: 'No subject at all', detail: 'Only the summary and this detail.' },
      ],
    },
    {
      name: 'empty-subject-at-end-of-line',
      diags: [{ severity: 'error', summary: 'Missing newline after argument', subject: rangeIn(src, file, src.indexOf('"x"\n') + 3, src.indexOf('"x"\n') + 3) }],
    },
    {
      name: 'with-variables',
      diags: [
        {
          severity: 'error',
          summary: 'Invalid function argument',
          detail: 'Invalid value for "str" parameter: string required.',
          subject: find(src, file, '"x"', 1),
          expression: expressionWithVars([traversal('var', 'n'), traversal('local', 'l'), traversal('var', 'n'), traversal('var', 'nil'), traversal('var', 'o')]),
          evalContext: new EvalContext({
            variables: {
              var: Value.object({ n: Value.number(1234567890123), nil: Value.null(StringType), o: Value.object({ a: Value.True }) }),
              local: Value.object({ l: Value.list([Value.string('a'), Value.string('b')], StringType) }),
            },
          }),
        },
      ],
    },
    { name: 'no-wrap', diags: [{ severity: 'warning', summary: 'Long', detail: 'word '.repeat(30).trim() }], opts: { width: 0 } },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const got = renderDiagnostics(c.diags, { ...base, ...c.opts });
      const path = join(goldenDir, `${c.name}.txt`);
      if (process.env.UPDATE_GOLDEN === '1') {
        mkdirSync(goldenDir, { recursive: true });
        writeFileSync(path, got);
      }
      expect(got).toBe(readFileSync(path, 'utf8'));
    });
  }

  it('colors the severity and underlines the subject', () => {
    const d: Diagnostic = { severity: 'error', summary: 'Unsupported argument', subject: find(src, file, 'bam') };
    expect(renderDiagnostic(d, { ...base, color: true })).toBe(
      '\x1b[31mError\x1b[0m: Unsupported argument\n\n  on t.pkr.hcl line 7, in build:\n   7:   \x1b[1;4mbam\x1b[0m     = 3\n\n',
    );
    const w: Diagnostic = { severity: 'warning', summary: 'Careful', subject: find(src, file, 'sources') };
    expect(renderDiagnostic(w, { ...base, color: true })).toContain('\x1b[33mWarning\x1b[0m: Careful\n');
  });

  it('underlines each line of a multi-line subject', () => {
    const d: Diagnostic = { severity: 'error', summary: 'S', subject: rangeIn(src, file, src.indexOf('a = [') + 4, src.indexOf('2,') + 1) };
    expect(renderDiagnostic(d, { ...base, color: true })).toBe(
      '\x1b[31mError\x1b[0m: S\n\n  on t.pkr.hcl line 11, in locals:\n  11:   a = \x1b[1;4m[\x1b[0m\n  12: \x1b[1;4m    1,\x1b[0m\n  14: \x1b[1;4m    2\x1b[0m,\n\n',
    );
  });

  it('quotes multi-byte source by bytes', () => {
    const u = 'x = "héllo" + 1\n';
    const start = Buffer.byteLength('x = ');
    const end = Buffer.byteLength('x = "héllo"');
    const d: Diagnostic = {
      severity: 'error',
      summary: 'Invalid operand',
      subject: { filename: 'u.hcl', start: { line: 1, column: 5, byte: start }, end: { line: 1, column: 12, byte: end } },
    };
    expect(renderDiagnostic(d, { sources: new Map([['u.hcl', { text: u }]]), color: true })).toBe(
      '\x1b[31mError\x1b[0m: Invalid operand\n\n  on u.hcl line 1:\n   1: x = \x1b[1;4m"héllo"\x1b[0m + 1\n\n',
    );
  });

  it('handles CRLF line endings', () => {
    const s = 'a = 1\r\nb = 2\r\n';
    const d: Diagnostic = { severity: 'error', summary: 'S', subject: rangeIn(s, 'c.hcl', 7, 8) };
    expect(renderDiagnostic(d, { sources: new Map([['c.hcl', s]]) })).toBe('Error: S\n\n  on c.hcl line 2:\n   2: b = 2\n\n');
  });

  it('finds the enclosing block by parsing the source', () => {
    const d: Diagnostic = { severity: 'error', summary: 'S', subject: find(src, file, 'debian') };
    expect(renderDiagnostic(d, { sources })).toContain('  on t.pkr.hcl line 2, in source "docker" "x":\n');
    const top: Diagnostic = { severity: 'error', summary: 'S', subject: find(src, file, 'source "docker"') };
    expect(renderDiagnostic(top, { sources })).toContain('  on t.pkr.hcl line 1, in source "docker" "x":\n');
    const outside: Diagnostic = { severity: 'error', summary: 'S', subject: rangeIn(src, file, src.length - 1, src.length) };
    expect(renderDiagnostic(outside, { sources })).toContain('  on t.pkr.hcl line 17:\n');
  });

  it('names the JSON key path around the subject', () => {
    const j = '{\n  "source": {\n    "docker": {\n      "x": {\n        "image": 1\n      }\n    }\n  },\n  "build": [{"a": [2]}]\n}\n';
    const d: Diagnostic = { severity: 'error', summary: 'S', subject: find(j, 't.pkr.json', '1') };
    expect(renderDiagnostic(d, { sources: new Map([['t.pkr.json', j]]) })).toContain('  on t.pkr.json line 5, in source.docker.x:\n');
    const b: Diagnostic = { severity: 'error', summary: 'S', subject: find(j, 't.pkr.json', '2') };
    expect(renderDiagnostic(b, { sources: new Map([['t.pkr.json', j]]) })).toContain('in build[0].a:\n');
  });
});
