// Performs the http data source's request with node's fetch, with Packer's outputs and clear errors.
import { mapOf, objectOf, StringType } from '../../../hcl/value/type.js';
import { Value } from '../../../hcl/value/value.js';
import type { HttpDataSourceConfig } from './config.js';

/** The outputs, as Packer names them: `request_headers` holds the *response* headers (a Packer quirk kept for compatibility). */
export const httpOutputType = objectOf({ url: StringType, body: StringType, request_headers: mapOf(StringType) });

/** Go's http.CanonicalHeaderKey: "content-type" → "Content-Type". */
export function canonicalHeaderKey(k: string): string {
  return k
    .split('-')
    .map((p) => (p === '' ? p : p[0]!.toUpperCase() + p.slice(1).toLowerCase()))
    .join('-');
}

export class HttpDataSourceError extends Error {
  constructor(
    message: string,
    readonly url: string,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'HttpDataSourceError';
  }
}

function causeText(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  const cause = (e as Error & { cause?: unknown }).cause;
  if (cause instanceof Error && cause.message !== '') return `${e.message}: ${cause.message}`;
  return e.message;
}

export async function executeHttp(config: HttpDataSourceConfig, signal: AbortSignal): Promise<Value> {
  const url = config.url ?? '';
  const method = config.method === '' ? 'GET' : config.method;
  const headers = new Headers();
  for (const [k, v] of Object.entries(config.request_headers)) headers.set(k, v);
  let resp: Response;
  try {
    const init: RequestInit = { method, headers, signal, redirect: 'follow' };
    if (config.request_body !== undefined && config.request_body !== '') init.body = config.request_body;
    resp = await fetch(url, init);
  } catch (e) {
    throw new HttpDataSourceError(`HTTP ${method} ${url} failed: ${causeText(e)}`, url, undefined, { cause: e });
  }
  if (resp.status < 200 || resp.status >= 300) {
    await resp.body?.cancel().catch(() => undefined);
    throw new HttpDataSourceError(`HTTP request error. Response code: ${resp.status} (${method} ${url})`, url, resp.status);
  }
  let body: string;
  try {
    body = await resp.text();
  } catch (e) {
    throw new HttpDataSourceError(`HTTP ${method} ${url} failed while reading the response body: ${causeText(e)}`, url, resp.status, { cause: e });
  }
  const respHeaders = new Map<string, string[]>();
  resp.headers.forEach((v, k) => {
    const key = canonicalHeaderKey(k);
    respHeaders.set(key, [...(respHeaders.get(key) ?? []), v]);
  });
  const headerValues = new Map<string, Value>();
  for (const [k, vs] of respHeaders) headerValues.set(k, Value.string(vs.join(', ')));
  return Value.object({
    url: Value.string(url),
    body: Value.string(body),
    request_headers: Value.map(headerValues, StringType),
  });
}
