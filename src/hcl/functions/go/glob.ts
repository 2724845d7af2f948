// Glob matching with doublestar v1.3.4's semantics (`**`, `{a,b}`, classes, escapes), as fileset uses on Unix.
import { lstatSync, readdirSync, statSync, type Stats } from 'node:fs';
import { goJoin } from './path.js';

/** Go's path.ErrBadPattern text. */
export const badPatternMessage = 'syntax error in pattern';

class BadPattern extends Error {
  constructor() {
    super(badPatternMessage);
  }
}

function runeLen(s: string, i: number): number {
  const c = s.codePointAt(i);
  return c !== undefined && c > 0xffff ? 2 : 1;
}

/** The first index of ch in s that is not escaped by a preceding backslash, or -1. */
function indexUnescaped(s: string, ch: string): number {
  const end = s.indexOf(ch);
  if (end <= 0 || s[end - 1] !== '\\') return end;
  const start = end + ch.length;
  const next = indexUnescaped(s.slice(start), ch);
  return next === -1 ? -1 : next + start;
}

function lastIndexUnescaped(s: string, ch: string): number {
  const end = s.lastIndexOf(ch);
  if (end <= 0 || s[end - 1] !== '\\') return end;
  return lastIndexUnescaped(s.slice(0, end - 1), ch);
}

function indexAnyUnescaped(s: string, chars: string): number {
  let end = -1;
  for (let i = 0; i < s.length; i++) {
    if (chars.includes(s[i]!)) {
      end = i;
      break;
    }
  }
  if (end <= 0 || s[end - 1] !== '\\') return end;
  const start = end + runeLen(s, end);
  const next = indexAnyUnescaped(s.slice(start), chars);
  return next === -1 ? -1 : next + start;
}

/** Splits "a,b}rest" (after an opening brace) into alternatives and the index just past the closing brace; -1 if unclosed. */
function splitAlternatives(s: string): { options: string[]; end: number } {
  const options: string[] = [];
  let idx = 0;
  let depth = 1;
  let esc = false;
  let start = 0;
  while (depth > 0) {
    if (idx >= s.length) return { options: [], end: -1 };
    const ch = s[idx]!;
    const adj = runeLen(s, idx);
    if (esc) esc = false;
    else if (ch === '\\') esc = true;
    else if (ch === '{') depth++;
    else if (ch === '}') depth--;
    else if (ch === ',' && depth === 1) {
      options.push(s.slice(start, idx));
      start = idx + adj;
    }
    idx += adj;
  }
  options.push(s.slice(start, idx - 1));
  return { options, end: idx };
}

/** True if the pattern component could match an empty name. */
function isZeroLengthPattern(pattern: string): boolean {
  if (pattern === '' || pattern === '*' || pattern === '**') return true;
  if (pattern[0] === '{') {
    const { options, end } = splitAlternatives(pattern.slice(1));
    if (end === -1) throw new BadPattern();
    if (!isZeroLengthPattern(pattern.slice(1 + end))) return false;
    return options.some((o) => isZeroLengthPattern(o));
  }
  return false;
}

/** Matches one class body (between brackets) against a rune. */
function matchClass(classBody: string, rune: number): boolean {
  const runes = [...classBody].map((c) => c.codePointAt(0)!);
  if (runes.length === 0) throw new BadPattern();
  const caret = 0x5e;
  const dash = 0x2d;
  const backslash = 0x5c;
  let i = runes[0] === caret ? 1 : 0;
  let matched = false;
  while (i < runes.length) {
    let low = runes[i]!;
    if (low === dash) throw new BadPattern();
    i++;
    if (low === backslash) {
      if (i >= runes.length) throw new BadPattern();
      low = runes[i++]!;
    }
    let high = low;
    if (i < runes.length && runes[i] === dash) {
      i++;
      if (i >= runes.length) throw new BadPattern();
      high = runes[i]!;
      if (high === dash) throw new BadPattern();
      i++;
      if (high === backslash) {
        if (i >= runes.length) throw new BadPattern();
        high = runes[i++]!;
      }
    }
    if (low <= rune && rune <= high) matched = true;
  }
  return matched !== (runes[0] === caret);
}

/**
 * Matches one name component against the pattern's leading component(s). Returns undefined for no match,
 * or the patterns that the following components must match ([] when the name matched and the pattern is used up).
 */
function matchComponent(pattern: string, name: string): string[] | undefined {
  let pi = 0;
  let ni = 0;
  while (pi < pattern.length && ni < name.length) {
    const pc = pattern[pi]!;
    const nameRune = name.codePointAt(ni)!;
    const nameAdj = runeLen(name, ni);
    if (pc === '/') {
      pi++;
      break;
    } else if (pc === '\\') {
      pi++;
      if (pi >= pattern.length) throw new BadPattern();
      if (pattern.codePointAt(pi) !== nameRune) return undefined;
      pi += runeLen(pattern, pi);
      ni += nameAdj;
    } else if (pc === '*') {
      pi++;
      if (pi >= pattern.length) return [];
      if (pattern[pi] === '/') return [pattern.slice(pi + 1)];
      for (; ni < name.length; ni += runeLen(name, ni)) {
        const m = matchComponent(pattern.slice(pi), name.slice(ni));
        if (m !== undefined) return m;
      }
      return undefined;
    } else if (pc === '[') {
      pi++;
      const rel = indexUnescaped(pattern.slice(pi), ']');
      if (rel === -1) throw new BadPattern();
      const endClass = pi + rel;
      if (!matchClass(pattern.slice(pi, endClass), nameRune)) return undefined;
      pi = endClass + 1;
      ni += nameAdj;
    } else if (pc === '{') {
      pi++;
      const { options, end } = splitAlternatives(pattern.slice(pi));
      if (end === -1) throw new BadPattern();
      pi += end;
      const results: string[] = [];
      let any = false;
      for (const o of options) {
        const m = matchComponent(o + pattern.slice(pi), name.slice(ni));
        if (m !== undefined) {
          any = true;
          results.push(...m);
        }
      }
      return any ? results : undefined;
    } else if (pc === '?' || pattern.codePointAt(pi) === nameRune) {
      pi += runeLen(pattern, pi);
      ni += nameAdj;
    } else {
      return undefined;
    }
  }
  if (ni >= name.length) {
    if (pi >= pattern.length) return [];
    const rest = pattern.slice(pi);
    const slash = indexUnescaped(rest, '/');
    const head = slash >= 0 ? rest.slice(0, slash) : rest;
    if (isZeroLengthPattern(head)) return slash === -1 ? [] : [rest.slice(slash + 1)];
  }
  return undefined;
}

