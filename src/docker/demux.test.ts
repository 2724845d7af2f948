// The multiplexed-stream parser must survive frames split anywhere across chunks.
import { describe, expect, it } from 'vitest';
import { FrameDemuxer, encodeFrame, type StreamKind } from './demux.js';

function collect(chunks: Buffer[]): { out: string; err: string; order: StreamKind[] } {
  let out = '';
  let err = '';
  const order: StreamKind[] = [];
  const d = new FrameDemuxer((kind, payload) => {
    order.push(kind);
    if (kind === 'stdout') out += payload.toString();
    else err += payload.toString();
  });
  for (const c of chunks) d.push(c);
  d.end();
  return { out, err, order };
}

describe('FrameDemuxer', () => {
  const stream = Buffer.concat([encodeFrame('stdout', 'hello '), encodeFrame('stderr', 'oops\n'), encodeFrame('stdout', 'world\n')]);

  it('separates stdout and stderr from whole frames', () => {
    const r = collect([stream]);
    expect(r.out).toBe('hello world\n');
    expect(r.err).toBe('oops\n');
    expect(r.order).toEqual(['stdout', 'stderr', 'stdout']);
  });

  it('handles every split point, including inside headers', () => {
    for (let i = 0; i <= stream.length; i++) {
      const r = collect([stream.subarray(0, i), stream.subarray(i)]);
      expect(r.out).toBe('hello world\n');
      expect(r.err).toBe('oops\n');
    }
  });

  it('handles one byte at a time and empty frames', () => {
    const s = Buffer.concat([encodeFrame('stdout', ''), stream]);
    const r = collect([...s].map((b) => Buffer.from([b])));
    expect(r.out).toBe('hello world\n');
  });

  it('handles large frames', () => {
    const big = Buffer.alloc(300_000, 'x');
    const r = collect([encodeFrame('stderr', big).subarray(0, 100_000), encodeFrame('stderr', big).subarray(100_000)]);
    expect(r.err.length).toBe(300_000);
  });

  it('rejects an unknown stream type and a truncated stream', () => {
    const bad = encodeFrame('stdout', 'x');
    bad[0] = 7;
    expect(() => collect([bad])).toThrow(/unknown stream type 7/);
    expect(() => collect([stream.subarray(0, stream.length - 2)])).toThrow(/ended inside a frame/);
  });
});
