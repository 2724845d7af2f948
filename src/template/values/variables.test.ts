import { describe, expect, test } from 'vitest';
import { brief, runValues, shown } from './test-support.js';

type Case = {
  name: string;
  src: string;
  env?: Record<string, string>;
  want?: Record<string, string>;
  diags?: string[];
};

const cases: Case[] = [
  {
    name: 'typed default converts',
    src: 'variable "n" {\n  type    = number\n  default = "42"\n}\nvariable "l" {\n  type    = list(string)\n  default = [1, true]\n}\n',
    want: { 'var.n': '42', 'var.l': 'list("1", "true")' },
  },
  {
    name: 'untyped default keeps its own type',
    src: 'variable "t" {\n  default = [1, "a"]\n}\nvariable "o" {\n  default = { a = 1 }\n}\n',
    want: { 'var.t': '[1, "a"]', 'var.o': '{a = 1}' },
  },
  {
    name: 'optional attributes get their defaults',
    src: 'variable "o" {\n  type    = object({ a = optional(string, "x"), b = number })\n  default = { b = 1 }\n}\n',
    want: { 'var.o': '{a = "x", b = 1}' },
  },
  {
    name: 'default not compatible with the type',
    src: 'variable "n" {\n  type    = number\n  default = "abc"\n}\n',
    want: { 'var.n': 'unknown(any)' },
    diags: [
      'E Invalid default value for variable: This default value is not compatible with the variable\'s type constraint: a number is required. @main.pkr.hcl:3:13',
    ],
  },
  {
    name: 'invalid type constraint',
    src: 'variable "n" {\n  type = lsit(string)\n}\n',
    want: { 'var.n': 'unknown(any)' },
    diags: ['E Invalid type specification: Keyword "lsit" is not a valid type constructor. Did you mean "list"? @main.pkr.hcl:2:10'],
  },
  {
    name: 'defaults may call env() only',
    src: 'variable "h" {\n  default = env("HOME_X")\n}\nvariable "u" {\n  default = upper("a")\n}\n',
    env: { HOME_X: '/home/x' },
    want: { 'var.h': '"/home/x"', 'var.u': 'unknown(any)' },
    diags: ['E Call to unknown function: There is no function named "upper". @main.pkr.hcl:5:13'],
  },
  {
    name: 'defaults may not refer to variables',
    src: 'variable "a" {\n  default = "x"\n}\nvariable "b" {\n  default = var.a\n}\n',
    diags: ['E Variables not allowed: Variables may not be used here. @main.pkr.hcl:5:13'],
  },
  {
    name: 'duplicate variable points at both declarations',
    src: 'variable "a" {\n  default = 1\n}\nvariable "a" {\n  default = 2\n}\n',
    want: { 'var.a': '1' },
    diags: ['E Duplicate variable: Duplicate a variable definition found. @main.pkr.hcl:4:1'],
  },
  {
    name: 'invalid variable name',
    src: 'variable "1a" {\n  default = 1\n}\n',
    diags: [
      'E Invalid variable name: A name must start with a letter or underscore and may contain only letters, digits, underscores, and dashes. @main.pkr.hcl:1:10',
    ],
  },
  {
    name: 'unknown argument in a variable block',
    src: 'variable "a" {\n  defualt = 1\n}\n',
    diags: ['E Unsupported argument: An argument named "defualt" is not expected here. Did you mean "default"? @main.pkr.hcl:2:3', 'E Unset variable "a": A used variable must be set or have a default value; see https://packer.io/docs/templates/hcl_templates/syntax for details. @main.pkr.hcl:1:1'],
  },
  {
    name: 'unset variable',
    src: '\nvariable "region" {\n  type = string\n}\n',
    want: { 'var.region': 'unknown(string)' },
    diags: [
      'E Unset variable "region": A used variable must be set or have a default value; see https://packer.io/docs/templates/hcl_templates/syntax for details. @main.pkr.hcl:2:1',
    ],
  },
  {
    name: 'unset variable with a misspelt PKR_VAR_',
    src: 'variable "region" {\n  type = string\n}\n',
    env: { PKR_VAR_regoin: 'x' },
    diags: [
      'E Unset variable "region": A used variable must be set or have a default value; see https://packer.io/docs/templates/hcl_templates/syntax for details. A value was given for "regoin" in the environment variable PKR_VAR_regoin, which is not declared: did you mean "region"? @main.pkr.hcl:1:1',
    ],
  },
  {
    name: 'description and sensitive must be constants of the right type',
    src: 'variable "a" {\n  default     = 1\n  description = ["x"]\n  sensitive   = "maybe"\n}\n',
    diags: [
      'E Unsuitable value type: Unsuitable value: string required, but have tuple @main.pkr.hcl:3:17',
      'E Unsuitable value type: Unsuitable value: a bool is required @main.pkr.hcl:4:17',
    ],
  },
  {
    name: 'legacy variables block',
    src: 'variables {\n  a = "x"\n  b = [1, 2]\n}\n',
    want: { 'var.a': '"x"', 'var.b': '[1, 2]' },
  },
  {
    name: 'legacy variables block duplicating a variable block',
    src: 'variable "a" {\n  default = 1\n}\nvariables {\n  a = 2\n}\n',
    diags: ['E Duplicate variable: Duplicate a variable definition found. @main.pkr.hcl:5:3'],
  },
  {
    name: 'null default is a set value',
    src: 'variable "a" {\n  type    = string\n  default = null\n}\n',
    want: { 'var.a': 'null(string)' },
  },
  {
    name: 'nullable = false falls back to the default',
    src: 'variable "a" {\n  type     = string\n  default  = "d"\n  nullable = false\n}\n',
    want: { 'var.a': '"d"' },
  },
  {
    name: 'nullable = false without a default refuses null',
    src: 'variable "a" {\n  type     = string\n  default  = null\n  nullable = false\n}\n',
    diags: ['E Invalid value for variable: The variable "a" is declared with nullable = false, so it may not be set to null. @main.pkr.hcl:3:14'],
  },
];

describe('variable declarations', () => {
  test.each(cases)('$name', async (c) => {
    const r = await runValues(c.src, { opts: { env: c.env ?? {} } });
    if (c.want) expect(shown(r)).toMatchObject(c.want);
    expect(brief(r.diagnostics)).toEqual(c.diags ?? []);
  });

  test('resolved variables carry type, description, sensitivity and range', async () => {
    const r = await runValues('variable "a" {\n  type        = list(number)\n  default     = [1]\n  description = "A list."\n}\n');
    const v = r.variables[0]!;
    expect({ name: v.name, type: v.type, description: v.description, sensitive: v.sensitive, line: v.range.start.line }).toEqual({
      name: 'a',
      type: 'list(number)',
      description: 'A list.',
      sensitive: false,
      line: 1,
    });
  });

  test('the duplicate diagnostic relates the first declaration', async () => {
    const r = await runValues('variable "a" {\n  default = 1\n}\nvariable "a" {\n  default = 2\n}\n');
    expect(r.diagnostics[0]!.related?.[0]?.range.start.line).toBe(1);
  });
});
