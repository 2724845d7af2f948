// HTTP to the Engine API over node:http: JSON requests, streaming bodies and responses, JSON-lines progress.
import http from 'node:http';
import https from 'node:https';
import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { type DockerConnectionOptions, describeConnection } from './connection.js';
import { DockerApiError, DockerConnectionError, daemonMessageOf } from './errors.js';

export type QueryValue = string | number | boolean | readonly string[] | undefined;

export interface DockerRequest {
  method: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'DELETE';
  /** The path without the version prefix, e.g. `/containers/create`. */
  path: string;
  query?: Readonly<Record<string, QueryValue>>;
  /** A JSON body, or a stream (sent as `contentType`, application/x-tar unless told). */
  body?: { json: unknown } | { stream: Readable; contentType?: string };
  headers?: Readonly<Record<string, string>>;
  signal: AbortSignal;
  /** Send without the `/vX.Y` prefix (used by version negotiation). */
  unversioned?: boolean;
}

/** Told about every request once its response status is known (the debug log). */
export type RequestLogger = (line: string) => void;

/** One connection to a daemon; every request goes through `send`. */
export class DockerTransport {
  private readonly agent: http.Agent;
  apiVersion: string;

  constructor(
    readonly connection: DockerConnectionOptions,
    private readonly log?: RequestLogger,
  ) {
    this.apiVersion = connection.apiVersion;
    this.agent =
      connection.kind === 'tcp' && connection.tls
        ? new https.Agent({
            keepAlive: true,
            ...(connection.tls.ca ? { ca: connection.tls.ca } : {}),
            ...(connection.tls.cert ? { cert: connection.tls.cert } : {}),
            ...(connection.tls.key ? { key: connection.tls.key } : {}),
            rejectUnauthorized: connection.tls.verify,
          })
        : new http.Agent({ keepAlive: true });
  }

  /** A line for the debug log (when one is open). */
  note(line: string): void {
    this.log?.(line);
  }

  /** Closes idle keep-alive connections. */
  close(): void {
    this.agent.destroy();
  }

  /** Sends a request; resolves with the response once its status is below 400, else rejects with DockerApiError. */
  send(req: DockerRequest): Promise<IncomingMessage> {
    req.signal.throwIfAborted();
    const path = `${req.unversioned ? '' : `/v${this.apiVersion}`}${req.path}${queryString(req.query)}`;
    const headers: Record<string, string> = { ...req.headers };
    let jsonBody: Buffer | undefined;
    if (req.body && 'json' in req.body) {
      jsonBody = Buffer.from(JSON.stringify(req.body.json));
      headers['Content-Type'] = 'application/json';
      headers['Content-Length'] = String(jsonBody.length);
    } else if (req.body) {
      headers['Content-Type'] = req.body.contentType ?? 'application/x-tar';
    }
    const c = this.connection;
    const target =
      c.kind === 'unix' ? { socketPath: c.socketPath, host: 'localhost' } : { host: c.host, port: c.port };
    const client = c.kind === 'tcp' && c.tls ? https : http;
    return new Promise<IncomingMessage>((resolve, reject) => {
      const request = client.request({ ...target, agent: this.agent, method: req.method, path, headers, signal: req.signal });
      let responded = false;
      request.on('error', (err: NodeJS.ErrnoException) => {
        // Once the daemon has answered, a broken upload (EPIPE) is not the story: the response is.
        if (responded && !req.signal.aborted) return;
        if (req.signal.aborted) reject(req.signal.reason);
        else if (err.code === 'ENOENT' || err.code === 'ECONNREFUSED' || err.code === 'EACCES') {
          reject(new DockerConnectionError(`Cannot connect to the Docker API at ${describeConnection(c)}: ${err.message}`, { cause: err }));
        } else reject(new DockerApiError(err.message, 0, req.method, req.path, { cause: err }));
      });
      const started = performance.now();
      request.on('response', (res) => {
        responded = true;
        const status = res.statusCode ?? 0;
        this.log?.(`[DEBUG] docker api: ${req.method} ${req.path} -> ${status} (${Math.round(performance.now() - started)} ms)`);
        if (status < 400) {
          // An abort after the headers must also end the body stream.
          const onAbort = (): void => void res.destroy(req.signal.reason as Error);
          req.signal.addEventListener('abort', onAbort, { once: true });
          res.once('close', () => req.signal.removeEventListener('abort', onAbort));
          resolve(res);
          return;
        }
        readText(res).then(
          (text) => reject(new DockerApiError(daemonMessageOf(text), status, req.method, req.path)),
          (err: unknown) =>
            reject(req.signal.aborted ? req.signal.reason : new DockerApiError(`status ${status}`, status, req.method, req.path, { cause: err })),
        );
      });
      if (req.body && 'stream' in req.body) {
        const source = req.body.stream;
        source.once('error', (err) => {
          request.destroy(err);
          reject(err);
        });
        request.once('close', () => source.destroy());
        source.pipe(request);
      } else {
        request.end(jsonBody);
      }
    });
  }
}

