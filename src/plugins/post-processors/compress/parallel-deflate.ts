// pigz's way to deflate one stream on every core: blocks compressed concurrently, each primed with the 32 KiB before it
// (deflate's window) and ended by a sync flush, so their concatenation plus a final empty block is one deflate stream.
import { promisify } from 'node:util';
import { constants, deflateRaw } from 'node:zlib';
import type { BlockCompressor } from './parallel-blocks.js';

const deflateRawAsync = promisify(deflateRaw);

/** Deflate's window: how far back a block may refer into the one before it. */
const window = 32 * 1024;

/** The bytes that end the stream after the last block: an empty final block with fixed Huffman codes. */
export const deflateEnd = Buffer.from([0x03, 0x00]);

/** A BlockCompressor for raw deflate at `level`; blocks must be submitted in stream order (compressBlocks does). */
export function deflateBlocks(level: number): BlockCompressor {
  let previous: Buffer | undefined;
  return async (block) => {
    const input = block.length === 1 ? block[0]! : Buffer.concat(block);
    const dictionary = previous;
    if (input.length > 0) previous = input.length >= window ? input.subarray(input.length - window) : Buffer.concat([previous ?? Buffer.alloc(0), input]).subarray(-window);
    const out = await deflateRawAsync(input, { level, chunkSize: 1 << 20, finishFlush: constants.Z_SYNC_FLUSH, ...(dictionary === undefined ? {} : { dictionary }) });
    return [out];
  };
}
