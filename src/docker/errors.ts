// Errors from the Docker Engine API: the HTTP status and the daemon's own message.

/** A request the daemon answered with an error status (or an error inside a progress stream, status 200). */
export class DockerApiError extends Error {
  override readonly name = 'DockerApiError';
  constructor(
    /** The daemon's message (`{"message": …}`), or the raw body when it is not JSON. */
    readonly daemonMessage: string,
    readonly status: number,
    readonly method: string,
    readonly path: string,
    options?: { cause?: unknown },
  ) {
    super(`Docker API ${method} ${path}: ${status ? `${status} ` : ''}${daemonMessage}`, options);
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }
}

/** A failure to reach the daemon at all (socket missing, connection refused, TLS failure). */
export class DockerConnectionError extends Error {
  override readonly name = 'DockerConnectionError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Extracts the daemon's message from an error body (`{"message": "…"}`), falling back to the text. */
export function daemonMessageOf(body: string): string {
  const text = body.trim();
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed !== null && typeof parsed === 'object' && 'message' in parsed && typeof parsed.message === 'string') {
      return parsed.message;
    }
  } catch {
    // not JSON: use the text as it is
  }
  return text === '' ? '(no message)' : text;
}
