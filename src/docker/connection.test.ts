// DOCKER_HOST parsing, TLS material, query encoding and error messages.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connectionFromEnv, describeConnection, parseDockerHost } from './connection.js';
import { DockerApiError, daemonMessageOf } from './errors.js';
import { splitImageName } from './images.js';
import { queryString } from './request.js';
import { compareApiVersions, registryAuthHeader } from './system.js';

const certDir = mkdtempSync(join(tmpdir(), 'kiln-docker-certs-'));
afterAll(() => rmSync(certDir, { recursive: true, force: true }));

describe('connection options', () => {
  it('defaults to /var/run/docker.sock and API 1.41', () => {
    expect(connectionFromEnv({})).toEqual({ kind: 'unix', socketPath: '/var/run/docker.sock', apiVersion: '1.41' });
  });

  it('reads unix:// and tcp:// hosts and DOCKER_API_VERSION', () => {
    expect(connectionFromEnv({ DOCKER_HOST: 'unix:///run/x/podman.sock', DOCKER_API_VERSION: 'v1.40' })).toEqual({
      kind: 'unix',
      socketPath: '/run/x/podman.sock',
      apiVersion: '1.40',
    });
    expect(parseDockerHost('tcp://10.0.0.1:2375')).toEqual({ kind: 'tcp', host: '10.0.0.1', port: 2375, apiVersion: '1.41' });
    expect(parseDockerHost('tcp://[::1]')).toMatchObject({ host: '::1', port: 2375 });
    expect(() => parseDockerHost('ssh://me@host')).toThrow(/Unsupported DOCKER_HOST/);
  });

  it('loads TLS material from DOCKER_CERT_PATH when DOCKER_TLS_VERIFY is set', () => {
    for (const f of ['ca.pem', 'cert.pem', 'key.pem']) writeFileSync(join(certDir, f), `${f}-data`);
    const c = connectionFromEnv({ DOCKER_HOST: 'tcp://docker.example:2376', DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: certDir });
    expect(c.kind).toBe('tcp');
    if (c.kind !== 'tcp') return;
    expect(c.tls?.verify).toBe(true);
    expect(c.tls?.ca?.toString()).toBe('ca.pem-data');
    expect(c.tls?.key?.toString()).toBe('key.pem-data');
    expect(describeConnection(c)).toBe('tcp://docker.example:2376 (TLS)');
    expect(() =>
      connectionFromEnv({ DOCKER_HOST: 'tcp://h:1', DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: join(certDir, 'missing') }),
    ).toThrow(/Cannot read ca.pem/);
  });
});

describe('helpers', () => {
  it('encodes queries: repeated keys for arrays, undefined left out', () => {
    expect(queryString({ container: 'abc', changes: ['CMD ["a"]', 'ENV A=1'], tag: undefined, force: true })).toBe(
      '?container=abc&changes=CMD+%5B%22a%22%5D&changes=ENV+A%3D1&force=true',
    );
    expect(queryString({})).toBe('');
  });

  it('splits image names without mistaking a registry port for a tag', () => {
    expect(splitImageName('localhost:5000/app')).toEqual({ repo: 'localhost:5000/app' });
    expect(splitImageName('localhost:5000/app:1.2')).toEqual({ repo: 'localhost:5000/app', tag: '1.2' });
    expect(splitImageName('debian@sha256:abc')).toEqual({ repo: 'debian', tag: 'sha256:abc' });
  });

  it('extracts the daemon message and keeps the status', () => {
    expect(daemonMessageOf('{"message":"no such image"}')).toBe('no such image');
    expect(daemonMessageOf('plain text\n')).toBe('plain text');
    const e = new DockerApiError('no such image', 404, 'GET', '/images/x/json');
    expect(e.message).toBe('Docker API GET /images/x/json: 404 no such image');
    expect(e.isNotFound).toBe(true);
  });

  it('encodes X-Registry-Auth as padded URL-safe base64 and compares API versions', () => {
    const h = registryAuthHeader({ username: 'u', password: '??>' })['X-Registry-Auth'] ?? '';
    expect(h).not.toMatch(/[+/]/);
    expect(JSON.parse(Buffer.from(h.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString())).toEqual({ username: 'u', password: '??>' });
    expect(compareApiVersions('1.40', '1.41')).toBeLessThan(0);
    expect(compareApiVersions('1.9', '1.41')).toBeLessThan(0);
  });
});
