// Helpers for the `kiln build` end-to-end suites: temp template dirs, in-process runs, and a bundled CLI for signal tests.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { runCli } from '../../src/cli/run-cli.js';
import { createTestIO } from '../../src/cli/test-io.js';

export interface TempDir {
  dir: string;
  write(name: string, text: string): string;
  remove(): void;
}

export function tempDir(): TempDir {
  const dir = mkdtempSync(join(tmpdir(), 'kiln-build-e2e-'));
  return {
    dir,
    write(name, text) {
      const p = join(dir, name);
      writeFileSync(p, text);
      return p;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Runs `kiln ARGS` in-process in `cwd`; returns the exit code and everything printed. */
export async function kiln(cwd: string, args: readonly string[]): Promise<{ code: number; out: string }> {
  const t = createTestIO({ cwd, env: { ...(process.env as Record<string, string>) } });
  const code = await runCli(args, t.io);
  return { code, out: t.combined() };
}

/** Bundles the CLI's entry point into `outDir` (kiln.mjs) so a test can run it as a real process. */
export async function bundleCli(outDir: string): Promise<string> {
  const outfile = join(outDir, 'kiln.mjs');
  await build({
    entryPoints: [resolve(import.meta.dirname, '../../src/cli/main.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    outfile,
    banner: { js: "import { createRequire as __kilnCreateRequire } from 'node:module'; const require = __kilnCreateRequire(import.meta.url);" },
    define: { KILN_VERSION: JSON.stringify('0.0.0-test') },
    logLevel: 'error',
  });
  return outfile;
}

/** Processes whose command line is exactly `argv`. */
export function processesRunning(argv: readonly string[]): number[] {
  const want = argv.join('\0') + '\0';
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8') === want) pids.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}
