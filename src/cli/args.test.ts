// Pins Go flag-package semantics: the forms Packer users type must mean the same thing to kiln.
import { describe, it, expect } from 'vitest';
import { flagBool, flagInt, flagList, flagString, parseFlags, parseGoInt, type FlagSpec } from './args.js';

const specs: FlagSpec[] = [
  { name: 'force', kind: 'bool', usage: 'force' },
  { name: 'write', kind: 'bool', default: true, usage: 'write' },
  { name: 'var', kind: 'list', usage: 'variables' },
  { name: 'var-file', kind: 'list', usage: 'var files' },
  { name: 'only', kind: 'list', separator: ',', usage: 'only' },
  { name: 'on-error', kind: 'string', default: 'cleanup', usage: 'on error' },
  { name: 'parallel-builds', kind: 'int', usage: 'parallel' },
];

describe('parseFlags', () => {
  const cases: {
    name: string;
    argv: string[];
    values?: Record<string, unknown>;
    positional?: string[];
    error?: string;
    help?: boolean;
  }[] = [
    { name: 'defaults', argv: [], values: { force: false, write: true, var: [], 'on-error': 'cleanup', 'parallel-builds': 0 }, positional: [] },
    { name: 'single dash bool', argv: ['-force', 't.pkr.hcl'], values: { force: true }, positional: ['t.pkr.hcl'] },
    { name: 'double dash bool', argv: ['--force'], values: { force: true } },
    { name: 'bool =false', argv: ['-write=false', 'x'], values: { write: false }, positional: ['x'] },
    { name: 'bool =0 and =T', argv: ['-write=0', '-force=T'], values: { write: false, force: true } },
    { name: 'bool does not take the next arg', argv: ['-force', 'false'], values: { force: true }, positional: ['false'] },
    { name: 'string with space', argv: ['-on-error', 'abort'], values: { 'on-error': 'abort' } },
    { name: 'string with =', argv: ['--on-error=ask'], values: { 'on-error': 'ask' } },
    { name: 'string value may start with dash', argv: ['-on-error', '-x'], values: { 'on-error': '-x' } },
    { name: 'empty string value', argv: ['-on-error='], values: { 'on-error': '' } },
    { name: 'value keeps later =', argv: ['-var', 'a=b=c'], values: { var: ['a=b=c'] } },
    { name: 'repeated list', argv: ['-var', 'a=1', '-var=b=2', '--var', 'c=3'], values: { var: ['a=1', 'b=2', 'c=3'] } },
    { name: 'separated list', argv: ['-only=a,b', '-only', 'c'], values: { only: ['a', 'b', 'c'] } },
    { name: 'int', argv: ['-parallel-builds=4'], values: { 'parallel-builds': 4 } },
    { name: 'int hex', argv: ['-parallel-builds', '0x10'], values: { 'parallel-builds': 16 } },
    { name: 'terminator', argv: ['-force', '--', '-write'], values: { force: true, write: true }, positional: ['-write'] },
    { name: 'stops at first positional', argv: ['a', '-force'], values: { force: false }, positional: ['a', '-force'] },
    { name: 'single dash is positional', argv: ['-', '-force'], positional: ['-', '-force'] },
    { name: 'unknown flag', argv: ['-foo', 'x'], error: 'flag provided but not defined: -foo' },
    { name: 'unknown flag with value', argv: ['--foo=1'], error: 'flag provided but not defined: -foo' },
    { name: 'unknown flag close to a known one', argv: ['-vars', 'a=1'], error: 'flag provided but not defined: -vars\nDid you mean -var?' },
    { name: 'unknown flag with value, suggested', argv: ['--varfile=x.json'], error: 'flag provided but not defined: -varfile\nDid you mean -var-file?' },
    { name: 'missing argument', argv: ['-var'], error: 'flag needs an argument: -var' },
    { name: 'bad bool', argv: ['-force=yes'], error: 'invalid boolean value "yes" for -force: parse error' },
    { name: 'bad int', argv: ['-parallel-builds=x'], error: 'invalid value "x" for flag -parallel-builds: parse error' },
    { name: 'int out of range', argv: ['-parallel-builds=99999999999999999999'], error: 'invalid value "99999999999999999999" for flag -parallel-builds: value out of range' },
    { name: 'bad syntax triple dash', argv: ['---force'], error: 'bad flag syntax: ---force' },
    { name: 'bad syntax =', argv: ['-=x'], error: 'bad flag syntax: -=x' },
    { name: 'help', argv: ['-h'], help: true },
    { name: 'long help', argv: ['--help'], help: true },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = parseFlags(c.argv, specs);
      expect(r.error).toBe(c.error);
      if (c.help !== undefined) expect(r.help).toBe(c.help);
      for (const [k, v] of Object.entries(c.values ?? {})) expect(r.values.get(k)).toEqual(v);
      if (c.positional) expect(r.positional).toEqual(c.positional);
    });
  }

  it('suggests the closest declared flag for an unknown one', () => {
    const cases: [string, string | undefined][] = [
      ['vars', 'var'],
      ['Var', 'var'],
      ['var-files', 'var-file'],
      ['forse', 'force'],
      ['onyl', 'only'],
      ['on-eror', 'on-error'],
      ['parallel-build', 'parallel-builds'],
      ['hlep', 'help'],
      ['HELP', 'help'],
      ['vr', 'var'],
      ['ab', undefined],
      ['x', undefined],
      ['foo', undefined],
      ['bogus', undefined],
      ['parallel', undefined],
    ];
    for (const [typed, want] of cases) {
      const r = parseFlags([`-${typed}`], specs);
      expect(r.suggestion, typed).toBe(want);
      const hint = want === undefined ? '' : `\nDid you mean -${want}?`;
      expect(r.error, typed).toBe(`flag provided but not defined: -${typed}${hint}`);
    }
  });

  it('records which flags were given', () => {
    const r = parseFlags(['-write=true', '-var', 'a=1'], specs);
    expect([...r.given].sort()).toEqual(['var', 'write']);
  });

  it('replaces a list default on first use', () => {
    const r = parseFlags(['-only', 'x'], [{ name: 'only', kind: 'list', default: ['d'], usage: '' }]);
    expect(r.values.get('only')).toEqual(['x']);
  });

  it('offers typed getters', () => {
    const r = parseFlags(['-force', '-on-error=abort', '-parallel-builds=2', '-var', 'a=1'], specs);
    expect(flagBool(r.values, 'force')).toBe(true);
    expect(flagString(r.values, 'on-error')).toBe('abort');
    expect(flagInt(r.values, 'parallel-builds')).toBe(2);
    expect(flagList(r.values, 'var')).toEqual(['a=1']);
    expect(flagList(r.values, 'nope')).toEqual([]);
  });
});

describe('parseGoInt', () => {
  const cases: [string, ReturnType<typeof parseGoInt>][] = [
    ['0', 0],
    ['-12', -12],
    ['+7', 7],
    ['010', 8],
    ['0o17', 15],
    ['0b101', 5],
    ['0X1f', 31],
    ['0x_1_f', 31],
    ['1_000', 'parse error'],
    ['08', 'parse error'],
    ['', 'parse error'],
    ['0x', 'parse error'],
    ['1.5', 'parse error'],
  ];
  for (const [input, want] of cases) it(JSON.stringify(input), () => expect(parseGoInt(input)).toBe(want));
});
