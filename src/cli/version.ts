// The version kiln reports: injected by the bundler from package.json, read from it when running unbundled.
import { readFileSync } from 'node:fs';

/** Replaced by esbuild's `define` with the package.json version (see scripts/build.mjs). */
declare const KILN_VERSION: string | undefined;

let cached: string | undefined;

export function kilnVersion(): string {
  if (cached !== undefined) return cached;
  if (typeof KILN_VERSION === 'string') {
    cached = KILN_VERSION;
  } else {
    try {
      const pkg: unknown = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
      const v = typeof pkg === 'object' && pkg !== null && 'version' in pkg ? pkg.version : undefined;
      cached = typeof v === 'string' ? v : '0.0.0-dev';
    } catch {
      cached = '0.0.0-dev';
    }
  }
  return cached;
}

/** "Kiln v0.1.0", what `kiln version` prints. */
export function formattedVersion(): string {
  return `Kiln v${kilnVersion()}`;
}
