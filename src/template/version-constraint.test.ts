import { describe, expect, it } from 'vitest';
import { checkConstraints, compareGoVersions, parseConstraints, parseGoVersion, type VersionConstraint } from './version-constraint.js';

function constraints(text: string): VersionConstraint[] {
  const r = parseConstraints(text);
  if ('error' in r) throw new Error(r.error);
  return r.constraints;
}

describe('parseConstraints (go-version TestNewConstraint)', () => {
  it.each([
    ['>= 1.2', 1, false],
    ['1.0', 1, false],
    ['>= 1.x', 0, true],
    ['>= 1.2, < 1.0', 2, false],
    ['11387778780781445675529500000000000000000', 0, true],
  ] as const)('%s', (input, count, err) => {
    const r = parseConstraints(input);
    expect('error' in r).toBe(err);
    if (!('error' in r)) expect(r.constraints).toHaveLength(count);
  });
});

describe('checkConstraints (go-version TestConstraintCheck)', () => {
  it.each([
    ['>= 1.0, < 1.2', '1.1.5', true],
    ['< 1.0, < 1.2', '1.1.5', false],
    ['= 1.0', '1.1.5', false],
    ['= 1.0', '1.0.0', true],
    ['1.0', '1.0.0', true],
    ['~> 1.0', '2.0', false],
    ['~> 1.0', '1.1', true],
    ['~> 1.0', '1.2.3', true],
    ['~> 1.0.0', '1.2.3', false],
    ['~> 1.0.0', '1.0.7', true],
    ['~> 1.0.0', '1.1.0', false],
    ['~> 1.0.7', '1.0.4', false],
    ['~> 1.0.7', '1.0.7', true],
    ['~> 1.0.7', '1.0.8', true],
    ['~> 1.0.7', '1.0.7.5', true],
    ['~> 1.0.7', '1.0.6.99', false],
    ['~> 1.0.7', '1.0.8.0', true],
    ['~> 1.0.9.5', '1.0.9.5', true],
    ['~> 1.0.9.5', '1.0.9.4', false],
    ['~> 1.0.9.5', '1.0.9.6', true],
    ['~> 1.0.9.5', '1.0.9.5.0', true],
    ['~> 1.0.9.5', '1.0.9.5.1', true],
    ['~> 2.0', '2.1.0-beta', false],
    ['~> 2.1.0-a', '2.2.0', false],
    ['~> 2.1.0-a', '2.1.0', false],
    ['~> 2.1.0-a', '2.1.0-beta', true],
    ['~> 2.1.0-a', '2.2.0-alpha', false],
    ['> 2.0', '2.1.0-beta', false],
    ['>= 2.1.0-a', '2.1.0-beta', true],
    ['>= 2.1.0-a', '2.1.1-beta', false],
    ['>= 2.0.0', '2.1.0-beta', false],
    ['>= 2.1.0-a', '2.1.1', true],
    ['>= 2.1.0-a', '2.1.1-beta', false],
    ['>= 2.1.0-a', '2.1.0', true],
    ['<= 2.1.0-a', '2.0.0', true],
    ['!= 1.5', '1.5.0', false],
    ['!= 1.5', '1.6.0', true],
    ['~> 1.2', '1.11.2', true],
    ['>= 1.2.0, < 2', '1.11.2', true],
    ['v1.11.2', '1.11.2', true],
  ] as const)('%s against %s', (c, v, want) => {
    const version = parseGoVersion(v);
    expect(version).toBeDefined();
    if (version) expect(checkConstraints(constraints(c), version)).toBe(want);
  });
});

describe('compareGoVersions', () => {
  it.each([
    ['1.2.3', '1.4.5', -1],
    ['1.2-beta', '1.2-beta', 0],
    ['1.2', '1.1.4', 1],
    ['1.2', '1.2-beta', 1],
    ['1.2+foo', '1.2+beta', 0],
    ['1.0.0-alpha', '1.0.0-alpha.1', -1],
    ['1.0.0-alpha.1', '1.0.0-alpha.beta', -1],
    ['1.0.0-beta.2', '1.0.0-beta.11', -1],
    ['1.0.0-rc.1', '1.0.0', -1],
    ['1.0.0.0', '1.0', 0],
  ] as const)('%s vs %s', (a, b, want) => {
    const va = parseGoVersion(a);
    const vb = parseGoVersion(b);
    if (!va || !vb) throw new Error('parse');
    expect(compareGoVersions(va, vb)).toBe(want);
  });
  it('rejects malformed versions', () => {
    expect(parseGoVersion('1.x')).toBeUndefined();
    expect(parseGoVersion('')).toBeUndefined();
  });
});
