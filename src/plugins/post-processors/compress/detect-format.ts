// Chooses the archive (tar, zip or none) and compression from the output name, as Packer's compress does.
export type Archive = 'tar' | 'zip' | 'none';
export type Algorithm = 'gzip' | 'lz4' | 'xz' | 'zstd' | 'none';

export interface Format {
  archive: Archive;
  algorithm: Algorithm;
}

const algorithms: Readonly<Record<string, Algorithm>> = { gz: 'gzip', tgz: 'gzip', bgzf: 'gzip', lz4: 'lz4', xz: 'xz', txz: 'xz', zst: 'zstd', tzst: 'zstd' };

/** `x.tar.gz` → tar+gzip, `x.gz` → gzip alone, `x.zip` → zip, `x.tar` → tar; an unknown extension → tar+gzip. */
export function detectFormat(output: string, explicit: { archive?: string | undefined; algorithm?: string | undefined } = {}): Format {
  const base = output.slice(output.lastIndexOf('/') + 1).toLowerCase();
  const parts = base.split('.').slice(1);
  const last = parts.at(-1) ?? '';
  const prev = parts.at(-2) ?? '';
  let format: Format;
  if (last === 'zip') format = { archive: 'zip', algorithm: 'none' };
  else if (last === 'tar') format = { archive: 'tar', algorithm: 'none' };
  else if (algorithms[last] !== undefined) {
    const algorithm = algorithms[last];
    format = { archive: prev === 'tar' || last.startsWith('t') ? 'tar' : 'none', algorithm };
  } else format = { archive: 'tar', algorithm: 'gzip' };
  const archive = explicit.archive === 'tar' || explicit.archive === 'zip' ? explicit.archive : format.archive;
  const alg = explicit.algorithm;
  const algorithm: Algorithm =
    alg === 'gzip' || alg === 'pgzip' || alg === 'bgzf' ? 'gzip' : alg === 'lz4' || alg === 'xz' || alg === 'zstd' ? alg : alg === 'zst' ? 'zstd' : format.algorithm;
  return { archive, algorithm };
}
