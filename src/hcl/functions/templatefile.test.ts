import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, callText } from './call-for-test.js';
import type { AnyHclFunction, HclFunction } from './function.js';
import { stringFunctions } from './string.js';
import { makeTemplateFileFunction } from './templatefile.js';
import { Value } from '../value/value.js';

let dir: string;
let templatefile: HclFunction;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kiln-tpl-'));
  const files: Record<string, string> = {
    'hello.tmpl': 'Hello, ${name}!',
    'list.tmpl': '%{ for x in list ~}\n- ${x}\n%{ endfor ~}\n',
    'func.tmpl': 'The items are ${join(", ", list)}',
    'bare.tmpl': '${val}',
    'upper.tmpl': '${upper(name)}',
    'recursive.tmpl': '${templatefile("recursive.tmpl", {})}',
    'broken.tmpl': '${',
    'unknown-fn.tmpl': '${nope()}',
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const functions = new Map<string, AnyHclFunction>(Object.entries(stringFunctions));
  templatefile = makeTemplateFileFunction({ baseDir: dir }, () => functions);
  functions.set('templatefile', templatefile);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const obj = (attrs: Record<string, Value>) => Value.object(attrs);
const strs = (...xs: string[]) => Value.tuple(xs.map((x) => Value.string(x)));

describe('templatefile', () => {
  it.each([
    ['hello.tmpl', obj({ name: Value.string('Jodie') }), 'Hello, Jodie!'],
    ['hello.tmpl', Value.map({ name: Value.string('Jimbo') }), 'Hello, Jimbo!'],
    ['list.tmpl', obj({ list: strs('a', 'b', 'c') }), '- a\n- b\n- c\n'],
    ['func.tmpl', obj({ list: strs('a', 'b', 'c') }), 'The items are a, b, c'],
    ['upper.tmpl', obj({ name: Value.string('x') }), 'X'],
  ])('templatefile(%j, ...)', (path, vars, want) => {
    expect(callText(templatefile, path, vars)).toBe(want);
  });

  it('returns the value of a lone interpolation unchanged', () => {
    const r = call(templatefile, 'bare.tmpl', obj({ val: Value.bool(true) }));
    expect('value' in r && r.value.asBool()).toBe(true);
  });

  it.each([
    ['hello.tmpl', obj({}), 'error: arg 1: vars map does not contain key "name", referenced at hello.tmpl:1,10-14'],
    ['hello.tmpl', Value.string('x'), 'error: arg 1: invalid vars value: must be a map'],
    [
      'hello.tmpl',
      obj({ name: Value.string('a'), 'not-ok!': Value.string('b') }),
      'error: arg 1: invalid template variable name "not-ok!": must start with a letter, followed by zero or more letters, digits, and underscores',
    ],
    ['nope.tmpl', obj({}), () => `error: no file exists at ${dir}/nope.tmpl`],
    [
      'recursive.tmpl',
      obj({}),
      'error: recursive.tmpl:1,3-16: Error in function call; Call to function "templatefile" failed: cannot recursively call templatefile from inside templatefile call.',
    ],
  ])('templatefile(%j, ...) fails', (path, vars, want) => {
    expect(callText(templatefile, path, vars)).toBe(typeof want === 'function' ? want() : want);
  });

  it('reports template syntax errors as one error text', () => {
    expect(callText(templatefile, 'broken.tmpl', obj({}))).toMatch(/^error: broken\.tmpl:1,\d+-\d+: /);
  });
});
