import { describe, expect, it } from 'vitest';
import { interpolate } from './evaluate.js';
import type { InterpolateContext } from './funcs.js';

const initTime = { unix: 1700000000, nanos: 0, offset: 0, zoneName: 'UTC' };

function ctx(over: Partial<InterpolateContext> = {}): InterpolateContext {
  return {
    userVariables: new Map([
      ['name', 'World'],
      ['csv', 'a,b,c'],
    ]),
    enableEnv: false,
    env: { HOME: '/home/u' },
    buildName: 'web',
    buildType: 'null',
    templatePath: '/tpl/t.json',
    cwd: '/cwd',
    packerVersion: '1.11.2',
    initTime,
    data: 'defer',
    ...over,
  };
}

const render = (t: string, over: Partial<InterpolateContext> = {}): string => {
  const r = interpolate(t, ctx(over));
  return 'error' in r ? `ERR ${r.error.message}` : r.value;
};

describe('interpolate', () => {
  it.each([
    ['plain', 'plain'],
    ['hi {{user `name`}}!', 'hi World!'],
    ['{{ user "name" | lower }}', 'world'],
    ['{{ upper (user "name") }}', 'WORLD'],
    ['{{timestamp}}', '1700000000'],
    ['{{isotime "2006-01-02"}}', '2023-11-14'],
    ['{{isotime}}', '2023-11-14T22:13:20Z'],
    ['{{build_name}}/{{build_type}}', 'web/null'],
    ['{{pwd}} {{template_dir}}', '/cwd /tpl'],
    ['{{split "a,b,c" "," 1}}', 'b'],
    ['{{ split (user `csv`) "," 2 }}', 'c'],
    ['{{replace "a" "b" 1 "aaa"}}', 'baa'],
    ['{{replace_all "a" "b" "aaa"}}', 'bbb'],
    ['{{clean_resource_name "My Image_1.0"}}', 'my-image-1-0'],
    ['{{packer_version}}', '1.11.2'],
    ['a {{- " b " -}} c', 'a b c'],
    ['x{{/* comment */}}y', 'xy'],
    ['http://{{ .HTTPIP }}:{{ .HTTPPort }}/ks.cfg', 'http://{{ .HTTPIP }}:{{ .HTTPPort }}/ks.cfg'],
    ['{{ build `ID` }}', '{{ build `ID` }}'],
  ])('%s', (t, want) => {
    expect(render(t)).toBe(want);
  });

  it('fills build data when known', () => {
    const data = new Map([
      ['HTTPIP', '10.0.0.1'],
      ['ID', 'i-1'],
    ]);
    expect(render('{{ .HTTPIP }} {{ build `ID` }}', { data })).toBe('10.0.0.1 i-1');
  });

  it('uuid is a UUID', () => {
    expect(render('{{uuid}}')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it('env only in variables', () => {
    expect(render('{{env `HOME`}}', { enableEnv: true })).toBe('/home/u');
    expect(render('{{env `HOME`}}')).toBe('ERR template: root:1:2: executing "root" at <env `HOME`>: error calling env: env vars are not allowed here');
  });

  it.each([
    ['{{ foo }}', 'template: root:1: function "foo" not defined'],
    ['a\n{{ user "x" ', 'template: root:2: unclosed action'],
    ['{{ "abc }}', 'template: root:1: unterminated quoted string'],
    ['{{ split "a" "," "x" }}', 'template: root:1:3: executing "root" at <split "a" "," "x">: wrong type for value; expected int; got string'],
    ['{{ user }}', 'template: root:1:3: executing "root" at <user>: wrong number of args for user: want 1 got 0'],
    ['{{ sed "a" "b" }}', 'template: root:1:3: executing "root" at <sed "a" "b">: error calling sed: template function `sed` is deprecated use `replace` or `replace_all` instead. Documentation: https://www.packer.io/docs/templates/engine'],
  ])('error %s', (t, want) => {
    expect(render(t)).toBe(`ERR ${want}`);
  });

  it('secret stores are unavailable', () => {
    expect(render('{{ vault "a" "b" }}')).toContain('vault is not available in kiln');
  });
});

describe("Go text/template's predefined functions (outputs checked against packer 1.6.6)", () => {
  const c = ctx();
  const cases: [string, string][] = [
    ["{{len `abc`}}", "3"],
    ["{{len `h\u00e9llo`}}", "6"],
    ["{{index `abc` 1}}", "98"],
    ["{{printf `%05d|%-5s|%5s|%x|%X|%q|%v|%t|%c` 42 `ab` `cd` `hi` 255 `q\"t` 7 true 65}}", "00042|ab   |   cd|6869|FF|\"q\\\"t\"|7|true|A"],
    ["{{printf `%d %s`}}", "%!d(MISSING) %!s(MISSING)"],
    ["{{printf `%s` 1}}", "%!s(int=1)"],
    ["{{printf `%d` `x`}}", "%!d(string=x)"],
    ["{{printf `a` 1 `b`}}", "a%!(EXTRA int=1, string=b)"],
    ["{{printf `%.2s|%+d|% d|%o|%b|%%` `abcdef` 5 6 8 5}}", "ab|+5| 6|10|101|%"],
    ["{{print 1 2 `a` 3 `b` `c` true}}", "1 2a3bctrue"],
    ["{{println 1 `a`}}", "1 a\n"],
    ["{{eq 1 1}} {{eq `a` `b` `a`}} {{ne 1 2}} {{lt 1 2}} {{le `b` `a`}} {{gt 3 2}} {{ge 2 2}}", "true true true true false true true"],
    ["{{and 1 0 2}} {{and 1 2}} {{or 0 `` `x`}} {{or 0 ``}} {{not ``}} {{not 1}}", "0 2 x  true false"],
    ["{{html `<a href=\"x\">&'</a>`}}", "&lt;a href=&#34;x&#34;&gt;&amp;&#39;&lt;/a&gt;"],
    ["{{js `a'b\"c<d>&=\\`}}", "a\\'b\\\"c\\u003Cd\\u003E\\u0026\\u003D\\\\"],
    ["{{urlquery `a b&c=d/\u00e9`}}", "a+b%26c%3Dd%2F%C3%A9"],
    ["{{printf `%v %s` nil nil}}", "<nil> %!s(<nil>)"],
    ["{{upper `x` | printf `%s!`}}", "X!"],
    ["{{printf `%q` 1}}", "'\\x01'"],
    ["{{printf `%08.3d` 7}}", "     007"],
    ["{{printf `%-08d|` 7}}", "7       |"],
    ["{{printf `%05s` `ab`}}", "000ab"],
  ];
  for (const [tpl, want] of cases) it(tpl, () => expect(interpolate(tpl, c)).toEqual({ value: want }));

  it('reports wrong argument counts and types as Go does', () => {
    expect(interpolate('{{len}}', c)).toMatchObject({ error: { message: 'template: root:1:2: executing "root" at <len>: wrong number of args for len: want 1 got 0' } });
    expect(interpolate('{{len 1}}', c)).toMatchObject({ error: { message: 'template: root:1:2: executing "root" at <len 1>: error calling len: len of type int' } });
    expect(interpolate('{{lt 1 `a`}}', c)).toMatchObject({ error: { message: expect.stringContaining('error calling lt: incompatible types for comparison') } });
    expect(interpolate('{{nil}}', c)).toMatchObject({ error: { message: expect.stringContaining('nil is not a command') } });
  });
});
