import { describe, expect, test } from 'vitest';
import { brief, runValues, shown } from './test-support.js';

describe('.pkr.json templates', () => {
  test('variables, validation and locals in JSON syntax', async () => {
    const r = await runValues({
      'main.pkr.json': JSON.stringify(
        {
          variable: {
            region: { type: 'string', default: 'eu', description: 'Where.' },
            sizes: { type: 'list(number)', default: ['1', 2] },
            name: {
              type: 'string',
              default: 'ab',
              validation: { condition: '${length(var.name) > 2}', error_message: 'The name must be longer.' },
            },
          },
          locals: { where: '${upper(var.region)}', total: '${sum(var.sizes)}' },
          local: { secret: { expression: '${local.where}-x', sensitive: true } },
        },
        null,
        2,
      ),
    });
    expect(shown(r)).toMatchObject({
      'var.region': '"eu"',
      'var.sizes': 'list(1, 2)',
      'local.where': '"EU"',
      'local.total': '3',
      'local.secret': '"EU-x"!sensitive',
    });
    expect(brief(r.diagnostics)).toEqual([
      'E Invalid value for default variable: The name must be longer.\n\nThis was checked by the validation rule at main.pkr.json:18,21-22. @main.pkr.json:17:18',
    ]);
    expect(r.sensitiveValues).toEqual(['EU-x']);
  });

  test('a JSON local that refers to a local in another file', async () => {
    const r = await runValues({
      'a.pkr.json': '{"locals": {"a": "${local.b}-a"}}',
      'b.pkr.hcl': 'locals {\n  b = "b"\n}\n',
    });
    expect(r.diagnostics).toEqual([]);
    expect(shown(r)['local.a']).toBe('"b-a"');
  });
});
