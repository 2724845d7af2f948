import { createRandom } from '../../../test/support/random.js';
import { describe, it, expect } from 'vitest';
import { TokenType } from '../lexer/token.js';
import { lexConfig, lexTemplate } from '../lexer/lexer.js';
import { parseConfig, parseExpression, parseTemplate, parseTraversalAbs } from './index.js';
import { Parser } from './parser.js';
import { parseBody } from './body.js';

const rng = createRandom;

const seeds = [
  'source "docker" "x" {\n  image = "ubuntu:${var.v}"\n  commit = true\n}\n',
  'build {\n  sources = ["source.docker.x"]\n  provisioner "shell" { inline = ["echo hi"] }\n}\n',
  'locals {\n  a = [for k, v in var.m : "${k}=${v}" if v != null]\n  b = {for x in local.l : x.name => x...}\n  c = a[*].b.c\n  d = f(x...)\n}\n',
  'a = <<-EOT\n  hello %{ if x ~} y %{~ else } z %{ endif }\n  ${join(",", [1, 2])}\n  EOT\nb = 1 + 2 * -3 > 4 ? "y" : "n"\n',
  'v = x.*.y.0\nw = (a || !b) && c == d\n# comment\n/* block */ z = "\\u00e9\\n"\n',
];
const alphabet = ['{', '}', '[', ']', '(', ')', '"', '$', '%', '~', '\n', ' ', '\t', '=', ',', '.', '*', ':', '?', '<<EOT\n', 'EOT\n', '${', '%{', '#', '/*', '\\', 'é', '\ud800', '\r', 'for ', ' in ', 'if ', '...', '=>', 'x', '1'];

function mutate(src: string, rand: () => number): string {
  let s = src;
  const n = 1 + Math.floor(rand() * 4);
  for (let i = 0; i < n; i++) {
    const at = Math.floor(rand() * (s.length + 1));
    const op = rand();
    if (op < 0.35) s = s.slice(0, at) + s.slice(at + 1 + Math.floor(rand() * 3));
    else if (op < 0.7) s = s.slice(0, at) + alphabet[Math.floor(rand() * alphabet.length)]! + s.slice(at);
    else s = s.slice(0, at) + alphabet[Math.floor(rand() * alphabet.length)]! + s.slice(at + 1);
  }
  return s;
}

function randomText(rand: () => number): string {
  let s = '';
  const n = Math.floor(rand() * 40);
  for (let i = 0; i < n; i++) s += rand() < 0.6 ? alphabet[Math.floor(rand() * alphabet.length)]! : String.fromCharCode(Math.floor(rand() * 0x250));
  return s;
}

function checkAll(src: string): void {
  const config = parseConfig(src, 'f.hcl');
  const expr = parseExpression(src, 'f.hcl');
  const tmpl = parseTemplate(src, 'f.tpl');
  const trav = parseTraversalAbs(src, 'f.hcl');
  for (const d of [...config.diagnostics, ...expr.diagnostics, ...tmpl.diagnostics, ...trav.diagnostics]) {
    if (d.summary === 'Internal parser error') throw new Error(`internal error for ${JSON.stringify(src)}: ${d.detail}`);
    expect(d.severity).toBe('error');
    expect(d.subject).toBeDefined();
  }
  // The newline-sensitivity stack must balance, as HCL asserts after every parse.
  const p = new Parser(lexConfig(src, 'f.hcl'));
  parseBody(p, TokenType.EOF);
  if (p.includeNewlinesDepth !== 0) throw new Error(`unbalanced newline stack for ${JSON.stringify(src)}`);
  // Tokens are in order and never overlap.
  for (const toks of [lexConfig(src, 'f'), lexTemplate(src, 'f')]) {
    for (let i = 1; i < toks.length; i++) {
      if (toks[i]!.range.start.byte < toks[i - 1]!.range.end.byte) throw new Error(`overlapping tokens for ${JSON.stringify(src)}`);
    }
  }
}

describe('robustness: bad input never throws', () => {
  it('survives mutations of valid configurations', () => {
    const rand = rng(20240601);
    for (let i = 0; i < 1500; i++) checkAll(mutate(seeds[i % seeds.length]!, rand));
  });

  it('survives random text', () => {
    const rand = rng(7);
    for (let i = 0; i < 1500; i++) checkAll(randomText(rand));
  });

  it('parses the valid seeds cleanly', () => {
    for (const s of seeds) expect(parseConfig(s, 's.hcl').diagnostics).toEqual([]);
  });
});
