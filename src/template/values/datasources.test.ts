import { describe, expect, test } from 'vitest';
import { hasErrors, type Diagnostic } from '../../hcl/diagnostics/diagnostic.js';
import { objectOf, StringType } from '../../hcl/value/type.js';
import { Value } from '../../hcl/value/value.js';
import type { ConfigSchema, DataSourcePlugin } from '../../plugins/types.js';
import { brief, runValues, show, shown } from './test-support.js';

type EchoConfig = { input: Value };

const echoSchema: ConfigSchema<EchoConfig> = {
  decodeBody(body, ctx) {
    const { content, diagnostics } = body.content({ attributes: [{ name: 'input', required: true }] });
    const attr = content.attributes.get('input');
    if (attr === undefined || hasErrors(diagnostics)) return { value: undefined, diagnostics };
    const r = attr.expr.value(ctx);
    return { value: hasErrors(r.diagnostics) ? undefined : { input: r.value }, diagnostics: [...diagnostics, ...r.diagnostics] };
  },
  decodeAttributes: () => ({ value: undefined, diagnostics: [] as Diagnostic[] }),
  attributeNames: ['input'],
};

const executed: string[] = [];
const echo: DataSourcePlugin<EchoConfig> = {
  kind: 'datasource',
  type: 'echo',
  schema: echoSchema,
  outputType: objectOf({ output: StringType }),
  async execute(config) {
    const s = config.input.unmark().asString();
    executed.push(s);
    if (s === 'boom') throw new Error('echo failed: boom');
    return Value.object({ output: Value.string(s.toUpperCase()) });
  },
};
const other: DataSourcePlugin<EchoConfig> = { ...echo, type: 'other' };
const plugins = [echo, other];

describe('data sources', () => {
  test('executed in dependency order with locals, available as data.<type>.<name>', async () => {
    executed.length = 0;
    const r = await runValues(
      'locals {\n  base = "a"\n  out  = data.echo.second.output\n}\n' +
        'data "echo" "second" {\n  input = "${data.echo.first.output}-${local.base}"\n}\n' +
        'data "echo" "first" {\n  input = local.base\n}\n',
      { plugins },
    );
    expect(brief(r.diagnostics)).toEqual([]);
    expect(executed).toEqual(['a', 'A-a']);
    expect(shown(r)['local.out']).toBe('"A-A"');
    expect(show(r.ctx.lookupVariable('data'))).toBe('{echo = {first = {output = "A"}, second = {output = "A-A"}}}');
  });

  test('validate without -evaluate-datasources: decoded, not executed, outputs unknown', async () => {
    executed.length = 0;
    const r = await runValues('data "echo" "x" {\n  input = "a"\n}\nlocals {\n  o = data.echo.x.output\n}\n', {
      plugins,
      opts: { mode: 'validate' },
    });
    expect(brief(r.diagnostics)).toEqual([]);
    expect(executed).toEqual([]);
    expect(shown(r)['local.o']).toBe('unknown(string)');
  });

  test('validate with -evaluate-datasources executes', async () => {
    executed.length = 0;
    const r = await runValues('data "echo" "x" {\n  input = "a"\n}\n', { plugins, opts: { mode: 'validate', evaluateDatasources: true } });
    expect(r.diagnostics).toEqual([]);
    expect(executed).toEqual(['a']);
  });

  test.each<[string, string, string[]]>([
    [
      'unknown type lists the known ones',
      'data "ecoh" "x" {\n  input = "a"\n}\n',
      ['E Unknown data type ecoh: Known data sources: echo, other. Did you mean "echo"? @main.pkr.hcl:1:6'],
    ],
    [
      'decode errors are reported at the attribute',
      'data "echo" "x" {\n  inptu = "a"\n}\n',
      [
        'E Missing required argument: The argument "input" is required, but no definition was found. @main.pkr.hcl:1:17',
        'E Unsupported argument: An argument named "inptu" is not expected here. Did you mean "input"? @main.pkr.hcl:2:3',
      ],
    ],
    ['execution failure at the block', 'data "echo" "x" {\n  input = "boom"\n}\n', ['E echo failed: boom: The "echo" data source "x" failed. @main.pkr.hcl:1:1']],
    [
      'duplicate block',
      'data "echo" "x" {\n  input = "a"\n}\ndata "echo" "x" {\n  input = "b"\n}\n',
      [
        'E Duplicate data block: This data block has the same data type and name as a previous block declared at main.pkr.hcl:1,1-16. Each data must have a unique name per builder type. @main.pkr.hcl:4:1',
      ],
    ],
    [
      'invalid names',
      'data "e-1" "2x" {\n  input = "a"\n}\n',
      [
        'E Invalid data resource name: A name must start with a letter or underscore and may contain only letters, digits, underscores, and dashes. @main.pkr.hcl:1:12',
      ],
    ],
    [
      'cycle between a data source and a local',
      'data "echo" "x" {\n  input = local.a\n}\nlocals {\n  a = data.echo.x.output\n}\n',
      [
        'E Cycle in local variables and data sources: data.echo.x -> local.a -> data.echo.x: Each of these refers to the next, so none of them can be evaluated first. Break the cycle by removing one of the references. @main.pkr.hcl:2:11',
      ],
    ],
    [
      'misspelt output gets a suggestion',
      'data "echo" "x" {\n  input = "a"\n}\nlocals {\n  a = data.echo.x.outptu\n}\n',
      ['E Unsupported attribute: This object does not have an attribute named "outptu". Did you mean "output"? @main.pkr.hcl:5:18'],
    ],
  ])('%s', async (_, src, diags) => {
    const r = await runValues(src, { plugins });
    expect(brief(r.diagnostics)).toEqual(diags);
  });

  test('a data source depending on a failed one is not executed', async () => {
    executed.length = 0;
    const r = await runValues('data "echo" "a" {\n  input = "boom"\n}\ndata "echo" "b" {\n  input = data.echo.a.output\n}\n', { plugins });
    expect(r.diagnostics.map((d) => d.summary)).toEqual(['echo failed: boom']);
    expect(executed).toEqual(['boom']);
  });

  test('an unknown type does not cascade into its users', async () => {
    const r = await runValues('data "nope" "a" {\n}\nlocals {\n  x = data.nope.a.anything\n}\n', { plugins: [] });
    expect(brief(r.diagnostics)).toEqual(['E Unknown data type nope: Kiln does not currently know any data source. @main.pkr.hcl:1:6']);
    expect(shown(r)['local.x']).toBe('unknown(any)');
  });

  test('independent data sources run concurrently; dependents wait for theirs', async () => {
    const events: string[] = [];
    const slow: DataSourcePlugin<EchoConfig> = {
      ...echo,
      type: 'slow',
      async execute(config) {
        const s = config.input.unmark().asString();
        events.push(`start ${s}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
        events.push(`end ${s}`);
        return Value.object({ output: Value.string(s) });
      },
    };
    const r = await runValues(
      'data "slow" "a" {\n  input = "a"\n}\ndata "slow" "b" {\n  input = "b"\n}\ndata "slow" "c" {\n  input = "${data.slow.a.output}c"\n}\n',
      { plugins: [slow] },
    );
    expect(r.diagnostics).toEqual([]);
    expect(events.slice(0, 3)).toEqual(['start a', 'start b', 'end a']);
    expect(events.indexOf('start ac')).toBeGreaterThan(events.indexOf('end a'));
    expect(events).toHaveLength(6);
  });
});
