// -only / -except patterns: gobwas/glob syntax without separators (`*`, `?`, `[a-z]`, `[!x]`, `{a,b}`, `\` escapes).

/** Compiles a glob to an anchored RegExp; an error string when the pattern is malformed. */
export function compileGlob(pattern: string): { re: RegExp } | { error: string } {
  let i = 0;
  let depth = 0;
  let out = '';
  while (i < pattern.length) {
    const c = pattern[i] ?? '';
    i++;
    switch (c) {
      case '*':
        out += '[\\s\\S]*';
        break;
      case '?':
        out += '[\\s\\S]';
        break;
      case '\\': {
        const next = pattern[i];
        if (next === undefined) return { error: 'unexpected end of input after escape' };
        out += escapeRe(next);
        i++;
        break;
      }
      case '[': {
        const end = pattern.indexOf(']', i);
        if (end < 0) return { error: 'unexpected end of input: unclosed [' };
        let body = pattern.slice(i, end);
        i = end + 1;
        let negate = false;
        if (body.startsWith('!')) {
          negate = true;
          body = body.slice(1);
        }
        if (body === '') return { error: 'empty character class' };
        const cls = body.replace(/[\\\]^]/g, (m) => `\\${m}`);
        out += negate ? `[^${cls}]` : `[${cls}]`;
        break;
      }
      case '{':
        depth++;
        out += '(?:';
        break;
      case '}':
        if (depth === 0) {
          out += '\\}';
          break;
        }
        depth--;
        out += ')';
        break;
      case ',':
        out += depth > 0 ? '|' : ',';
        break;
      default:
        out += escapeRe(c);
    }
  }
  if (depth > 0) return { error: 'unexpected end of input: unclosed {' };
  try {
    return { re: new RegExp(`^(?:${out})$`, 'u') };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

function escapeRe(c: string): string {
  // Outside a class "-" is literal, and the u flag forbids escaping it.
  return c.replace(/[.*+?^${}()|[\]\\/]/g, (m) => `\\${m}`);
}
