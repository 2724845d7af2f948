// Block-parallel compression (pigz's idea): the input is cut into blocks compressed concurrently, each into a
// self-contained member (a gzip member or an lz4 frame); their concatenation, in input order, is a valid stream.
import { availableParallelism } from 'node:os';

/**
 * Compresses one block, given as the input's chunks (not joined: copying a gigabyte costs more than it saves), into
 * one member, returned as chunks too.
 */
export type BlockCompressor = (block: readonly Buffer[], signal: AbortSignal) => Promise<readonly Buffer[]>;

export interface ParallelBlocksOptions {
  /** Blocks in flight at once; defaults to the number of cores. */
  parallel?: number;
  blockSize: number;
  signal: AbortSignal;
}

/** Yields the compressed members of `source`, in order, keeping `parallel` blocks in flight. */
export async function* compressBlocks(source: AsyncIterable<Buffer>, compress: BlockCompressor, opts: ParallelBlocksOptions): AsyncGenerator<Buffer> {
  const parallel = Math.max(1, opts.parallel ?? availableParallelism());
  const { blockSize, signal } = opts;
  // An early exit (an error downstream, a failed block) stops the blocks still running; the first failure is the error.
  const stop = new AbortController();
  const both = AbortSignal.any([signal, stop.signal]);
  let failure: { error: unknown } | undefined;
  const pending: Promise<readonly Buffer[]>[] = [];
  const submit = (block: readonly Buffer[]) => {
    const p = compress(block, both);
    p.catch((error: unknown) => {
      if (failure !== undefined || both.aborted) return;
      failure = { error };
      stop.abort(error);
    });
    pending.push(p);
  };
  const next = async () => {
    try {
      return await pending.shift()!;
    } catch (e) {
      throw failure === undefined ? e : failure.error;
    }
  };
  try {
    let parts: Buffer[] = [];
    let have = 0;
    for await (let chunk of source) {
      while (have + chunk.length >= blockSize) {
        const take = blockSize - have;
        parts.push(chunk.subarray(0, take));
        submit(parts);
        chunk = chunk.subarray(take);
        parts = [];
        have = 0;
        while (pending.length >= parallel) yield* await next();
      }
      if (chunk.length > 0) {
        parts.push(chunk);
        have += chunk.length;
      }
    }
    // An empty input still gets one (empty) member, so the output is a valid stream.
    if (have > 0 || pending.length === 0) submit(parts);
    while (pending.length > 0) yield* await next();
  } finally {
    stop.abort();
  }
}
