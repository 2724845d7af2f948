// Go text/template's predefined functions, which Packer's legacy templates have besides Packer's own:
// and, or, not, len, index, eq, ne, lt, le, gt, ge, print, printf, println, html, js, urlquery.
import type { GoValue } from './funcs.js';
import { goKind, goSprint, goTruth, goValueText } from './go-values.js';
import { goSprintf } from './sprintf.js';

type Result = { value: GoValue } | { error: string };

export interface Builtin {
  /** Required arguments; more are allowed when `variadic`. */
  readonly min: number;
  readonly variadic: boolean;
  call(args: readonly GoValue[]): Result;
}

/** The text Go's html, js and urlquery escape: the only argument when it is a string, else fmt.Sprint of all. */
function escapeInput(args: readonly GoValue[]): string {
  return args.length === 1 && typeof args[0] === 'string' ? args[0] : goSprint(args);
}

const htmlEscapes: Readonly<Record<string, string>> = { '"': '&#34;', "'": '&#39;', '&': '&amp;', '<': '&lt;', '>': '&gt;', '\0': '\uFFFD' };

function jsEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === '\\' || ch === "'" || ch === '"') out += '\\' + ch;
    else if (ch === '<' || ch === '>' || ch === '&' || ch === '=') out += `\\u${cp.toString(16).toUpperCase().padStart(4, '0')}`;
    else if (cp < 0x20) out += `\\u${cp.toString(16).toUpperCase().padStart(4, '0')}`;
    else out += ch;
  }
  return out;
}

/** Go's url.QueryEscape: unreserved bytes kept, space as '+', every other byte as %XX. */
function queryEscape(s: string): string {
  let out = '';
  for (const b of Buffer.from(s, 'utf8')) {
    const c = String.fromCharCode(b);
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
    else if (c === ' ') out += '+';
    else out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** eq/lt's operands must be of one basic kind (Go: "incompatible types for comparison"). */
function compare(a: GoValue, b: GoValue, ordered: boolean): { cmp: number } | { error: string } {
  if (goKind(a) !== goKind(b)) return { error: 'incompatible types for comparison' };
  if (a === null) return ordered ? { error: 'invalid type for comparison' } : { cmp: 0 };
  if (typeof a === 'boolean') return ordered ? { error: 'invalid type for comparison' } : { cmp: a === b ? 0 : 1 };
  if (typeof a === 'number') return { cmp: a - (b as number) };
  // Go compares strings byte-wise (UTF-8); Buffer.compare does the same.
  return { cmp: Buffer.compare(Buffer.from(a), Buffer.from(b as string)) };
}

function ordered(test: (cmp: number) => boolean): Builtin {
  return {
    min: 2,
    variadic: false,
    call: ([a, b]) => {
      const c = compare(a!, b!, true);
      return 'error' in c ? c : { value: test(c.cmp) };
    },
  };
}

export const goBuiltins: ReadonlyMap<string, Builtin> = new Map<string, Builtin>([
  ['and', { min: 1, variadic: true, call: (args) => ({ value: args.find((a) => !goTruth(a)) ?? args[args.length - 1]! }) }],
  ['or', { min: 1, variadic: true, call: (args) => ({ value: args.find((a) => goTruth(a)) ?? args[args.length - 1]! }) }],
  ['not', { min: 1, variadic: false, call: ([a]) => ({ value: !goTruth(a!) }) }],
  [
    'len',
    {
      min: 1,
      variadic: false,
      call: ([a]) => (typeof a === 'string' ? { value: Buffer.byteLength(a) } : { error: `len of type ${goKind(a!)}` }),
    },
  ],
  [
    'index',
    {
      min: 1,
      variadic: true,
      call: ([item, ...indexes]) => {
        let v: GoValue = item!;
        for (const i of indexes) {
          if (typeof v !== 'string') return { error: `can't index item of type ${goKind(v)}` };
          if (typeof i !== 'number') return { error: `cannot index slice/array with type ${goKind(i)}` };
          const bytes: Buffer = Buffer.from(v);
          if (i < 0 || i >= bytes.length) return { error: `index out of range: ${i}` };
          v = bytes[i]!;
        }
        return { value: v };
      },
    },
  ],
  [
    'eq',
    {
      min: 1,
      variadic: true,
      call: ([a, ...rest]) => {
        if (rest.length === 0) return { error: 'missing argument for comparison' };
        for (const b of rest) {
          const c = compare(a!, b, false);
          if ('error' in c) return c;
          if (c.cmp === 0) return { value: true };
        }
        return { value: false };
      },
    },
  ],
  [
    'ne',
    {
      min: 2,
      variadic: false,
      call: ([a, b]) => {
        const c = compare(a!, b!, false);
        return 'error' in c ? c : { value: c.cmp !== 0 };
      },
    },
  ],
  ['lt', ordered((c) => c < 0)],
  ['le', ordered((c) => c <= 0)],
  ['gt', ordered((c) => c > 0)],
  ['ge', ordered((c) => c >= 0)],
  ['print', { min: 0, variadic: true, call: (args) => ({ value: goSprint(args) }) }],
  ['println', { min: 0, variadic: true, call: (args) => ({ value: `${args.map(goValueText).join(' ')}\n` }) }],
  [
    'printf',
    {
      min: 1,
      variadic: true,
      call: ([format, ...args]) => (typeof format === 'string' ? { value: goSprintf(format, args) } : { error: `wrong type for value; expected string; got ${goKind(format!)}` }),
    },
  ],
  ['html', { min: 0, variadic: true, call: (args) => ({ value: escapeInput(args).replace(/["'&<>\0]/g, (c) => htmlEscapes[c]!) }) }],
  ['js', { min: 0, variadic: true, call: (args) => ({ value: jsEscape(escapeInput(args)) }) }],
  ['urlquery', { min: 0, variadic: true, call: (args) => ({ value: queryEscape(escapeInput(args)) }) }],
]);
