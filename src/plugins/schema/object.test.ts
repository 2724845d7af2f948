import { describe, expect, test } from 'vitest';
import { StringType, listOf } from '../../hcl/value/type.js';
import { Value } from '../../hcl/value/value.js';
import { brief, decodeHcl, decodeLegacyJson } from '../test-support.js';
import {
  any,
  atMostOneOf,
  block,
  blocks,
  bool,
  duration,
  enumOf,
  exactlyOneOf,
  list,
  map,
  number,
  object,
  optional,
  requiredWith,
  rule,
  string,
  unknownFieldsOf,
  type Infer,
} from './index.js';

const disk = object({ device_name: string(), volume_size: optional(number({ int: true })) });
const schema = object({
  name: string(),
  count: optional(number({ int: true, min: 1, max: 5 })),
  ratio: optional(number(), 0.5),
  on: optional(bool(), false),
  wait: optional(duration()),
  tags: optional(list(string()), []),
  env: optional(map(string()), {}),
  mode: optional(enumOf('fast', 'slow')),
  raw: optional(any()),
  point: optional(object({ x: number(), y: optional(number(), 0) })),
  disk: blocks(disk),
  launch: block(object({ zone: optional(string()) })),
});
type Config = Infer<typeof schema>;

describe('object(): decoding every field kind from HCL', () => {
  test('values, defaults and nested blocks', () => {
    const r = decodeHcl(
      schema,
      `name = "a"
count = 3
ratio = 1.25
on = true
wait = "1m30s"
tags = ["x", "y"]
env = { A = "1", B = 2 }
mode = "fast"
raw = { any = [1, "two"] }
point = { x = 1 }
disk {
  device_name = "/dev/sda"
  volume_size = 8
}
disk {
  device_name = "/dev/sdb"
}
launch {
  zone = "z"
}
`,
    );
    expect(brief(r.diagnostics)).toEqual([]);
    const v = r.value!;
    expect(v).toMatchObject({
      name: 'a',
      count: 3,
      ratio: 1.25,
      on: true,
      wait: 90000,
      tags: ['x', 'y'],
      env: { A: '1', B: '2' },
      mode: 'fast',
      point: { x: 1, y: 0 },
      disk: [{ device_name: '/dev/sda', volume_size: 8 }, { device_name: '/dev/sdb' }],
      launch: { zone: 'z' },
    });
    expect(v.raw).toBeInstanceOf(Value);
    const typed: Config = v;
    expect(typed.disk.length).toBe(2);
  });

  test('absent optional fields take their defaults; blocks default to []', () => {
    const r = decodeHcl(schema, 'name = "a"\n');
    expect(r.value).toEqual({ name: 'a', ratio: 0.5, on: false, tags: [], env: {}, disk: [] });
  });

  test('defaults are copied, not shared between decodes', () => {
    const a = decodeHcl(schema, 'name = "a"\n').value!;
    a.tags.push('mutated');
    expect(decodeHcl(schema, 'name = "a"\n').value!.tags).toEqual([]);
  });

  test('null counts as absent', () => {
    expect(decodeHcl(schema, 'name = "a"\nratio = null\n').value!.ratio).toBe(0.5);
    expect(brief(decodeHcl(schema, 'name = null\n').diagnostics)).toEqual([
      'E Missing required argument: The argument "name" is required, but no definition was found. @1:8',
    ]);
  });

  test('sensitive marks are dropped from decoded values', () => {
    const r = decodeHcl(schema, 'name = var.s\n', { var: Value.object({ s: Value.string('pw').mark('sensitive') }) });
    expect(r.value!.name).toBe('pw');
  });
});

