// format() and formatlist(): cty's printf-like verb engine (verbs, flags, widths, [n] indexes, grapheme-aware padding).
import { FunctionArgError, FunctionError, type HclFunction } from './function.js';
import { formatBigFloat, formatBigInt, type VerbSpec } from './format-number.js';
import { encodeJson, goJsonQuote, goQuote, goQuoteRune, graphemeCount, graphemes, param, staticReturn, tryConvert } from './helpers.js';
import { BoolType, DynamicType, NumberType, StringType, listOf } from '../value/type.js';
import { Value } from '../value/value.js';

interface Verb extends VerbSpec {
  raw: string;
  /** Byte offset of the verb's '%' in the format string. */
  offset: number;
  argNum: number;
  mode: string;
}

/** A formatting failure that cty reports as a plain error (not tied to one argument). */
class FormatFailure extends Error {}

function unsupported(verb: Verb, msg: string): FormatFailure {
  return new FormatFailure(`unsupported value for ${goQuote(verb.raw)} at ${verb.offset}: ${msg}`);
}

/** cty's padding: widths count grapheme clusters; '0' pads with zeros and '-' pads on the right. */
function padWidth(verb: Verb, s: string): string {
  if (verb.width < 0) return s;
  const have = graphemeCount(s);
  if (have >= verb.width) return s;
  const pads = (verb.zero ? '0' : ' ').repeat(verb.width - have);
  return verb.minus ? s + pads : pads + s;
}

function appendAsIs(verb: Verb, arg: Value): string {
  if (!verb.sharp && !arg.isNull) {
    if (arg.type.kind === 'string') return padWidth(verb, arg.asString());
    if (arg.type.kind === 'number') return padWidth(verb, arg.asNum().text('g', -1));
  }
  const j = encodeJson(arg);
  if ('error' in j) throw unsupported(verb, j.error);
  return padWidth(verb, j.json);
}

function appendNumber(verb: Verb, arg: Value): string {
  const conv = tryConvert(arg, NumberType);
  if ('error' in conv) throw unsupported(verb, conv.error);
  const n = conv.value.asNum();
  switch (verb.mode) {
    case 'b':
    case 'd':
    case 'o':
    case 'x':
    case 'X':
      if (!n.isInteger()) throw unsupported(verb, 'an integer is required');
      return formatBigInt(n.toBigInt()!, verb.mode, verb);
    default:
      return formatBigFloat(n, verb.mode as 'e' | 'E' | 'f' | 'g' | 'G', verb);
  }
}

function appendString(verb: Verb, arg: Value): string {
  const conv = tryConvert(arg, StringType);
  if ('error' in conv) throw unsupported(verb, conv.error);
  let s = conv.value.asString();
  if (verb.prec > 0) s = graphemes(s).slice(0, verb.prec).join('');
  return padWidth(verb, verb.mode === 's' ? s : goJsonQuote(s));
}

