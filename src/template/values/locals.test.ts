import { describe, expect, test } from 'vitest';
import { brief, runValues, shown } from './test-support.js';

describe('locals', () => {
  test.each<[string, string | Record<string, string>, Record<string, string>, string[]]>([
    [
      'locals see variables, other locals (in any order) and functions',
      'variable "a" {\n  default = "x"\n}\nlocals {\n  c = "${local.b}!"\n  b = upper(var.a)\n}\n',
      { 'local.b': '"X"', 'local.c': '"X!"' },
      [],
    ],
    [
      'locals across files',
      { 'a.pkr.hcl': 'locals {\n  a = local.b + 1\n}\n', 'b.pkr.hcl': 'locals {\n  b = 1\n}\n' },
      { 'local.a': '2', 'local.b': '1' },
      [],
    ],
    [
      'single local block',
      'local "k" {\n  expression = "v"\n}\nlocals {\n  j = local.k\n}\n',
      { 'local.k': '"v"', 'local.j': '"v"' },
      [],
    ],
    [
      'local block without expression',
      'local "k" {\n}\n',
      { 'local.k': 'null(any)' },
      ['E Missing required argument: The argument "expression" is required, but no definition was found. @main.pkr.hcl:1:11'],
    ],
    [
      'path and packer',
      'locals {\n  r = path.root\n  c = path.cwd\n  v = packer.version\n}\n',
      { 'local.r': '"."', 'local.c': '"/work"', 'local.v': '"1.11.2"' },
      [],
    ],
    ['source is unknown in locals', 'locals {\n  n = source.name\n}\n', { 'local.n': 'unknown(string)' }, []],
    [
      'duplicate local',
      'locals {\n  a = 1\n}\nlocals {\n  a = 2\n}\n',
      { 'local.a': '1' },
      ['E Duplicate local definition: Local variable "a" is defined twice in your templates. Other definition found at "main.pkr.hcl:2,3-8" @main.pkr.hcl:5:3'],
    ],
    [
      'duplicate between locals and local',
      'locals {\n  a = 1\n}\nlocal "a" {\n  expression = 2\n}\n',
      {},
      ['E Duplicate local definition: Local variable "a" is defined twice in your templates. Other definition found at "main.pkr.hcl:2,3-8" @main.pkr.hcl:4:1'],
    ],
    [
      'invalid local name',
      'local "1x" {\n  expression = 1\n}\n',
      {},
      ['E Invalid local name: A name must start with a letter or underscore and may contain only letters, digits, underscores, and dashes. @main.pkr.hcl:1:7'],
    ],
    [
      'cycle',
      'locals {\n  a = local.b\n  b = "${local.a}"\n  c = local.a\n}\n',
      { 'local.a': 'unknown(any)', 'local.b': 'unknown(any)', 'local.c': 'unknown(any)' },
      [
        'E Cycle in local variables: local.a -> local.b -> local.a: Each of these refers to the next, so none of them can be evaluated first. Break the cycle by removing one of the references. @main.pkr.hcl:2:7',
      ],
    ],
    [
      'undeclared local gets a suggestion',
      'locals {\n  name = "x"\n  y    = local.nmae\n}\n',
      { 'local.y': 'unknown(any)' },
      ['E Unsupported attribute: This object does not have an attribute named "nmae". Did you mean "name"? @main.pkr.hcl:3:15'],
    ],
    [
      'undeclared variable gets a suggestion',
      'variable "region" {\n  default = "eu"\n}\nlocals {\n  y = var.regoin\n}\n',
      {},
      ['E Unsupported attribute: This object does not have an attribute named "regoin". Did you mean "region"? @main.pkr.hcl:5:10'],
    ],
    ['unknown root', 'locals {\n  y = vra.x\n}\n', {}, ['E Unknown variable: There is no variable named "vra". Did you mean "var"? @main.pkr.hcl:2:7']],
    [
      'a failed local does not cascade',
      'locals {\n  a = 1 + "x"\n  b = local.a * 2\n}\n',
      { 'local.b': 'unknown(number)' },
      ["E Invalid operand: Unsuitable value for right operand: a number is required. @main.pkr.hcl:2:11"],
    ],
    [
      'locals named by index or as a whole',
      'locals {\n  k = "m"\n  m = { a = 1 }\n  x = local["m"].a\n  y = local[local.k].a\n  n = length(keys(local))\n}\n',
      { 'local.x': '1', 'local.y': '1', 'local.n': '5' },
      [],
    ],
    ['try() hides a missing reference', 'locals {\n  a = try(local.zz, "d")\n}\n', { 'local.a': '"d"' }, []],
  ])('%s', async (_, src, want, diags) => {
    const r = await runValues(src);
    expect(shown(r)).toMatchObject(want);
    expect(brief(r.diagnostics)).toEqual(diags);
  });

  test('sensitive locals and variables are marked and their strings collected', async () => {
    const r = await runValues(
      'variable "pw" {\n  default   = { a = "s3cret", b = ["t0ken"], n = 5 }\n  sensitive = true\n}\n' +
        'local "k" {\n  expression = "key-${var.pw.n}"\n  sensitive  = true\n}\nlocals {\n  derived = var.pw.a\n}\n',
    );
    expect(r.diagnostics).toEqual([]);
    expect(shown(r)['local.k']).toBe('"key-5"!sensitive');
    expect(shown(r)['local.derived']).toBe('"s3cret"!sensitive');
    expect(r.sensitiveValues.sort()).toEqual(['key-5', 's3cret', 't0ken']);
    expect(r.locals.find((l) => l.name === 'k')?.sensitive).toBe(true);
  });

  test('the returned context evaluates var, local, path, packer and functions', async () => {
    const { parseExpression } = await import('../../hcl/parser/index.js');
    const { wrapExpression } = await import('../../hcl/syntax/index.js');
    const r = await runValues('variable "a" {\n  default = "x"\n}\nlocals {\n  b = 2\n}\n', { rootDir: 'tpl' });
    const e = parseExpression('"${upper(var.a)}-${local.b}-${path.root}-${packer.version}"', 't.hcl');
    const v = wrapExpression(e.expr).value(r.ctx);
    expect(v.diagnostics).toEqual([]);
    expect(v.value.asString()).toBe('X-2-tpl-1.11.2');
    expect(r.ctx.lookupVariable('source')).toBeUndefined();
  });
});
