import { describe, expect, test } from 'vitest';
import { looksLikeSentences } from './validation.js';
import { brief, runValues, shown } from './test-support.js';

const decl = (condition: string, message = '"Must be valid."', extra = '') =>
  `variable "v" {\n  type    = string\n  default = "abc"\n${extra}  validation {\n    condition     = ${condition}\n    error_message = ${message}\n  }\n}\n`;

describe('validation blocks', () => {
  test.each([
    ['passing rule', decl('length(var.v) == 3'), []],
    [
      'failing rule on the default points at the default',
      decl('length(var.v) > 5', '"The value must be longer than five characters."'),
      [
        'E Invalid value for default variable: The value must be longer than five characters.\n\nThis was checked by the validation rule at main.pkr.hcl:4,3-13. @main.pkr.hcl:3:13',
      ],
    ],
    [
      'condition referring to something else',
      decl('var.v != local.x'),
      ['E Invalid reference in variable validation: The condition for variable "v" can only refer to the variable itself, using var.v. @main.pkr.hcl:5:30'],
    ],
    [
      'condition not referring to the variable',
      decl('true'),
      ['E Invalid variable validation condition: The condition for variable "v" must refer to var.v in order to test incoming values. @main.pkr.hcl:5:21'],
    ],
    [
      'empty error message',
      decl('var.v != ""', '""'),
      ['E Invalid validation error message: An empty string is not a valid nor useful error message. @main.pkr.hcl:6:21'],
    ],
    [
      'error message that is not a sentence',
      decl('var.v != ""', '"bad value"'),
      [
        'E Invalid validation error message: Validation error message must be at least one full sentence starting with an uppercase letter ( if the alphabet permits it ) and ending with a period or question mark. @main.pkr.hcl:6:21',
      ],
    ],
    [
      'condition returning null',
      decl('var.v == "" ? null : null'),
      ['E Invalid variable validation result: Validation condition expression must return either true or false, not null. @main.pkr.hcl:5:21'],
    ],
    [
      'condition returning a non-bool',
      decl('"${var.v}x"'),
      ['E Invalid variable validation result: Invalid validation condition result value: a bool is required. @main.pkr.hcl:5:21'],
    ],
    ['missing condition', 'variable "v" {\n  default = 1\n  validation {\n    error_message = "Bad."\n  }\n}\n', ['E Missing required argument: The argument "condition" is required, but no definition was found. @main.pkr.hcl:3:14']],
  ])('%s', async (_, src, want) => {
    const r = await runValues(src);
    expect(brief(r.diagnostics)).toEqual(want);
  });

  test('the rule checks the value that wins, pointing at where it was set', async () => {
    const r = await runValues(decl('length(var.v) < 5'), { opts: { inputs: [{ kind: 'var', text: 'v=toolong' }] } });
    expect(brief(r.diagnostics)).toEqual([
      'E Invalid value for cmd variable: Must be valid.\n\nThis was checked by the validation rule at main.pkr.hcl:4,3-13. @<value for var.v from arguments>:1:1',
    ]);
    expect(r.sources.get('<value for var.v from arguments>')).toBe('toolong');
  });

  test('every rule is checked', async () => {
    const src = decl('length(var.v) > 5', '"Too short."', '  validation {\n    condition     = var.v == "x"\n    error_message = "Not x."\n  }\n');
    const r = await runValues(src);
    expect(r.diagnostics.map((d) => d.detail?.split('\n')[0])).toEqual(['Not x.', 'Too short.']);
  });

  test('validation sees a sensitive value unmasked and the result is still sensitive', async () => {
    const r = await runValues(decl('var.v == "abc"', '"Must be abc."', '  sensitive = true\n'));
    expect(r.diagnostics).toEqual([]);
    expect(shown(r)['var.v']).toBe('"abc"!sensitive');
  });

  test.each([
    ['Must be valid.', true],
    ['Really?', true],
    ['Wow!', true],
    ['must be valid.', false],
    ['Must be valid', false],
    ['   ', false],
    ['42 is the answer.', true],
  ])('looksLikeSentences(%j) = %s', (s, want) => {
    expect(looksLikeSentences(s)).toBe(want);
  });
});
