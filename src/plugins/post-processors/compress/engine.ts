// Which compressor runs, at which level: the fastest one on this machine for the format and the level asked for.
import { availableParallelism } from 'node:os';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Algorithm } from './detect-format.js';
import { findProgram } from './find-program.js';
import { blockFilter } from './block-filter.js';
import type { BlockCompressor } from './parallel-blocks.js';

const gzipAsync = promisify(gzip);

/** How the bytes get compressed. */
export type Engine =
  | { kind: 'copy' }
  /** Blocks compressed concurrently into members (gzip members, lz4 frames), concatenated in order. */
  | { kind: 'blocks'; compress: BlockCompressor; blockSize: number; parallel: number; describe: string }
  /** A multi-threaded streaming tool (xz -T0, zstd -T0). */
  | { kind: 'stream'; argv: readonly string[]; describe: string };

/**
 * The engine for `algorithm` at `level` (undefined: the format's default trade-off).
 *
 * gzip: ISA-L's igzip (Debian package `isal`) when it is on PATH and the level is the default or 1–3 (igzip's
 * levels; its level 3 is about zlib's 3 in size at several times the speed); otherwise Node's zlib. The default is
 * igzip's 3, or zlib's 2, which give about the same size (5-7 % above Packer's pgzip default), so the output hardly
 * depends on whether isal is installed; zlib's 4 would match pgzip's size at 1.4x its time. Both run a block per core.
 * lz4: the lz4 tool, one frame per block and core; the default is lz4's fast mode, as in Packer (levels from 3 are
 * lz4's high-compression mode, as Packer's levels above 0). zstd and xz: their own threads (-T0); the defaults are
 * zstd's 3 and xz's 6.
 */
export async function chooseEngine(algorithm: Algorithm, level: number | undefined, path?: string): Promise<Engine> {
  const parallel = availableParallelism();
  switch (algorithm) {
    case 'none':
      return { kind: 'copy' };
    case 'gzip': {
      const igzip = level === undefined || level <= 3 ? await findProgram('igzip', path) : undefined;
      if (igzip !== undefined) {
        const l = level ?? 3;
        return { kind: 'blocks', compress: blockFilter([igzip, `-${l}`, '-n', '-c']), blockSize: 32 << 20, parallel, describe: `igzip (ISA-L) level ${l}` };
      }
      const l = level ?? 2;
      const compress: BlockCompressor = async (block) => [await gzipAsync(block.length === 1 ? block[0]! : Buffer.concat(block), { level: l, chunkSize: 1 << 20 })];
      return { kind: 'blocks', compress, blockSize: 4 << 20, parallel: parallel + 1, describe: `zlib level ${l}` };
    }
    case 'lz4':
      return { kind: 'blocks', compress: blockFilter(['lz4', `-${level ?? 1}`, '-q', '-c']), blockSize: 32 << 20, parallel, describe: `lz4 level ${level ?? 1}` };
    case 'zstd':
      return { kind: 'stream', argv: ['zstd', '-T0', `-${level ?? 3}`, '-q', '-c'], describe: `zstd level ${level ?? 3}` };
    case 'xz':
      return { kind: 'stream', argv: ['xz', '-T0', `-${level ?? 6}`, '-c'], describe: `xz level ${level ?? 6}` };
  }
}