describe('object(): errors point at the attribute', () => {
  const cases: [string, string, string[]][] = [
    ['missing required', 'count = 1\n', ['E Missing required argument: The argument "name" is required, but no definition was found. @1:1']],
    ['unsupported with did-you-mean', 'name = "a"\ncont = 1\n', ['E Unsupported argument: An argument named "cont" is not expected here. Did you mean "count"? @2:1']],
    ['wrong type', 'name = ["a"]\n', ['E Incorrect attribute value type: Inappropriate value for attribute "name": string required, but have tuple. @1:8']],
    ['list element type', 'name = "a"\ntags = [["x"]]\n', ['E Incorrect attribute value type: Inappropriate value for attribute "tags": element 0: string required, but have tuple. @2:8']],
    ['int required', 'name = "a"\ncount = 1.5\n', ['E Incorrect attribute value type: Inappropriate value for attribute "count": a whole number is required. @2:9']],
    ['range', 'name = "a"\ncount = 9\n', ['E Invalid value: Inappropriate value for attribute "count": must be between 1 and 5. @2:9']],
    ['duration', 'name = "a"\nwait = "soon"\n', ['E Invalid duration: Inappropriate value for attribute "wait": time: invalid duration "soon". @2:8']],
    ['enum', 'name = "a"\nmode = "medium"\n', ['E Invalid value: Inappropriate value for attribute "mode": "medium" is not valid; expected one of "fast", "slow". @2:8']],
    ['null in list', 'name = "a"\ntags = ["a", null]\n', ['E Incorrect attribute value type: Inappropriate value for attribute "tags": element 1: null value is not allowed. @2:8']],
    ['nested block field', 'name = "a"\ndisk {\n  volume_size = 1\n}\n', ['E Missing required argument: The argument "device_name" is required, but no definition was found. @2:6']],
    [
      'duplicate single block',
      'name = "a"\nlaunch {}\nlaunch {}\n',
      ['E Duplicate launch block: Only one block of type "launch" is allowed. Previous definition was at test.pkr.hcl:2,1-7. @3:1'],
    ],
  ];
  test.each(cases)('%s', (_name, src, want) => {
    const r = decodeHcl(schema, src);
    expect(brief(r.diagnostics)).toEqual(want);
    expect(r.value).toBeUndefined();
  });

  test('evaluation errors are passed through', () => {
    const r = decodeHcl(schema, 'name = nope.x\n', { var: Value.object({}) });
    expect(brief(r.diagnostics)).toEqual(['E Unknown variable: There is no variable named "nope". @1:8']);
  });

  test('the type error carries the expression for "with ..." lines and a context range', () => {
    const d = decodeHcl(schema, 'name = ["a"]\n').diagnostics[0]!;
    expect(d.expression).toBeDefined();
    expect(d.context?.start.column).toBe(1);
  });
});

describe('object(): unknown values (validate time)', () => {
  test('unknown values decode without errors and are recorded', () => {
    const vars = { build: Value.object({ ID: Value.unknown(StringType), L: Value.unknown(listOf(StringType)) }) };
    const r = decodeHcl(schema, 'name = build.ID\ntags = build.L\nmode = build.ID\nwait = "${build.ID}s"\n', vars);
    expect(brief(r.diagnostics)).toEqual([]);
    expect(r.value!.name).toBeUndefined();
    expect(r.value!.tags).toBeUndefined();
    expect([...unknownFieldsOf(r.value!)].sort()).toEqual(['mode', 'name', 'tags', 'wait']);
  });

  test('a list with an unknown element is unknown as a whole', () => {
    const vars = { build: Value.object({ ID: Value.unknown(StringType) }) };
    const r = decodeHcl(schema, 'name = "a"\ntags = ["x", build.ID]\n', vars);
    expect(unknownFieldsOf(r.value!).has('tags')).toBe(true);
  });
});

