// Seeded random inputs for the fuzz test: mutations of valid HCL and raw random text.

export { createRandom } from '../support/random.js';

// Fragments that matter to the lexer and parser, so mutations reach deep states.
const fragments = [
  '{', '}', '[', ']', '(', ')', '"', '${', '%{', '~}', '}', '<<EOT\n', '<<-EOT\n', '\nEOT\n', '\n', ' ', '=', ':',
  ',', '.', '...', '*', '[*]', '.*', '?', '=>', 'for x in', 'for k, v in', 'if', 'endif', 'else', 'endfor', '#',
  '//', '/*', '*/', '\\', '\\n', '\\u00e9', '$${', '%%{', '0', '1.5', '1e3', '-', '!', '&&', '||', '==', '!=',
  '<=', '>=', '+', '%', '/', 'null', 'true', 'false', 'var.x', 'upper(', 'length(', 'try(', 'can(', 'a = 1\n',
  'b {\n', '\t', "'", ';', '&', '|', '^', '`', 'é', '👩‍👩‍👧', '\r\n', '\u0000', '\uFFFD',
];

export function mutate(input: string, rnd: () => number): string {
  let s = input;
  const edits = 1 + Math.floor(rnd() * 4);
  for (let e = 0; e < edits; e++) {
    const pos = Math.floor(rnd() * (s.length + 1));
    const choice = rnd();
    if (choice < 0.35) {
      const frag = fragments[Math.floor(rnd() * fragments.length)]!;
      s = s.slice(0, pos) + frag + s.slice(pos);
    } else if (choice < 0.6) {
      const len = Math.floor(rnd() * 8) + 1;
      s = s.slice(0, pos) + s.slice(pos + len);
    } else if (choice < 0.8) {
      const ch = String.fromCharCode(32 + Math.floor(rnd() * 95));
      s = s.slice(0, pos) + ch + s.slice(pos + 1);
    } else {
      // Duplicate a slice elsewhere: splicing keeps inputs structured.
      const from = Math.floor(rnd() * (s.length + 1));
      const len = Math.floor(rnd() * 40);
      s = s.slice(0, pos) + s.slice(from, from + len) + s.slice(pos);
    }
  }
  return s;
}

export function randomText(rnd: () => number): string {
  const n = Math.floor(rnd() * 60);
  let s = '';
  for (let i = 0; i < n; i++) {
    s += rnd() < 0.5 ? fragments[Math.floor(rnd() * fragments.length)]! : String.fromCharCode(32 + Math.floor(rnd() * 95));
  }
  return s;
}
