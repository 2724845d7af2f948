// The transport against a stand-in daemon on a unix socket: versioned paths, errors, progress streams, aborts, raw exec output.
import http from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trackedTempDir } from '../../test/support/temp-dirs.js';
import { createDockerClient, type DockerClient } from './client.js';
import { encodeFrame } from './demux.js';
import { DockerApiError, DockerConnectionError } from './errors.js';

const seen: { method: string; url: string; headers: http.IncomingHttpHeaders; body: string }[] = [];
let server: http.Server;
let client: DockerClient;
let socketPath: string;

beforeAll(async () => {
  socketPath = join(trackedTempDir('kiln-fake-docker-'), 'docker.sock');
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString() });
      const url = req.url ?? '';
      if (url.startsWith('/v1.41/images/missing/json')) {
        res.writeHead(404, { 'Content-Type': 'application/json' }).end('{"message":"No such image: missing"}');
      } else if (url.startsWith('/v1.41/images/create?fromImage=bad')) {
        res.writeHead(200).end('{"status":"Pulling"}\n{"errorDetail":{"message":"manifest unknown"},"error":"manifest unknown"}\n');
      } else if (url.startsWith('/v1.41/images/create')) {
        res.writeHead(200).end('{"status":"Pulling from x"}\n{"status":"Downloaded"}');
      } else if (url.startsWith('/v1.41/commit')) {
        res.writeHead(201, { 'Content-Type': 'application/json' }).end('{"Id":"sha256:abc"}');
      } else if (url.startsWith('/v1.41/exec/e1/start')) {
        res.writeHead(200, { 'Content-Type': 'application/vnd.docker.multiplexed-stream' });
        res.end(Buffer.concat([encodeFrame('stdout', 'hé'), encodeFrame('stderr', 'warn'), encodeFrame('stdout', 'llo')]));
      } else if (url.startsWith('/v1.41/containers/c1/exec')) {
        res.writeHead(201).end('{"Id":"e1"}');
      } else if (url.startsWith('/v1.41/exec/e1/json')) {
        res.writeHead(200).end('{"ID":"e1","Running":false,"ExitCode":7}');
      } else if (url.startsWith('/v1.41/slow')) {
        res.writeHead(200);
        res.write('{"status":"started"}\n'); // never ends
      } else if (url === '/_ping') {
        // A daemon that names its API version in the ping's header (Docker, podman).
        if (req.headers['x-test-no-header'] === undefined) res.setHeader('API-Version', '1.39');
        res.writeHead(200).end('OK');
      } else if (url === '/version') {
        res.writeHead(200).end('{"Version":"4.3.1","ApiVersion":"1.40","Os":"linux","Arch":"amd64"}');
      } else {
        res.writeHead(500).end('plain failure');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(socketPath, resolve));
  client = createDockerClient({ kind: 'unix', socketPath, apiVersion: '1.41' });
});

afterAll(async () => {
  client.close();
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

const signal = (): AbortSignal => AbortSignal.timeout(10_000);

describe('DockerTransport', () => {
  it('maps error statuses to DockerApiError with the daemon message', async () => {
    const err = await client.imageInspect('missing', { signal: signal() }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DockerApiError);
    expect(err).toMatchObject({ status: 404, daemonMessage: 'No such image: missing', method: 'GET' });
    await expect(client.containerStart('zzz', { signal: signal() })).rejects.toMatchObject({ status: 500, daemonMessage: 'plain failure' });
  });

  it('streams pull progress, sends X-Registry-Auth, and turns an error line into a rejection', async () => {
    const progress: string[] = [];
    await client.imagePull('debian:bookworm', { signal: signal(), auth: { username: 'u', password: 'p' }, onProgress: (m) => progress.push(m.status ?? '') });
    expect(progress).toEqual(['Pulling from x', 'Downloaded']);
    const last = seen.at(-1);
    expect(last?.url).toBe('/v1.41/images/create?fromImage=debian&tag=bookworm');
    expect(JSON.parse(Buffer.from(String(last?.headers['x-registry-auth']), 'base64').toString())).toEqual({ username: 'u', password: 'p' });
    await expect(client.imagePull('bad', { signal: signal() })).rejects.toMatchObject({ status: 200, daemonMessage: 'manifest unknown' });
  });

  it('commits with a JSON body and repeated changes parameters', async () => {
    expect(await client.containerCommit('c1', { signal: signal(), repository: 'app:1', changes: ['CMD ["x"]', 'ENV A=1'] })).toEqual({ Id: 'sha256:abc' });
    const last = seen.at(-1);
    expect(last?.url).toBe('/v1.41/commit?container=c1&repo=app&tag=1&changes=CMD+%5B%22x%22%5D&changes=ENV+A%3D1');
    expect(last?.body).toBe('{}');
    expect(last?.headers['content-type']).toBe('application/json');
  });

  it('runs an exec: demultiplexed UTF-8 output and the exit code', async () => {
    let out = '';
    let err = '';
    const r = await client.execRun('c1', { Cmd: ['/bin/sh', '-c', 'x'], User: 'nobody' }, { signal: signal(), onStdout: (s) => (out += s), onStderr: (s) => (err += s) });
    expect(r).toEqual({ exitCode: 7 });
    expect(out).toBe('héllo');
    expect(err).toBe('warn');
    expect(JSON.parse(seen.find((s) => s.url.includes('/containers/c1/exec'))?.body ?? '{}')).toMatchObject({ Cmd: ['/bin/sh', '-c', 'x'], User: 'nobody', Tty: false });
  });

  it('aborts a streaming response with the signal reason', async () => {
    const ac = new AbortController();
    const pending = client.transport.send({ method: 'GET', path: '/slow', signal: ac.signal }).then(async (res) => {
      for await (const _ of res) ac.abort(new Error('cancelled by test'));
    });
    await expect(pending).rejects.toThrow(/cancelled by test/);
  });

  it("negotiates down to an older daemon API version, from the ping's header", async () => {
    const c = createDockerClient({ kind: 'unix', socketPath, apiVersion: '1.41' });
    const before = seen.length;
    expect(await c.negotiateApiVersion({ signal: signal() })).toBe('1.39');
    expect(seen.slice(before).map((s) => s.url)).toEqual(['/_ping']);
    c.close();
  });

  it('negotiates from /version when the ping names no API version', async () => {
    const c = createDockerClient({ kind: 'unix', socketPath, apiVersion: '1.41' });
    const send = c.transport.send.bind(c.transport);
    c.transport.send = (req) => send({ ...req, headers: { ...req.headers, 'x-test-no-header': '1' } });
    expect(await c.negotiateApiVersion({ signal: signal() })).toBe('1.40');
    c.close();
  });

  it('reports an unreachable socket as a connection error', async () => {
    const c = createDockerClient({ kind: 'unix', socketPath: join(socketPath, '..', 'nope.sock'), apiVersion: '1.41' });
    await expect(c.ping({ signal: signal() })).rejects.toBeInstanceOf(DockerConnectionError);
    c.close();
  });
});
