import { describe, expect, it } from 'vitest';
import { compileGlob } from './build-glob.js';

function matches(pattern: string, name: string): boolean {
  const g = compileGlob(pattern);
  if ('error' in g) throw new Error(g.error);
  return g.re.test(name);
}

describe('compileGlob', () => {
  it.each([
    ['docker.web', 'docker.web', true],
    ['docker.*', 'docker.web', true],
    ['docker.*', 'mybuild.docker.web', false],
    ['*.docker.web', 'mybuild.docker.web', true],
    ['*web', 'mybuild.docker.web', true],
    ['null.?', 'null.a', true],
    ['null.?', 'null.ab', false],
    ['null.[ab]', 'null.b', true],
    ['null.[!ab]', 'null.b', false],
    ['null.[a-c]x', 'null.cx', true],
    ['{docker,null}.*', 'null.x', true],
    ['{docker,null}.*', 'file.x', false],
    ['a\\*b', 'a*b', true],
    ['a\\*b', 'axb', false],
    ['a+b(c)', 'a+b(c)', true],
    ['my-app.*', 'my-app.null.my-src', true],
    ['*.my-src', 'my-app.null.my-src', true],
    ['[m]y-app.*', 'my-app.null.x', true],
    ['shell-local', 'shell-local', true],
    ['a\\-b', 'a-b', true],
    ['a/b', 'a/b', true],
  ] as const)('%s ~ %s', (p, n, want) => {
    expect(matches(p, n)).toBe(want);
  });
  it('rejects malformed patterns', () => {
    expect('error' in compileGlob('[abc')).toBe(true);
    expect('error' in compileGlob('{a,b')).toBe(true);
  });
});
