// Command-line flags with Go's `flag` package semantics, which Packer users type (`-var a=1`, `-force=false`).
import { distance } from 'fastest-levenshtein';

export type FlagKind = 'bool' | 'string' | 'int' | 'list';

/** The value of one flag: bool → boolean, string → string, int → number, list → string[]. */
export type FlagValue = boolean | string | number | readonly string[];

export interface FlagSpec {
  /** The name without dashes: `var`, `var-file`, `check`. */
  readonly name: string;
  readonly kind: FlagKind;
  /** The value when the flag is absent (false, '', 0 or [] when omitted). */
  readonly default?: FlagValue;
  /** For lists: split every occurrence on this separator (`-only=a,b`). */
  readonly separator?: string;
  readonly usage: string;
}

export interface ParsedFlags {
  /** Every declared flag, with its default when it was not given. */
  values: Map<string, FlagValue>;
  /** The flags that appeared on the command line. */
  given: Set<string>;
  /** The arguments left after the flags (Go's `flag.Args()`). */
  positional: string[];
  /**
   * Go's wording, e.g. "flag provided but not defined: -foo"; the caller prints it and the usage. An unknown flag
   * close to a known one gets a second line, "Did you mean -var?" (Go prints the first line only).
   */
  error?: string;
  /** For an unknown flag: the closest declared one, without dashes. */
  suggestion?: string;
  /** `-h`, `-help` or `--help` was given and not declared as a flag. */
  help?: boolean;
}

/**
 * Parses flags as Go's flag.FlagSet does: one or two leading dashes, `-name=value` or `-name value` (not for
 * bools, which only take `-name=value`), repeated list flags accumulate, `--` ends the flags, and parsing
 * stops at the first argument that is not a flag.
 */
export function parseFlags(argv: readonly string[], specs: readonly FlagSpec[]): ParsedFlags {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const values = new Map<string, FlagValue>(specs.map((s) => [s.name, s.default ?? zeroValue(s.kind)]));
  const given = new Set<string>();
  const result: ParsedFlags = { values, given, positional: [] };

  let i = 0;
  while (i < argv.length) {
    const arg = argv[i]!;
    if (arg.length < 2 || arg[0] !== '-') break;
    let dashes = 1;
    if (arg[1] === '-') {
      dashes = 2;
      if (arg.length === 2) {
        i++;
        break;
      }
    }
    i++;
    let name = arg.slice(dashes);
    if (name.length === 0 || name[0] === '-' || name[0] === '=') {
      result.error = `bad flag syntax: ${arg}`;
      return finish(result, argv, i);
    }
    let value: string | undefined;
    const eq = name.indexOf('=');
    if (eq > 0) {
      value = name.slice(eq + 1);
      name = name.slice(0, eq);
    }
    const spec = byName.get(name);
    if (spec === undefined) {
      if (name === 'help' || name === 'h') {
        result.help = true;
        return finish(result, argv, i);
      }
      result.error = `flag provided but not defined: -${name}`;
      const suggestion = suggestFlag(name, specs);
      if (suggestion !== undefined) {
        result.suggestion = suggestion;
        result.error += `\nDid you mean -${suggestion}?`;
      }
      return finish(result, argv, i);
    }
    if (spec.kind === 'bool') {
      if (value === undefined) {
        values.set(name, true);
      } else {
        const b = parseGoBool(value);
        if (b === undefined) {
          result.error = `invalid boolean value ${goQuote(value)} for -${name}: parse error`;
          return finish(result, argv, i);
        }
        values.set(name, b);
      }
      given.add(name);
      continue;
    }
    if (value === undefined) {
      if (i >= argv.length) {
        result.error = `flag needs an argument: -${name}`;
        return finish(result, argv, i);
      }
      value = argv[i]!;
      i++;
    }
    const err = setValue(spec, value, values, given.has(name));
    if (err !== undefined) {
      result.error = `invalid value ${goQuote(value)} for flag -${name}: ${err}`;
      return finish(result, argv, i);
    }
    given.add(name);
  }
  return finish(result, argv, i);
}

/**
 * The declared flag (or `help`) closest to an unknown name by edit distance, ignoring case: at most two edits, and
 * fewer than the name has characters, so `-ab` suggests nothing rather than `-var`. Ties go to the first declared.
 */
