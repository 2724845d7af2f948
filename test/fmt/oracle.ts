// Runs Debian's `packer fmt` (the oracle) over a set of inputs in one go, and loads the inputs and goldens.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fmtCases } from './cases.js';
import { perturb } from './perturb.js';

export interface FmtInput {
  /** A file name ending in .pkr.hcl or .pkrvars.hcl. */
  readonly name: string;
  readonly src: string;
}

/** What packer did with one file: its formatted text, or that it refused the file as invalid. */
export type OracleResult = { readonly output: string } | { readonly error: true };

const here = dirname(fileURLToPath(import.meta.url));
export const corpusDir = join(here, 'corpus');
export const goldenPath = join(here, 'golden.json');

/** The corpus files, the small cases, then whitespace-mangled copies of the corpus, as named files. */
export function loadInputs(): FmtInput[] {
  const files = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.pkr.hcl') || f.endsWith('.pkrvars.hcl'))
    .sort()
    .map((f) => ({ name: f, src: readFileSync(join(corpusDir, f), 'utf8') }));
  const cases = fmtCases.map((c) => ({ name: `case-${c.name}.pkr.hcl`, src: c.src }));
  const modes = ['spread', 'squeeze', 'indent'] as const;
  const variants = files.flatMap((f, i) =>
    modes.map((mode, j) => ({ name: `mangled-${mode}-${f.name}`, src: perturb(f.src, 1000 * i + j + 1, mode) })),
  );
  return [...files, ...cases, ...variants];
}

export function packerAvailable(): boolean {
  return spawnSync('sh', ['-c', 'command -v packer'], { stdio: 'ignore' }).status === 0;
}

/**
 * Formats every input with `packer fmt <dir>` (packer 1.6.6 has no stdin mode): the files are written
 * to a temporary directory, formatted in place, and read back. Files packer could not parse are
 * named in its error output.
 */
export function runPackerFmt(inputs: readonly FmtInput[]): Map<string, OracleResult> {
  const dir = mkdtempSync(join(tmpdir(), 'kiln-fmt-oracle-'));
  try {
    for (const input of inputs) writeFileSync(join(dir, input.name), input.src);
    const run = spawnSync('packer', ['fmt', dir], { encoding: 'utf8' });
    if (run.error !== undefined) throw run.error;
    const failed = new Set<string>();
    // Packer prints its errors on stdout.
    for (const m of (run.stdout + run.stderr).matchAll(/encountered an error while formatting (\S+)/g)) {
      failed.add(m[1]!.slice(dir.length + 1));
    }
    const results = new Map<string, OracleResult>();
    for (const input of inputs) {
      results.set(
        input.name,
        failed.has(input.name) ? { error: true } : { output: readFileSync(join(dir, input.name), 'utf8') },
      );
    }
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A recorded oracle result with its input, so the goldens stand alone (the mangled inputs are generated). */
export type GoldenEntry = { readonly src: string } & OracleResult;

export function readGolden(): Record<string, GoldenEntry> {
  return JSON.parse(readFileSync(goldenPath, 'utf8')) as Record<string, GoldenEntry>;
}

/** Records packer's results for the given inputs; regenerate with KILN_UPDATE_FMT_GOLDEN=1 where packer is installed. */
export function goldenFor(inputs: readonly FmtInput[], results: ReadonlyMap<string, OracleResult>): Record<string, GoldenEntry> {
  return Object.fromEntries(inputs.map((i) => [i.name, { src: i.src, ...results.get(i.name)! }]));
}

export function writeGolden(golden: Record<string, GoldenEntry>): void {
  writeFileSync(goldenPath, `${JSON.stringify(golden, null, 2)}\n`);
}
