// Replaces sensitive values, and the forms quoting or encoding derives from them, with `<sensitive>`.

export const SENSITIVE = '<sensitive>';

/**
 * Values of at least this many characters are masked wherever they occur, even inside a word. Shorter ones are
 * masked only where they do not cut through a word: one to three characters occur inside ordinary words and
 * numbers all the time ("a" in "Invalid"), while such a value is no secret a reader could not guess anyway.
 */
export const MASK_ANYWHERE_LENGTH = 4;

/** The forms a secret takes once quoted or encoded: JSON, shell, URL, base64. */
export function derivedForms(secret: string): string[] {
  const b64 = Buffer.from(secret, 'utf8').toString('base64');
  const forms = [
    secret,
    JSON.stringify(secret).slice(1, -1),
    // POSIX single quotes: ' becomes '\''; double quotes escape $ ` " \ ; backslash-escaping as printf %q does.
    secret.replaceAll("'", "'\\''"),
    secret.replace(/[$`"\\]/g, '\\$&'),
    secret.replace(/[^A-Za-z0-9_\-.,:/@%+=]/g, '\\$&'),
    encodeURIComponent(secret),
    encodeURIComponent(secret).replaceAll('%20', '+'),
    encodeURI(secret),
    b64,
    b64.replace(/=+$/, ''),
    b64.replaceAll('+', '-').replaceAll('/', '_'),
    b64.replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, ''),
  ];
  return [...new Set(forms)].filter((f) => f.length > 0);
}

/**
 * A function masking every given secret and its derived forms. A value of MASK_ANYWHERE_LENGTH characters or more
 * is masked wherever it occurs; a shorter one unless the occurrence is part of a longer word (a letter or digit at
 * its edge continues into a letter or digit beside it), so "ab" is masked in `ab`, `"ab"` and `pw=ab,` but not in
 * "tab". Values without a visible character (empty or only whitespace) are never masked.
 */
export function createMasker(secrets: Iterable<string>): (text: string) => string {
  const values = [...new Set(secrets)].filter((s) => /\S/u.test(s));
  const longForms = new Set(values.filter((s) => isLong(s)).flatMap(derivedForms));
  const shortForms = [...new Set(values.filter((s) => !isLong(s)).flatMap(derivedForms))].filter((f) => !longForms.has(f));
  // Long values go first, so a short value touching a masked one is then seen beside `<sensitive>`, not glued to it.
  const passes = [formsPattern([...longForms], () => ''), formsPattern(shortForms, wordBoundary)].filter((p) => p !== undefined);
  if (passes.length === 0) return (text) => text;
  return (text) => passes.reduce((out, pattern) => out.replace(pattern, (m) => (m === SENSITIVE ? m : SENSITIVE)), text);
}

function isLong(secret: string): boolean {
  return [...secret].length >= MASK_ANYWHERE_LENGTH;
}

/** One regex over the forms, longest first so no fragment survives; `<sensitive>` itself is matched and kept as is. */
function formsPattern(forms: readonly string[], guard: (form: string, side: 'before' | 'after') => string): RegExp | undefined {
  if (forms.length === 0) return undefined;
  const sorted = [...forms].sort((a, b) => b.length - a.length);
  const alternatives = sorted.map((f) => guard(f, 'before') + escapeRegExp(f) + guard(f, 'after'));
  return new RegExp([escapeRegExp(SENSITIVE), ...alternatives].join('|'), 'gu');
}

const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;

/**
 * What may stand right before a short value's leading letter or digit: the start, a character that is no letter or
 * digit, or the end of an escape whose last character is one: a terminal colour code (`\x1b[1m`), a backslash
 * escape (`\n` in JSON or a log line) or a percent escape (`%0A`). Colour and quoting are applied to output before
 * it is masked, so without this `\x1b[0mab` would leave "ab" unmasked.
 */
const BEFORE_WORD = String.raw`(?<=^|[^\p{L}\p{N}\p{M}]|\x1b\[[0-?]*[ -/]*[@-~]|\\[\p{L}\p{N}]|%[0-9A-Fa-f]{2})`;
const AFTER_WORD = String.raw`(?![\p{L}\p{N}\p{M}])`;

/** A lookaround refusing a letter or digit beside the form, on each side where the form's own edge is one. */
function wordBoundary(form: string, side: 'before' | 'after'): string {
  const chars = [...form];
  const edge = side === 'before' ? chars[0] : chars[chars.length - 1];
  if (edge === undefined || !WORD_CHAR.test(edge)) return '';
  return side === 'before' ? BEFORE_WORD : AFTER_WORD;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
