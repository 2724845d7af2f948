import { describe, expect, it } from 'vitest';
import { callText } from './call-for-test.js';
import { makeEnvFunction, packerFunctions as f } from './packer.js';

describe('legacy_isotime and legacy_strftime', () => {
  it('default to the build start time in RFC 3339', () => {
    const a = callText(f.legacy_isotime);
    expect(a).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(callText(f.legacy_strftime)).toBe(a);
  });
  it('format one fixed instant with Go layouts and strftime directives', () => {
    const iso = callText(f.legacy_isotime);
    expect(callText(f.legacy_isotime, '2006-01-02')).toBe(iso.slice(0, 10));
    expect(callText(f.legacy_strftime, '%Y-%m-%d')).toBe(iso.slice(0, 10));
    expect(callText(f.legacy_strftime, '%H:%M:%S')).toBe(iso.slice(11, 19));
  });
  it('accept at most one format', () => {
    expect(callText(f.legacy_isotime, 'a', 'b')).toBe('error: too many values, 1 needed: [{{{{} 83}} a} {{{{} 83}} b}]');
  });
});

describe('secret stores', () => {
  it.each([
    ['aws_secretsmanager', ['name', 'key'], 'AWS Secrets Manager'],
    ['aws_secretsmanager_raw', ['name'], 'AWS Secrets Manager'],
    ['vault', ['secret/x', 'key'], 'HashiCorp Vault'],
    ['consul_key', ['k'], 'Consul'],
  ])('%s explains it is unavailable', (name, args, service) => {
    expect(callText(f[name], ...args)).toBe(
      `error: ${name} is not available yet in kiln (it would read a secret from ${service} over the network)`,
    );
  });
});

describe('env', () => {
  it('reads the environment, "" when unset', () => {
    const env = makeEnvFunction({ KILN_X: 'y' });
    expect(callText(env, 'KILN_X')).toBe('y');
    expect(callText(env, 'KILN_UNSET')).toBe('');
  });
});
