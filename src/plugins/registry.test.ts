import { expect, test } from 'vitest';
import { createDefaultRegistry, isDataSourcePlugin, unknownTypeDetail } from './registry.js';

test('the default registry lists every built-in type, sorted', () => {
  const r = createDefaultRegistry();
  expect(r.types('builder')).toEqual(['docker', 'file', 'null']);
  expect(r.types('provisioner')).toEqual(['breakpoint', 'file', 'shell', 'shell-local']);
  expect(r.types('post-processor')).toEqual(['artifice', 'checksum', 'compress', 'docker-import', 'docker-push', 'docker-save', 'docker-tag', 'manifest', 'shell-local']);
  expect(r.types('datasource')).toEqual(['http', 'null']);
});

test('get returns the plugin once built, and undefined for unknown types', () => {
  const r = createDefaultRegistry();
  const p = r.get('provisioner', 'shell');
  expect(p?.type).toBe('shell');
  expect(r.get('provisioner', 'shell')).toBe(p);
  expect(r.get('builder', 'shell')).toBeUndefined();
  expect(isDataSourcePlugin(r.get('datasource', 'http')!)).toBe(true);
  expect(isDataSourcePlugin(p!)).toBe(false);
});

test('unknown type detail', () => {
  const r = createDefaultRegistry();
  expect(unknownTypeDetail(r, 'builder', 'nul')).toBe(
    'The builder type "nul" is not known to Kiln. Available builder types: docker, file, null. Did you mean "null"? (Planned: amazon-ebs, qemu, vagrant.)',
  );
  expect(unknownTypeDetail(r, 'builder', 'qemu')).toBe(
    'The builder type "qemu" is not known to Kiln. Available builder types: docker, file, null. Support for "qemu" is planned but not available yet.',
  );
});