/** Sends a request and parses the JSON answer (undefined for an empty body). */
export async function requestJson<T>(t: DockerTransport, req: DockerRequest): Promise<T> {
  const text = await readText(await t.send(req));
  return (text.trim() === '' ? undefined : JSON.parse(text)) as T;
}

/** Sends a request and discards the answer. */
export async function requestVoid(t: DockerTransport, req: DockerRequest): Promise<void> {
  const res = await t.send(req);
  res.resume();
  await new Promise<void>((resolve, reject) => {
    res.once('end', resolve);
    res.once('error', reject);
  });
}

/** Sends a request and hands back the response body as a stream (tar archives, raw exec output). */
export async function requestStream(t: DockerTransport, req: DockerRequest): Promise<IncomingMessage> {
  return t.send(req);
}

/** One message of a pull/push/import/build progress stream. */
export interface ProgressMessage {
  status?: string;
  id?: string;
  progress?: string;
  progressDetail?: { current?: number; total?: number };
  stream?: string;
  aux?: Record<string, unknown>;
  error?: string;
  errorDetail?: { code?: number; message?: string };
}

/** Sends a request whose answer is a JSON-lines progress stream; an `error` line rejects. Resolves with all messages. */
export async function requestProgress(
  t: DockerTransport,
  req: DockerRequest,
  onProgress?: (m: ProgressMessage) => void,
): Promise<ProgressMessage[]> {
  const res = await t.send(req);
  const messages: ProgressMessage[] = [];
  let pending = '';
  const handle = (line: string): void => {
    if (line.trim() === '') return;
    let m: ProgressMessage;
    try {
      m = JSON.parse(line) as ProgressMessage;
    } catch (err) {
      throw new DockerApiError(`unparsable progress line ${JSON.stringify(line)}`, res.statusCode ?? 0, req.method, req.path, { cause: err });
    }
    if (m.error !== undefined || m.errorDetail?.message !== undefined) {
      throw new DockerApiError(m.error ?? m.errorDetail?.message ?? 'error', res.statusCode ?? 0, req.method, req.path);
    }
    messages.push(m);
    onProgress?.(m);
  };
  for await (const chunk of res as AsyncIterable<Buffer>) {
    pending += chunk.toString('utf8');
    let nl: number;
    while ((nl = pending.indexOf('\n')) >= 0) {
      const line = pending.slice(0, nl);
      pending = pending.slice(nl + 1);
      handle(line);
    }
  }
  handle(pending);
  return messages;
}

/** Reads a whole (small) response body as text. */
export async function readText(res: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of res as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** Encodes a query: undefined values are left out, arrays repeat the key, booleans become true/false. */
export function queryString(query: Readonly<Record<string, QueryValue>> | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value as readonly string[]) params.append(key, v);
    else params.append(key, String(value));
  }
  const s = params.toString();
  return s === '' ? '' : `?${s}`;
}

/** Path segment encoding for names and ids (image names keep their slashes and colons readable). */
export function seg(name: string): string {
  return encodeURIComponent(name).replace(/%2F/gi, '/').replace(/%3A/gi, ':');
}
