// regex(), regexall() and regex_replace(): Go RE2 patterns with Go's match iteration and `$1`/`${name}` expansion.
import { FunctionArgError, FunctionError, type HclFunction } from './function.js';
import { param, staticReturn } from './helpers.js';
import { RegexSyntaxError, compileGoRegex, type GoRegex } from './regex-syntax.js';
import { DynamicType, StringType, listOf, objectOf, tupleOf, type Type } from '../value/type.js';
import { Value } from '../value/value.js';

/** One match: its span (UTF-16 offsets) and each capture group's text (undefined if the group did not take part). */
export interface GoMatch {
  start: number;
  end: number;
  groups: (string | undefined)[];
}

function execAt(re: GoRegex, s: string, pos: number): GoMatch | undefined {
  re.regexp.lastIndex = pos;
  const m = re.regexp.exec(s);
  if (!m) return undefined;
  return { start: m.index, end: m.index + m[0].length, groups: m.slice(1) };
}

/** Width in UTF-16 units of the code point at pos (0 at the end). */
function runeWidth(s: string, pos: number): number {
  if (pos >= s.length) return 0;
  const cp = s.codePointAt(pos)!;
  return cp > 0xffff ? 2 : 1;
}

/** Go's FindAll iteration: successive non-overlapping matches, ignoring empty matches that abut a previous match. */
export function findAllGo(re: GoRegex, s: string, limit = Infinity): GoMatch[] {
  const out: GoMatch[] = [];
  let prevEnd = -1;
  let pos = 0;
  while (out.length < limit && pos <= s.length) {
    const m = execAt(re, s, pos);
    if (!m) break;
    let accept = true;
    if (m.end === pos) {
      if (m.start === prevEnd) accept = false;
      const w = runeWidth(s, pos);
      pos = w > 0 ? pos + w : s.length + 1;
    } else {
      pos = m.end;
    }
    prevEnd = m.end;
    if (accept) out.push(m);
  }
  return out;
}

/** Go's Regexp.Expand template syntax: `$1`, `${1}`, `$name`, `${name}`, `$$`. */
export function expandGo(re: GoRegex, template: string, m: GoMatch, whole: string): string {
  let out = '';
  let t = template;
  const group = (idx: number): string => (idx === 0 ? whole : (m.groups[idx - 1] ?? ''));
  for (;;) {
    const dollar = t.indexOf('$');
    if (dollar < 0) break;
    out += t.slice(0, dollar);
    t = t.slice(dollar + 1);
    if (t.startsWith('$')) {
      out += '$';
      t = t.slice(1);
      continue;
    }
    const ref = /^(\{)?([\p{L}\p{Nd}_]+)(\})?/u.exec(t);
    if (!ref || (ref[1] !== undefined && ref[3] === undefined)) {
      out += '$';
      continue;
    }
    const name = ref[2]!;
    t = t.slice(ref[1] !== undefined ? ref[0].length : name.length);
    if (/^(0|[1-9][0-9]{0,8})$/.test(name)) {
      const num = Number(name);
      if (num <= m.groups.length) out += group(num);
    } else {
      const idx = re.names.indexOf(name);
      if (idx >= 0) out += m.groups[idx] ?? '';
    }
  }
  return out + t;
}

/** Go's ReplaceAllString. */
export function replaceAllGo(re: GoRegex, s: string, template: string): string {
  let out = '';
  let lastEnd = 0;
  let pos = 0;
  while (pos <= s.length) {
    const m = execAt(re, s, pos);
    if (!m) break;
    out += s.slice(lastEnd, m.start);
    if (m.end > lastEnd || m.start === 0) out += expandGo(re, template, m, s.slice(m.start, m.end));
    lastEnd = m.end;
    const w = runeWidth(s, pos);
    if (pos + w > m.end) pos += w;
    else if (pos + 1 > m.end) pos++;
    else pos = m.end;
  }
  return out + s.slice(lastEnd);
}

/** cty's result type for a pattern: string (no groups), tuple (unnamed groups) or object (named groups). */
export function regexResultType(re: GoRegex): Type {
  const named = re.names.filter((n): n is string => n !== undefined);
  const unnamed = re.names.length - named.length;
  if (re.names.length === 0) return StringType;
  if (unnamed > 0 && named.length > 0) {
    throw new FunctionArgError(0, 'invalid regexp pattern: cannot mix both named and unnamed capture groups');
  }
  if (unnamed > 0) return tupleOf(re.names.map(() => StringType));
  return objectOf(Object.fromEntries(named.map((n) => [n, StringType])));
}

function compileForType(pattern: string): GoRegex {
  try {
    return compileGoRegex(pattern);
  } catch (e) {
    if (e instanceof RegexSyntaxError) throw new FunctionArgError(0, `invalid regexp pattern: ${e.code} in ${e.expr}`);
    throw e;
  }
}

function matchValue(re: GoRegex, s: string, m: GoMatch, t: Type): Value {
  const str = (g: string | undefined): Value => (g === undefined ? Value.null(StringType) : Value.string(g));
  if (t.kind === 'string') return Value.string(s.slice(m.start, m.end));
  if (t.kind === 'tuple') return Value.tuple(m.groups.map(str));
  const attrs = new Map<string, Value>();
  re.names.forEach((n, i) => {
    if (n !== undefined) attrs.set(n, str(m.groups[i]));
  });
  return Value.object(attrs);
}

const patternParams = [param('pattern', StringType), param('string', StringType)];

const regex: HclFunction = {
  params: patternParams,
  returnType(args) {
    if (!args[0]!.isKnown) return DynamicType;
    return regexResultType(compileForType(args[0]!.asString()));
  },
  impl(args, retType) {
    if (retType.kind === 'dynamic') return Value.unknown(DynamicType);
    const re = compileForType(args[0]!.asString());
    const s = args[1]!.asString();
    const [m] = findAllGo(re, s, 1);
    if (!m) throw new FunctionError('pattern did not match any part of the given string');
    return matchValue(re, s, m, retType);
  },
};

const regexall: HclFunction = {
  params: patternParams,
  returnType(args) {
    if (!args[0]!.isKnown) return listOf(DynamicType);
    return listOf(regexResultType(compileForType(args[0]!.asString())));
  },
  impl(args, retType) {
    const ety = (retType as Extract<Type, { kind: 'list' }>).element;
    if (ety.kind === 'dynamic') return Value.unknown(DynamicType);
    const re = compileForType(args[0]!.asString());
    const s = args[1]!.asString();
    return Value.list(
      findAllGo(re, s).map((m) => matchValue(re, s, m, ety)),
      ety,
    );
  },
};

const regexReplace: HclFunction = {
  params: [param('str', StringType), param('pattern', StringType), param('replace', StringType)],
  returnType: staticReturn(StringType),
  impl(args) {
    let re: GoRegex;
    try {
      re = compileGoRegex(args[1]!.asString());
    } catch (e) {
      if (e instanceof RegexSyntaxError) throw new FunctionError(e.message);
      throw e;
    }
    return Value.string(replaceAllGo(re, args[0]!.asString(), args[2]!.asString()));
  },
};

export const regexFunctions: Record<string, HclFunction> = {
  regex,
  regexall,
  regex_replace: regexReplace,
};
