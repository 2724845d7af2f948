import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CliVariableInput } from '../files.js';
import { brief, runValues, shown } from './test-support.js';

let root = '';
const write = (rel: string, text: string): void => {
  const p = path.join(root, rel);
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, text);
};

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'kiln-values-'));
  // One template directory per auto-file layout.
  write('none/x.pkr.hcl', '');
  write('hcl/a.auto.pkrvars.hcl', 'x = "auto-a"\n');
  write('hcl/b.auto.pkrvars.hcl', 'x = "auto-b"\n');
  write('hcl/b.pkrvars.hcl', 'x = "not-auto"\n');
  write('mixed/z.auto.pkrvars.hcl', 'x = "auto-hcl"\n');
  write('mixed/a.auto.pkrvars.json', '{"x": "auto-json"}\n');
  write('vars/one.pkrvars.hcl', 'x = "file-one"\n');
  write('vars/two.pkrvars.json', '{\n  "x": "file-two"\n}\n');
  write('vars/undeclared.pkrvars.hcl', 'x = "ok"\nregoin = "eu"\n');
  write('vars/decl.pkrvars.hcl', 'variable "x" {\n  default = 1\n}\n');
  write('vars/typed.pkrvars.hcl', 'n = "abc"\nl = ["a", 1]\n');
  write('vars/call.pkrvars.hcl', 'x = upper("a")\n');
  write('vars/bad.txt', 'x = 1\n');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const tpl = 'variable "x" {\n  type    = string\n  default = "default"\n}\n';
const v = (text: string): CliVariableInput => ({ kind: 'var', text });
const f = (text: string): CliVariableInput => ({ kind: 'var-file', text });

describe('precedence: default < PKR_VAR_ < auto var files < every -var-file < every -var (as Packer\'s code)', () => {
  test.each<[string, string, Record<string, string>, CliVariableInput[], string]>([
    ['default', 'none', {}, [], 'default'],
    ['env over default', 'none', { PKR_VAR_x: 'env' }, [], 'env'],
    ['auto file over env', 'hcl', { PKR_VAR_x: 'env' }, [], 'auto-b'],
    ['auto files in lexical order, .pkrvars.hcl not auto', 'hcl', {}, [], 'auto-b'],
    ['auto JSON after auto HCL', 'mixed', {}, [], 'auto-json'],
    ['-var-file over auto files', 'hcl', {}, [f('vars/one.pkrvars.hcl')], 'file-one'],
    ['JSON -var-file', 'none', {}, [f('vars/two.pkrvars.json')], 'file-two'],
    ['later -var-file wins', 'none', {}, [f('vars/two.pkrvars.json'), f('vars/one.pkrvars.hcl')], 'file-one'],
    ['-var over auto files', 'hcl', { PKR_VAR_x: 'env' }, [v('x=cli')], 'cli'],
    ['-var then -var-file: the -var still wins, as in Packer', 'none', {}, [v('x=cli'), f('vars/one.pkrvars.hcl')], 'cli'],
    ['-var-file then -var: the -var wins', 'none', {}, [f('vars/one.pkrvars.hcl'), v('x=cli')], 'cli'],
    ['later -var wins', 'none', {}, [v('x=1'), v('x=2')], '2'],
    ['-var value keeps everything after the first =', 'none', {}, [v('x=a=b')], 'a=b'],
  ])('%s', async (_, dir, env, inputs, want) => {
    const r = await runValues(tpl, { opts: { cwd: root, path: dir, env, inputs } });
    expect(brief(r.diagnostics)).toEqual([]);
    expect(shown(r)['var.x']).toBe(JSON.stringify(want));
  });

  test('a single-file template loads no auto var files', async () => {
    const r = await runValues(tpl, { opts: { cwd: root, path: 'hcl/b.auto.pkrvars.hcl' } });
    expect(shown(r)['var.x']).toBe('"default"');
  });

  test('var files are returned for quoting', async () => {
    const r = await runValues(tpl, { opts: { cwd: root, path: 'mixed', inputs: [f('vars/one.pkrvars.hcl')] } });
    expect(r.varFiles.map((x) => x.filename)).toEqual([path.join('mixed', 'z.auto.pkrvars.hcl'), path.join('mixed', 'a.auto.pkrvars.json'), 'vars/one.pkrvars.hcl']);
  });
});

