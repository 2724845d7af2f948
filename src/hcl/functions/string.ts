// String functions (cty stdlib and Packer's own): case, trimming, splitting, joining, substrings, predicates.
import { FunctionArgError, FunctionError, type HclFunction } from './function.js';
import { formatFunctions } from './format.js';
import { graphemeCount, graphemes, param, requireGoInt, staticReturn } from './helpers.js';
import { goReplaceAll, goSplit, goTitle, goToLower, goToUpper, goTrim, goTrimSpace } from './string-go.js';
import { BoolType, NumberType, StringType, listOf } from '../value/type.js';
import { Value } from '../value/value.js';

const str = (name: string) => param(name, StringType);

/** A function of string arguments returning a string. */
function stringFn(names: readonly string[], f: (...s: string[]) => string): HclFunction {
  return {
    params: names.map(str),
    returnType: staticReturn(StringType),
    impl: (args) => Value.string(f(...args.map((a) => a.asString()))),
  };
}

/** A function of string arguments returning a bool. */
function predicateFn(names: readonly string[], f: (...s: string[]) => boolean): HclFunction {
  return {
    params: names.map(str),
    returnType: staticReturn(BoolType),
    impl: (args) => Value.bool(f(...args.map((a) => a.asString()))),
  };
}

const join: HclFunction = {
  params: [str('separator')],
  varParam: param('lists', listOf(StringType)),
  returnType: staticReturn(StringType),
  impl(args) {
    const sep = args[0]!.asString();
    const lists = args.slice(1);
    if (lists.length < 1) throw new FunctionError('at least one list is required');
    if (lists.some((l) => !l.isWhollyKnown)) return Value.unknown(StringType);
    const items: string[] = [];
    lists.forEach((list, ai) => {
      list.elements().forEach((v, ei) => {
        if (v.isNull) {
          const msg =
            lists.length > 1
              ? `element ${ei} of list ${ai + 1} is null; cannot concatenate null values`
              : `element ${ei} is null; cannot concatenate null values`;
          throw new FunctionArgError(ai + 1, msg);
        }
        items.push(v.asString());
      });
    });
    return Value.string(items.join(sep));
  },
};

const split: HclFunction = {
  params: [str('separator'), str('str')],
  returnType: staticReturn(listOf(StringType)),
  impl(args) {
    const parts = goSplit(args[1]!.asString(), args[0]!.asString());
    return Value.list(parts.map(Value.string), StringType);
  },
};

const indent: HclFunction = {
  params: [param('spaces', NumberType), str('str')],
  returnType: staticReturn(StringType),
  impl(args) {
    const spaces = requireGoInt(args[0]!);
    if (spaces < 0) throw new FunctionError('panic in function implementation: strings: negative Repeat count');
    return Value.string(goReplaceAll(args[1]!.asString(), '\n', '\n' + ' '.repeat(spaces)));
  },
};

/** cty's substr: offsets and lengths in grapheme clusters, negative offsets from the end, length -1 for "the rest". */
export function substring(s: string, rawOffset: number, length: number): string {
  const clusters = graphemes(s);
  let offset = rawOffset;
  if (offset < 0) offset += clusters.length;
  else if (length === 0) return '';
  let start = 0;
  if (offset > 0) {
    if (offset > clusters.length) return '';
    start = offset;
  }
  const rest = clusters.slice(start);
  // cty walks `length` clusters and stops; a zero length here (only reachable via a negative offset) never stops.
  if (length <= 0) return rest.join('');
  return rest.slice(0, length).join('');
}

const substr: HclFunction = {
  params: [str('str'), param('offset', NumberType), param('length', NumberType)],
  returnType: staticReturn(StringType),
  impl(args) {
    const offset = requireGoInt(args[1]!);
    const length = requireGoInt(args[2]!);
    return Value.string(substring(args[0]!.asString(), offset, length));
  },
};

const strrev = stringFn(['str'], (s) => graphemes(s).reverse().join(''));

/** Number of grapheme clusters; the evaluator's `length` of a string uses this too. */
export function stringLength(s: string): number {
  return graphemeCount(s);
}

export const stringFunctions: Record<string, HclFunction> = {
  ...formatFunctions,
  chomp: stringFn(['str'], (s) => s.replace(/(?:\r\n?|\n)*$/, '')),
  endswith: predicateFn(['str', 'suffix'], (s, suffix) => s.endsWith(suffix!)),
  indent,
  join,
  lower: stringFn(['str'], goToLower),
  replace: stringFn(['str', 'substr', 'replace'], (s, old, rep) => goReplaceAll(s, old!, rep!)),
  split,
  startswith: predicateFn(['str', 'prefix'], (s, prefix) => s.startsWith(prefix!)),
  strcontains: predicateFn(['str', 'substr'], (s, sub) => s.includes(sub!)),
  strrev,
  substr,
  title: stringFn(['str'], goTitle),
  trim: stringFn(['str', 'cutset'], (s, cutset) => goTrim(s, cutset!)),
  trimprefix: stringFn(['str', 'prefix'], (s, prefix) => (s.startsWith(prefix!) ? s.slice(prefix!.length) : s)),
  trimspace: stringFn(['str'], goTrimSpace),
  trimsuffix: stringFn(['str', 'suffix'], (s, suffix) =>
    suffix !== '' && s.endsWith(suffix!) ? s.slice(0, s.length - suffix!.length) : s,
  ),
  upper: stringFn(['str'], goToUpper),
};
