import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { brief, decodeHcl } from '../../test-support.js';
import { httpDataSourceSchema } from './config.js';
import { canonicalHeaderKey } from './fetch.js';
import { httpDataSource } from './index.js';

let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/missing') {
      res.statusCode = 404;
      res.end('nope');
      return;
    }
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      res.setHeader('Content-Type', 'text/plain');
      res.setHeader('x-echo-method', req.method ?? '');
      res.setHeader('x-echo-auth', req.headers['authorization'] ?? '');
      res.end(`body:${body}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const signal = () => new AbortController().signal;

describe('http data source', () => {
  test('config validation', () => {
    expect(brief(decodeHcl(httpDataSourceSchema, 'url = "https://example.com"\n').diagnostics)).toEqual([]);
    expect(decodeHcl(httpDataSourceSchema, 'url = "u"\n').value).toMatchObject({ method: 'GET', request_headers: {} });
    expect(brief(decodeHcl(httpDataSourceSchema, '').diagnostics)).toEqual(['E Invalid configuration: the `url` must be specified @1:1']);
    expect(brief(decodeHcl(httpDataSourceSchema, 'url = "u"\nmethod = "get"\n').diagnostics)).toEqual([
      'E Invalid configuration: the `method` must be one of [HEAD GET POST PUT DELETE OPTIONS PATCH] @2:10',
    ]);
  });

  test('fetches body and response headers', async () => {
    const cfg = decodeHcl(httpDataSourceSchema, `url = "${base}/x"\nmethod = "POST"\nrequest_body = "hi"\nrequest_headers = { Authorization = "Bearer t" }\n`).value!;
    const out = await httpDataSource.execute(cfg, { signal: signal() });
    const attrs = out.attributes();
    expect(attrs.get('url')!.asString()).toBe(`${base}/x`);
    expect(attrs.get('body')!.asString()).toBe('body:hi');
    const headers = attrs.get('request_headers')!.attributes();
    expect(headers.get('Content-Type')!.asString()).toBe('text/plain');
    expect(headers.get('X-Echo-Method')!.asString()).toBe('POST');
    expect(headers.get('X-Echo-Auth')!.asString()).toBe('Bearer t');
  });

  test('non-2xx is an error naming the code and URL', async () => {
    const cfg = decodeHcl(httpDataSourceSchema, `url = "${base}/missing"\n`).value!;
    await expect(httpDataSource.execute(cfg, { signal: signal() })).rejects.toThrow(`HTTP request error. Response code: 404 (GET ${base}/missing)`);
  });

  test('connection failure names the URL', async () => {
    const cfg = decodeHcl(httpDataSourceSchema, 'url = "http://127.0.0.1:1/x"\n').value!;
    await expect(httpDataSource.execute(cfg, { signal: signal() })).rejects.toThrow(/^HTTP GET http:\/\/127\.0\.0\.1:1\/x failed: /);
  });

  test('abort', async () => {
    const ac = new AbortController();
    ac.abort();
    const cfg = decodeHcl(httpDataSourceSchema, `url = "${base}/x"\n`).value!;
    await expect(httpDataSource.execute(cfg, { signal: ac.signal })).rejects.toThrow(/failed/);
  });

  test('canonical header keys', () => {
    expect(['content-type', 'x-a-b', 'etag'].map(canonicalHeaderKey)).toEqual(['Content-Type', 'X-A-B', 'Etag']);
  });
});
