// Splits Docker's multiplexed stdout/stderr stream (8-byte frame headers, used when Tty=false).

export type StreamKind = 'stdin' | 'stdout' | 'stderr';
const KINDS: readonly StreamKind[] = ['stdin', 'stdout', 'stderr'];

/**
 * A push parser for the raw stream: each frame is [kind, 0, 0, 0, size (uint32 BE)] then `size` bytes.
 * Chunks may split headers and payloads anywhere.
 */
export class FrameDemuxer {
  private header = Buffer.alloc(8);
  private headerFill = 0;
  private remaining = 0;
  private kind: StreamKind = 'stdout';

  constructor(private readonly onFrame: (kind: StreamKind, payload: Buffer) => void) {}

  push(chunk: Buffer): void {
    let at = 0;
    while (at < chunk.length) {
      if (this.remaining === 0) {
        const take = Math.min(8 - this.headerFill, chunk.length - at);
        chunk.copy(this.header, this.headerFill, at, at + take);
        this.headerFill += take;
        at += take;
        if (this.headerFill < 8) return;
        this.headerFill = 0;
        const kind = KINDS[this.header[0] ?? 9];
        if (kind === undefined) throw new Error(`Malformed Docker stream: unknown stream type ${this.header[0]}`);
        this.kind = kind;
        this.remaining = this.header.readUInt32BE(4);
        continue;
      }
      const take = Math.min(this.remaining, chunk.length - at);
      this.onFrame(this.kind, chunk.subarray(at, at + take));
      this.remaining -= take;
      at += take;
    }
  }

  /** Throws when the stream ended inside a frame. */
  end(): void {
    if (this.headerFill !== 0 || this.remaining !== 0) throw new Error('Malformed Docker stream: it ended inside a frame');
  }
}

/** Encodes one frame (used by tests and stand-ins). */
export function encodeFrame(kind: StreamKind, payload: Buffer | string): Buffer {
  const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
  const header = Buffer.alloc(8);
  header[0] = KINDS.indexOf(kind);
  header.writeUInt32BE(body.length, 4);
  return Buffer.concat([header, body]);
}