describe('values written as text (-var, PKR_VAR_)', () => {
  const src =
    'variable "s" {\n  type    = string\n  default = ""\n}\nvariable "n" {\n  type    = number\n  default = 0\n}\n' +
    'variable "u" {\n}\nvariable "l" {\n  type    = list(string)\n  default = []\n}\nvariable "b" {\n  default = false\n}\n' +
    'variable "m" {\n  type    = map(number)\n  default = {}\n}\n';
  test.each<[string, CliVariableInput[], Record<string, string>, Record<string, string>, string[]]>([
    ['string is literal', [v('s=[1, 2]')], {}, { 'var.s': '"[1, 2]"' }, []],
    ['number is converted from a literal string', [v('n=42')], {}, { 'var.n': '42' }, []],
    ['untyped is a literal string', [v('u=[1]')], {}, { 'var.u': '"[1]"' }, []],
    ['list is an HCL expression', [v('l=["a", "b"]')], {}, { 'var.l': 'list("a", "b")' }, []],
    ['a type inferred from the default counts', [v('b=true')], {}, { 'var.b': 'true' }, []],
    ['env list is an HCL expression', [], { PKR_VAR_l: '["x"]' }, { 'var.l': 'list("x")' }, []],
    ['env map', [], { PKR_VAR_m: '{ a = 1 }' }, { 'var.m': 'map{a = 1}' }, []],
    [
      'number that is not one',
      [v('n=abc')],
      {},
      { 'var.n': 'unknown(any)' },
      ["E Invalid argument value for -var variable: The received arg value for n is not compatible with the variable's type constraint: a number is required. @<value for var.n from arguments>:1:1"],
    ],
    [
      'env value of the wrong type',
      [],
      { PKR_VAR_n: 'x' },
      {},
      ["E Invalid value for variable: The value for n is not compatible with the variable's type constraint: a number is required. @<value for var.n from env>:1:1"],
    ],
    ['syntax error in an expression value', [v('l=[1')], {}, { 'var.l': 'list(string)' }, ['E Unterminated tuple constructor expression: There is no corresponding closing bracket before the end of the file. This may be caused by incorrect bracket nesting elsewhere in this file. @<value for var.l from arguments>:1:1']],
    [
      'undeclared -var is an error with a suggestion',
      [v('sx=1')],
      {},
      {},
      ['E Undefined -var variable: A "sx" variable was passed in the command line but was not found in known variables. To declare variable "sx", place this block in one of your .pkr files, such as variables.pkr.hcl. Did you mean "s"? @<command line>:1:6'],
    ],
    ['undeclared PKR_VAR_ is ignored', [], { PKR_VAR_zzz: '1', PKR_VARx: '2' }, {}, []],
  ])('%s', async (_, inputs, env, want, diags) => {
    const r = await runValues(src, { opts: { inputs, env: { PKR_VAR_u: 'e', ...env } } });
    expect(shown(r)).toMatchObject(want);
    expect(brief(r.diagnostics)).toEqual(diags);
  });
});

describe('var files', () => {
  const src = 'variable "x" {\n  type    = string\n  default = ""\n}\nvariable "n" {\n  type    = number\n  default = 0\n}\nvariable "l" {\n  type    = list(number)\n  default = []\n}\n';
  test.each<[string, string, string[]]>([
    [
      'undeclared name is a warning',
      'vars/undeclared.pkrvars.hcl',
      [
        'W Undefined variable: The variable "regoin" was set but was not declared as an input variable.\nTo declare variable "regoin" place this block in one of your .pkr.hcl files, such as variables.pkr.hcl\n\nvariable "regoin" {\n  type    = string\n  default = null\n} @vars/undeclared.pkrvars.hcl:2:1',
      ],
    ],
    [
      'a variable block in a var file',
      'vars/decl.pkrvars.hcl',
      [
        'E Variable declaration in a .pkrvar file: A .pkrvar file is used to assign values to variables that have already been declared in .pkr files, not to declare new variables. To declare variable "x", place this block in one of your .pkr files, such as variables.pkr.hcl\n\nTo set a value for this variable in vars/decl.pkrvars.hcl, use the definition syntax instead:\n    x = <value> @vars/decl.pkrvars.hcl:1:1',
      ],
    ],
    [
      'values of the wrong type',
      'vars/typed.pkrvars.hcl',
      [
        "E Invalid value for variable: The value for n is not compatible with the variable's type constraint: a number is required. @vars/typed.pkrvars.hcl:1:5",
        "E Invalid value for variable: The value for l is not compatible with the variable's type constraint: a number is required. @vars/typed.pkrvars.hcl:2:5",
      ],
    ],
    ['functions are not allowed', 'vars/call.pkrvars.hcl', ['E Function calls not allowed: Functions may not be called here. @vars/call.pkrvars.hcl:1:5']],
    ['unknown extension', 'vars/bad.txt', ['E Could not guess format of vars/bad.txt: A var file must be suffixed with `.hcl` or `.json`. @<command line>:1:11']],
    ['missing file', 'vars/nope.pkrvars.hcl', ['E Failed to read file: The configuration file "vars/nope.pkrvars.hcl" could not be read: no such file or directory. @<command line>:1:11']],
  ])('%s', async (_, file, diags) => {
    const r = await runValues(src, { opts: { cwd: root, path: 'none', inputs: [f(file)], mode: 'validate' } });
    expect(brief(r.diagnostics)).toEqual(diags);
  });

  test.each<[string, Partial<{ mode: 'build' | 'validate'; warnOnUndeclaredVar: boolean }>, number]>([
    ['validate warns by default', { mode: 'validate' }, 1],
    ['validate -no-warn-undeclared-var', { mode: 'validate', warnOnUndeclaredVar: false }, 0],
    ['build is quiet by default', { mode: 'build' }, 0],
    ['build -warn-on-undeclared-var', { mode: 'build', warnOnUndeclaredVar: true }, 1],
  ])('undeclared warnings: %s', async (_, over, count) => {
    const r = await runValues(src, { opts: { cwd: root, path: 'none', inputs: [f('vars/undeclared.pkrvars.hcl')], ...over } });
    expect(r.diagnostics.filter((d) => d.summary === 'Undefined variable')).toHaveLength(count);
  });
});

describe('the command line as a source', () => {
  test('errors about arguments point into it', async () => {
    const r = await runValues('variable "s" {\n  default = ""\n}\n', { opts: { inputs: [v('s=1'), f('x.txt'), v('zz=2')] } });
    expect(r.sources.get('<command line>')).toBe('-var=s=1 -var-file=x.txt -var=zz=2');
    const subjects = r.diagnostics.map((d) => [d.subject?.start.column, d.subject?.end.column]);
    expect(subjects).toEqual([
      [20, 25],
      [31, 33],
    ]);
  });
});
