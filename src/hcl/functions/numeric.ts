// Numeric functions (cty stdlib and Packer's sum): abs, ceil, floor, log, max, min, parseint, pow, signum, sum.
import { FunctionArgError, FunctionError, type HclFunction } from './function.js';
import { goQuote, param, requireGoInt, staticReturn, toGoInt, tryConvert, WHOLE_NUMBER_MESSAGE } from './helpers.js';
import { goLog } from '../value/float64-math.js';
import { goPow } from '../value/float64-pow.js';
import { Num, NumNaNError } from '../value/number.js';
import { DynamicType, NumberType, friendlyTypeName } from '../value/type.js';
import { Value } from '../value/value.js';

const num = (name: string, opts: { allowMarked?: boolean } = {}) => param(name, NumberType, opts);

/** A float64 result as cty.NumberFloatVal, which panics on NaN. */
function floatResult(x: number): Value {
  if (Number.isNaN(x)) throw new FunctionError('panic in function implementation: Float.SetFloat64(NaN)');
  return Value.number(Num.fromFloat64(x));
}

/** math.MaxFloat64 as Go's %f prints it. */
const maxFloat64Text = `${(2n ** 53n - 1n) << 971n}.000000`;

/**
 * A number argument as gocty converts it to a Go float64: rounded to the nearest float64, but an error when a
 * finite number is beyond float64's range (infinities pass through).
 */
function goFloat64(v: Value): number {
  const n = v.asNum();
  const x = n.toNumber();
  if (!Number.isFinite(x) && !n.isInfinite()) {
    throw new FunctionError(`value must be between -${maxFloat64Text} and ${maxFloat64Text} inclusive`);
  }
  return x;
}

function unary(f: (n: Num) => Num, opts: { allowMarked?: boolean } = {}): HclFunction {
  return {
    params: [num('num', opts)],
    returnType: staticReturn(NumberType),
    impl: (args) => Value.number(f(args[0]!.asNum())).withMarks(args[0]!.marks),
  };
}

function extreme(pick: (candidate: Num, best: Num) => boolean, start: Num): HclFunction {
  return {
    params: [],
    varParam: num('numbers'),
    returnType: staticReturn(NumberType),
    impl(args) {
      if (args.length === 0) throw new FunctionError('must pass at least one number');
      let best: Value = Value.number(start);
      for (const a of args) if (pick(a.asNum(), best.asNum())) best = a;
      return best;
    },
  };
}

const digitValue = (ch: string, base: number): number => {
  const c = ch.charCodeAt(0);
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 97 + 10;
  if (c >= 65 && c <= 90) return base <= 36 ? c - 65 + 10 : c - 65 + 36;
  return 99;
};

/** big.Int.SetString(s, base) for 2 <= base <= 62: optional sign, at least one digit, no prefixes or underscores. */
export function parseBigInt(s: string, base: number): bigint | undefined {
  let rest = s;
  let neg = false;
  if (rest.startsWith('+') || rest.startsWith('-')) {
    neg = rest[0] === '-';
    rest = rest.slice(1);
  }
  if (rest === '') return undefined;
  const b = BigInt(base);
  let n = 0n;
  for (const ch of rest) {
    const d = digitValue(ch, base);
    if (d >= base) return undefined;
    n = n * b + BigInt(d);
  }
  return neg ? -n : n;
}

const parseint: HclFunction = {
  params: [param('number', DynamicType), num('base')],
  returnType(args) {
    const t = args[0]!.type;
    if (t.kind !== 'string' && t.kind !== 'dynamic') {
      throw new FunctionArgError(0, `first argument must be a string, not ${friendlyTypeName(t)}`);
    }
    return NumberType;
  },
  impl(args) {
    const s = args[0]!.asString();
    const base = toGoInt(args[1]!);
    if (base === undefined) throw new FunctionArgError(1, WHOLE_NUMBER_MESSAGE);
    if (base < 2 || base > 62) throw new FunctionArgError(1, 'base must be a whole number between 2 and 62 inclusive');
    const n = parseBigInt(s, base);
    if (n === undefined) throw new FunctionArgError(0, `cannot parse ${goQuote(s)} as a base ${base} integer`);
    return Value.number(Num.fromBigInt(n));
  },
};

const signum: HclFunction = {
  params: [num('num')],
  returnType: staticReturn(NumberType),
  impl(args) {
    const n = requireGoInt(args[0]!);
    return Value.number(n < 0 ? -1 : n > 0 ? 1 : 0);
  },
};

const sumNumbersMessage = 'argument must be list, set, or tuple of number values';

/** Packer's sum: adds the numbers of a list, set or tuple. */
const sum: HclFunction = {
  params: [param('list', DynamicType)],
  returnType: staticReturn(NumberType),
  impl(args) {
    const list = args[0]!;
    const kind = list.type.kind;
    if (!['list', 'map', 'set', 'tuple', 'object'].includes(kind)) throw new FunctionArgError(0, 'cannot sum noniterable');
    if (list.length === 0) throw new FunctionArgError(0, 'cannot sum an empty list');
    if (kind !== 'list' && kind !== 'set' && kind !== 'tuple') {
      throw new FunctionArgError(0, `argument must be list, set, or tuple. Received ${friendlyTypeName(list.type)}`);
    }
    if (!list.isWhollyKnown) return Value.unknown(NumberType);
    let total: Num | undefined;
    for (const v of list.elements()) {
      if (v.isNull) throw new FunctionArgError(0, sumNumbersMessage);
      const c = tryConvert(v, NumberType);
      if ('error' in c) throw new FunctionArgError(0, sumNumbersMessage);
      try {
        total = total === undefined ? c.value.asNum() : total.add(c.value.asNum());
      } catch (e) {
        if (e instanceof NumNaNError) throw new FunctionError("can't compute sum of opposing infinities");
        throw e;
      }
    }
    return Value.number(total!);
  },
};

export const numericFunctions: Record<string, HclFunction> = {
  abs: unary((n) => n.abs(), { allowMarked: true }),
  ceil: unary((n) => n.ceil()),
  floor: unary((n) => n.floor()),
  log: {
    params: [num('num'), num('base')],
    returnType: staticReturn(NumberType),
    impl: (args) => {
      const x = goFloat64(args[0]!);
      const base = goFloat64(args[1]!);
      return floatResult(goLog(x) / goLog(base));
    },
  },
  max: extreme((c, best) => c.gt(best), Num.NegativeInfinity),
  min: extreme((c, best) => c.lt(best), Num.PositiveInfinity),
  parseint,
  pow: {
    params: [num('num'), num('power')],
    returnType: staticReturn(NumberType),
    impl: (args) => {
      const x = goFloat64(args[0]!);
      const power = goFloat64(args[1]!);
      return floatResult(goPow(x, power));
    },
  },
  signum,
  sum,
};