export function suggestFlag(name: string, specs: readonly FlagSpec[]): string | undefined {
  const typed = name.toLowerCase();
  let best: string | undefined;
  let bestDist = Math.min(3, typed.length);
  for (const candidate of [...specs.map((s) => s.name), 'help']) {
    const d = distance(typed, candidate);
    if (d < bestDist) {
      best = candidate;
      bestDist = d;
    }
  }
  return best;
}

function finish(result: ParsedFlags, argv: readonly string[], i: number): ParsedFlags {
  result.positional = argv.slice(i);
  return result;
}

function zeroValue(kind: FlagKind): FlagValue {
  switch (kind) {
    case 'bool':
      return false;
    case 'string':
      return '';
    case 'int':
      return 0;
    case 'list':
      return [];
  }
}

/** Stores one occurrence; returns Go's error text when the value does not parse. */
function setValue(spec: FlagSpec, raw: string, values: Map<string, FlagValue>, seen: boolean): string | undefined {
  switch (spec.kind) {
    case 'string':
      values.set(spec.name, raw);
      return undefined;
    case 'int': {
      const n = parseGoInt(raw);
      if (typeof n === 'string') return n;
      values.set(spec.name, n);
      return undefined;
    }
    case 'list': {
      // A repeated flag accumulates; its first occurrence replaces the default.
      const before = seen ? (values.get(spec.name) as readonly string[]) : [];
      const parts = spec.separator === undefined ? [raw] : raw.split(spec.separator);
      values.set(spec.name, [...before, ...parts]);
      return undefined;
    }
    case 'bool':
      return 'parse error';
  }
}

/** strconv.ParseBool. */
export function parseGoBool(s: string): boolean | undefined {
  switch (s) {
    case '1':
    case 't':
    case 'T':
    case 'true':
    case 'TRUE':
    case 'True':
      return true;
    case '0':
    case 'f':
    case 'F':
    case 'false':
    case 'FALSE':
    case 'False':
      return false;
    default:
      return undefined;
  }
}

/** strconv.ParseInt(s, 0, 64): sign, 0x/0o/0b or leading-0 octal prefixes, `_` separators after a prefix. */
export function parseGoInt(s: string): number | 'parse error' | 'value out of range' {
  let body = s;
  let negative = false;
  if (body[0] === '+' || body[0] === '-') {
    negative = body[0] === '-';
    body = body.slice(1);
  }
  let base = 10;
  let prefixed = false;
  const lower = body.toLowerCase();
  if (lower.startsWith('0x')) [base, body, prefixed] = [16, body.slice(2), true];
  else if (lower.startsWith('0o')) [base, body, prefixed] = [8, body.slice(2), true];
  else if (lower.startsWith('0b')) [base, body, prefixed] = [2, body.slice(2), true];
  else if (body.length > 1 && body[0] === '0') [base, body, prefixed] = [8, body.slice(1), true];
  if (body.includes('_')) {
    // Underscores must separate digits, and are only allowed when the base came from a prefix.
    if (!prefixed || !/^_?[^_]+(_[^_]+)*$/.test(body)) return 'parse error';
    body = body.replaceAll('_', '');
  }
  if (body.length === 0) return 'parse error';
  const digits = base === 16 ? /^[0-9a-f]+$/i : base === 8 ? /^[0-7]+$/ : base === 2 ? /^[01]+$/ : /^[0-9]+$/;
  if (!digits.test(body)) return 'parse error';
  let n = 0n;
  const b = BigInt(base);
  for (const ch of body.toLowerCase()) n = n * b + BigInt(parseInt(ch, 16));
  if (negative) n = -n;
  if (n > 9223372036854775807n || n < -9223372036854775808n) return 'value out of range';
  return Number(n);
}

/** Go's %q for the common printable case; enough for flag error messages. */
function goQuote(s: string): string {
  return JSON.stringify(s);
}

// ---- typed access to parsed values ----

export function flagBool(values: ReadonlyMap<string, FlagValue>, name: string): boolean {
  const v = values.get(name);
  return typeof v === 'boolean' ? v : false;
}

export function flagString(values: ReadonlyMap<string, FlagValue>, name: string): string {
  const v = values.get(name);
  return typeof v === 'string' ? v : '';
}

export function flagInt(values: ReadonlyMap<string, FlagValue>, name: string): number {
  const v = values.get(name);
  return typeof v === 'number' ? v : 0;
}

export function flagList(values: ReadonlyMap<string, FlagValue>, name: string): readonly string[] {
  const v = values.get(name);
  return Array.isArray(v) ? (v as readonly string[]) : [];
}