function appendVerb(verb: Verb, args: readonly Value[]): string {
  const idx = verb.argNum - 1;
  if (idx >= args.length) {
    throw new FormatFailure(
      `not enough arguments for ${goQuote(verb.raw)} at ${verb.offset}: need index ${verb.argNum} but have ${args.length} total`,
    );
  }
  const arg = args[idx]!;
  if (verb.mode !== 'v' && arg.isNull) throw unsupported(verb, 'null value cannot be formatted');
  switch (verb.mode) {
    case 'v':
      return appendAsIs(verb, arg);
    case 't': {
      const conv = tryConvert(arg, BoolType);
      if ('error' in conv) throw unsupported(verb, conv.error);
      return conv.value.asBool() ? 'true' : 'false';
    }
    case 'b':
    case 'd':
    case 'o':
    case 'x':
    case 'X':
    case 'e':
    case 'E':
    case 'f':
    case 'g':
    case 'G':
      return appendNumber(verb, arg);
    case 's':
    case 'q':
      return appendString(verb, arg);
    default:
      throw new FormatFailure(`unsupported format verb ${goQuoteRune(verb.mode)} in ${goQuote(verb.raw)} at offset ${verb.offset}`);
  }
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isLetter = (c: string | undefined): boolean => c !== undefined && /^[A-Za-z]$/.test(c);

/**
 * Applies a format string to arguments, as cty's Ragel scanner does. Byte offsets in messages are UTF-8
 * offsets. Throws FormatFailure (plain call errors) or FunctionArgError (excess arguments, 1-based like
 * the argument's position in the call).
 */
export function formatValues(format: string, args: readonly Value[]): string {
  const cps = [...format];
  // Byte offset of each code point, plus the total length at the end.
  const offs: number[] = [];
  let byte = 0;
  for (const c of cps) {
    offs.push(byte);
    byte += Buffer.byteLength(c);
  }
  offs.push(byte);
  const badChar = (i: number): FormatFailure =>
    i >= cps.length
      ? new FormatFailure(`invalid format string starting at offset ${byte}`)
      : new FormatFailure(`unrecognized format character ${goQuoteRune(cps[i]!)} at offset ${offs[i]}`);

  let out = '';
  let nextArg = 1;
  let highest = 0;
  let i = 0;
  while (i < cps.length) {
    const c = cps[i]!;
    if (c !== '%') {
      out += c;
      i++;
      continue;
    }
    if (cps[i + 1] === '%') {
      out += '%';
      i += 2;
      continue;
    }
    const start = i;
    const verb: Verb = {
      raw: '', offset: offs[start]!, argNum: nextArg, mode: '',
      zero: false, sharp: false, plus: false, minus: false, space: false, width: -1, prec: -1,
    };
    i++;
    for (;;) {
      const f = cps[i];
      if (f === '0') verb.zero = true;
      else if (f === '#') verb.sharp = true;
      else if (f === '-') verb.minus = true;
      else if (f === '+') verb.plus = true;
      else if (f === ' ') verb.space = true;
      else break;
      i++;
    }
    if (isDigit(cps[i])) {
      verb.width = 0;
      while (isDigit(cps[i])) verb.width = verb.width * 10 + Number(cps[i++]);
    }
    if (cps[i] === '.') {
      i++;
      verb.prec = 0;
      while (isDigit(cps[i])) verb.prec = verb.prec * 10 + Number(cps[i++]);
    }
    if (cps[i] === '[') {
      i++;
      if (!isDigit(cps[i]) || cps[i] === '0') throw badChar(i);
      verb.argNum = 0;
      while (isDigit(cps[i])) verb.argNum = verb.argNum * 10 + Number(cps[i++]);
      if (cps[i] !== ']') throw badChar(i);
      i++;
    }
    if (!isLetter(cps[i])) throw badChar(i);
    verb.mode = cps[i]!;
    i++;
    verb.raw = cps.slice(start, i).join('');
    if (verb.argNum > highest) highest = verb.argNum;
    out += appendVerb(verb, args);
    nextArg = verb.argNum + 1;
  }
  if (highest < args.length) {
    const firstBad = highest + 1;
    if (highest === 0) throw new FunctionArgError(firstBad, 'too many arguments; no verbs in format string');
    throw new FunctionArgError(firstBad, `too many arguments; only ${highest} used by format string`);
  }
  return out;
}

/** Runs formatValues, turning formatting failures into function errors. */
function formatOrThrow(format: string, args: readonly Value[], wrap: (msg: string) => string = (m) => m): string {
  try {
    return formatValues(format, args);
  } catch (e) {
    if (e instanceof FormatFailure) throw new FunctionError(wrap(e.message));
    throw e;
  }
}

const formatArgs = param('args', DynamicType, { allowNull: true, allowUnknown: true });

const format: HclFunction = {
  params: [param('format', StringType)],
  varParam: formatArgs,
  returnType: staticReturn(StringType),
  impl(args) {
    if (args.slice(1).some((a) => !a.isWhollyKnown)) return Value.unknown(StringType);
    return Value.string(formatOrThrow(args[0]!.asString(), args.slice(1)));
  },
};

const isSequence = (v: Value): boolean => v.type.kind === 'list' || v.type.kind === 'set' || v.type.kind === 'tuple';

const formatlist: HclFunction = {
  params: [param('format', StringType)],
  varParam: formatArgs,
  returnType: staticReturn(listOf(StringType)),
  impl(allArgs, retType) {
    const fmt = allArgs[0]!.asString();
    const args = allArgs.slice(1);
    if (args.length === 0) return Value.list([Value.string(formatOrThrow(fmt, []))], StringType);
    let iterLen = -1;
    let lenChooser = -1;
    let unknown = false;
    args.forEach((arg, i) => {
      if (isSequence(arg) && !arg.isNull) {
        if (!arg.isKnown && arg.type.kind !== 'tuple') {
          unknown = true;
          return;
        }
        const len = arg.type.kind === 'tuple' ? arg.type.elements.length : arg.length;
        if (iterLen === -1) {
          iterLen = len;
          lenChooser = i;
        } else if (len !== iterLen) {
          throw new FunctionArgError(
            i + 1,
            `argument ${i + 1} has length ${len}, which is inconsistent with argument ${lenChooser + 1} of length ${iterLen}`,
          );
        }
        if (!arg.isKnown) unknown = true;
      } else if (!arg.isKnown && arg.type.kind === 'dynamic') {
        unknown = true;
      }
    });
    if (unknown) return Value.unknown(retType);
    if (iterLen === 0) return Value.list([], StringType);
    const rows = iterLen === -1 ? 1 : iterLen;
    const out: Value[] = [];
    for (let r = 0; r < rows; r++) {
      const rowArgs = args.map((a) => (isSequence(a) && !a.isNull ? a.elements()[r]! : a));
      if (rowArgs.some((a) => !a.isWhollyKnown)) {
        out.push(Value.unknown(StringType));
        continue;
      }
      try {
        out.push(Value.string(formatValues(fmt, rowArgs)));
      } catch (e) {
        if (e instanceof FormatFailure || e instanceof FunctionArgError) {
          throw new FunctionError(`error on format iteration ${r}: ${e.message}`);
        }
        throw e;
      }
    }
    return Value.list(out, StringType);
  },
};

export const formatFunctions: Record<string, HclFunction> = { format, formatlist };