interface Entry {
  name: string;
  isDir: boolean;
  isSymlink: boolean;
}

function tryLstat(p: string): Stats | undefined {
  try {
    return lstatSync(p);
  } catch {
    return undefined;
  }
}

function tryStat(p: string): Stats | undefined {
  try {
    return statSync(p);
  } catch {
    return undefined;
  }
}

function readDir(dir: string): Entry[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const entries: Entry[] = [];
  for (const name of names) {
    const st = tryLstat(goJoin(dir, name));
    if (st) entries.push({ name, isDir: st.isDirectory(), isSymlink: st.isSymbolicLink() });
  }
  // Go sorts by byte order of the UTF-8 names.
  entries.sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));
  return entries;
}

function doGlob(baseDir: string, rawPattern: string, matches: string[]): void {
  let basedir = baseDir;
  let pattern = rawPattern;
  // Skip leading path components that contain no glob syntax.
  let globIdx = indexAnyUnescaped(pattern, '*?[{\\');
  if (globIdx > 0) globIdx = lastIndexUnescaped(pattern.slice(0, globIdx), '/');
  else if (globIdx === -1) globIdx = lastIndexUnescaped(pattern, '/');
  if (globIdx > 0) {
    basedir = goJoin(basedir, pattern.slice(0, globIdx));
    pattern = pattern.slice(globIdx + 1);
  }

  let st = tryLstat(basedir);
  if (!st) return;
  if (pattern === '') {
    matches.push(basedir);
    return;
  }
  if (st.isSymbolicLink()) {
    st = tryStat(basedir);
    if (!st) return;
  }
  if (!st.isDirectory()) return;

  const files = readDir(basedir);
  let slash = indexUnescaped(pattern, '/');
  const last = slash === -1;
  if (last) slash = pattern.length;
  if (pattern.slice(0, slash) === '**') {
    for (const file of files) {
      let isDir = file.isDir;
      if (file.isSymlink) {
        const target = tryStat(goJoin(basedir, file.name));
        if (!target) continue;
        isDir = target.isDirectory();
      }
      const full = goJoin(basedir, file.name);
      if (isDir) {
        if (last) matches.push(full);
        doGlob(full, pattern, matches);
      } else if (last) {
        matches.push(full);
      }
    }
    if (last) return;
    pattern = pattern.slice(slash + 1);
  }

  for (const file of files) {
    const m = matchComponent(pattern, file.name);
    if (m === undefined) continue;
    const full = goJoin(basedir, file.name);
    if (m.length === 0) matches.push(full);
    else for (const alt of m) doGlob(full, alt, matches);
  }
}

/**
 * doublestar.Glob: every path (files and directories) matching the pattern, in walk order.
 * Returns an error message (Go's "syntax error in pattern") for a malformed pattern.
 */
export function globPaths(pattern: string): { matches: string[] } | { error: string } {
  try {
    return { matches: globInner(pattern) };
  } catch (e) {
    if (e instanceof BadPattern) return { error: e.message };
    throw e;
  }
}

function globInner(pattern: string): string[] {
  if (pattern === '') return [];
  if (pattern[0] === '{') {
    const { options, end } = splitAlternatives(pattern.slice(1));
    if (end === -1) throw new BadPattern();
    const out: string[] = [];
    for (const o of options) out.push(...globInner(o + pattern.slice(end + 1)));
    return out;
  }
  const matches: string[] = [];
  if (pattern[0] === '/' || pattern[0] === '\\') doGlob('/', pattern.slice(1), matches);
  else doGlob('.', pattern, matches);
  return matches;
}

/** doublestar.Match on "/"-separated names (exported for tests and for callers that match without a filesystem). */
export function globMatch(pattern: string, name: string): boolean | { error: string } {
  try {
    return doMatching(pattern, name.split('/'));
  } catch (e) {
    if (e instanceof BadPattern) return { error: e.message };
    throw e;
  }
}

function doMatching(pattern: string, names: string[]): boolean {
  if (pattern === '' && names.length === 0) return true;
  if (pattern === '') return names.length === 1 && names[0] === '';
  if (names.length === 0) return false;
  let slash = indexUnescaped(pattern, '/');
  const last = slash === -1;
  if (last) slash = pattern.length;
  if (pattern.slice(0, slash) === '**') {
    if (last) return true;
    for (let i = 0; i < names.length; i++) {
      try {
        if (doMatching(pattern.slice(slash + 1), names.slice(i))) return true;
      } catch {
        // doublestar ignores errors from the remaining components here
      }
    }
    return false;
  }
  const m = matchComponent(pattern, names[0]!);
  if (m === undefined) return false;
  if (m.length === 0 && names.length === 1) return true;
  if (names.length > 1) {
    for (const alt of m) if (doMatching(alt, names.slice(1))) return true;
  }
  return false;
}