describe('checks', () => {
  const s = object({
    inline: optional(list(string())),
    script: optional(string()),
    scripts: optional(list(string())),
    user: optional(string()),
    password: optional(string()),
  }).check(
    exactlyOneOf(['inline', 'script', 'scripts']),
    requiredWith('password', ['user']),
    rule(['user'], (c) => (c.user === 'root' ? 'user must not be root' : undefined)),
  );

  const cases: [string, string, string[]][] = [
    ['ok', 'script = "a"\n', []],
    ['none', 'user = "u"\n', ['E Invalid configuration: One of "inline", "script" or "scripts" must be set. @1:1']],
    ['two: points at the second', 'script = "a"\ninline = ["b"]\n', ['E Invalid configuration: Only one of "inline", "script" or "scripts" may be set. @2:10']],
    ['requiredWith', 'script = "a"\npassword = "p"\n', ['E Invalid configuration: "user" must be set when "password" is set. @2:12']],
    ['rule', 'script = "a"\nuser = "root"\n', ['E Invalid configuration: user must not be root @2:8']],
  ];
  test.each(cases)('%s', (_n, src, want) => {
    expect(brief(decodeHcl(s, src).diagnostics)).toEqual(want);
  });

  test('unknown fields count as set and skip rules', () => {
    const vars = { build: Value.object({ X: Value.unknown(StringType) }) };
    expect(brief(decodeHcl(s, 'script = build.X\nuser = build.X\n', vars).diagnostics)).toEqual([]);
  });

  test('atMostOneOf', () => {
    const t = object({ a: optional(string()), b: optional(string()) }).check(atMostOneOf(['a', 'b']));
    expect(brief(decodeHcl(t, '').diagnostics)).toEqual([]);
    expect(brief(decodeHcl(t, 'b = "1"\na = "2"\n').diagnostics)).toEqual(['E Invalid configuration: Only one of "a" or "b" may be set. @2:5']);
  });

  test('checks do not run when decoding already failed', () => {
    expect(brief(decodeHcl(s, 'script = ["x"]\n').diagnostics)).toHaveLength(1);
  });
});

describe('extend', () => {
  test('adds fields and keeps checks', () => {
    const base = object({ a: optional(string()) }).check(exactlyOneOf(['a']));
    const more = base.extend({ b: optional(number(), 1) });
    expect(more.attributeNames).toEqual(['a', 'b']);
    expect(decodeHcl(more, 'a = "x"\n').value).toEqual({ a: 'x', b: 1 });
    expect(decodeHcl(more, '').diagnostics).toHaveLength(1);
  });
});

describe('legacy JSON (decodeAttributes): weak typing as mapstructure', () => {
  test('weakly typed values', () => {
    const r = decodeLegacyJson(schema, '{"name": 12, "count": "3", "on": "1", "tags": "single", "env": {"A": true}, "wait": "2s", "disk": {"device_name": "d"}}');
    expect(brief(r.diagnostics)).toEqual([]);
    expect(r.value).toMatchObject({ name: '12', count: 3, on: true, tags: ['single'], env: { A: '1' }, wait: 2000, disk: [{ device_name: 'd' }] });
  });

  test('bool spellings of strconv.ParseBool', () => {
    for (const [s, b] of [['t', true], ['FALSE', false], ['0', false], ['', false]] as const) {
      expect(decodeLegacyJson(schema, `{"name": "a", "on": ${JSON.stringify(s)}}`).value!.on).toBe(b);
    }
  });

  test('errors carry JSON line numbers', () => {
    const r = decodeLegacyJson(schema, '{\n  "name": "a",\n  "cont": 1,\n  "on": "maybe",\n  "disk": [{"device": "x"}]\n}');
    expect(brief(r.diagnostics)).toEqual([
      'E Unsupported argument: An argument named "cont" is not expected here. Did you mean "count"? @3:3',
      'E Incorrect attribute value type: Inappropriate value for attribute "on": a bool is required. @4:9',
      'E Unsupported argument: An argument named "device" is not expected here. @5:11',
      'E Missing required argument: The argument "device_name" is required, but no definition was found. @5:11',
    ]);
  });

  test('`type` and unknown `packer_*` keys are ignored, as config.Decode does', () => {
    expect(brief(decodeLegacyJson(schema, '{"type": "x", "name": "a", "packer_whatever": 1}').diagnostics)).toEqual([]);
  });

  test('missing required argument points at the object', () => {
    expect(brief(decodeLegacyJson(schema, '{}').diagnostics)).toEqual([
      'E Missing required argument: The argument "name" is required, but no definition was found. @1:1',
    ]);
  });
});
