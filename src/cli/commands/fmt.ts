// `kiln fmt`: rewrites HCL2 templates and variable files in canonical style, as `packer fmt` does.
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Diagnostic } from '../../hcl/diagnostics/diagnostic.js';
import { errorDiag, hasErrors } from '../../hcl/diagnostics/diagnostic.js';
import { defaultWidth, renderDiagnostics } from '../../hcl/diagnostics/render-text.js';
import { formatRange } from '../../hcl/source/pos.js';
import { formatHcl } from '../../hcl/format/format.js';
import { decodeSourceBytes, encodeSourceText } from '../../hcl/format/source-bytes.js';
import { flagBool, parseFlags } from '../args.js';
import type { FlagSpec } from '../args.js';
import type { CliIO, CommandRun } from '../io.js';

export const fmtHelp = `Usage: kiln fmt [options] [TEMPLATE]

  Rewrites all Packer configuration files to a canonical format. Both
  configuration files (.pkr.hcl) and variable files (.pkrvars.hcl) are updated.
  JSON files (.json) are not modified.

  If TEMPLATE is "." the current directory will be used.
  If TEMPLATE is "-" then content will be read from STDIN.

  The given content must be in Packer's HCL2 configuration language; JSON is
  not supported.

Options:
  -check        Check if the input is formatted. Exit status will be 0 if all
                 input is properly formatted and non-zero otherwise.

  -diff         Display diffs of formatting change

  -write=false  Don't write to source files
                (always disabled if using -check)

  -recursive     Also process files in subdirectories. By default, only the
                 given directory (or current directory) is processed.`;

const flagSpecs: readonly FlagSpec[] = [
  { name: 'check', kind: 'bool', usage: 'check if the input is formatted' },
  { name: 'diff', kind: 'bool', usage: 'display the diff of formatting changes' },
  { name: 'write', kind: 'bool', default: true, usage: 'overwrite source files instead of writing to stdout' },
  { name: 'recursive', kind: 'bool', usage: 'Also process files in subdirectories' },
  // Packer's common flags are accepted by every command, and ignored by fmt.
  { name: 'only', kind: 'list', separator: ',', usage: '' },
  { name: 'except', kind: 'list', separator: ',', usage: '' },
  { name: 'var', kind: 'list', usage: '' },
  { name: 'var-file', kind: 'list', usage: '' },
  { name: 'config-type', kind: 'string', usage: '' },
];

/** Exit status of `-check` when some input is not formatted (taken from `terraform fmt`). */
export const exitNotFormatted = 3;

interface FmtOptions {
  check: boolean;
  diff: boolean;
  write: boolean;
  recursive: boolean;
}

export const runFmt: CommandRun = async (argv, io) => {
  const parsed = parseFlags(argv, flagSpecs);
  if (parsed.help === true) {
    io.stdout.write(`${fmtHelp}\n`);
    return 0;
  }
  if (parsed.error !== undefined || parsed.positional.length === 0) {
    if (parsed.error !== undefined) io.stderr.write(`${parsed.error}\n`);
    io.stdout.write(`${fmtHelp}\n`);
    return 1;
  }
  const check = flagBool(parsed.values, 'check');
  const opts: FmtOptions = {
    check,
    diff: flagBool(parsed.values, 'diff'),
    write: check ? false : flagBool(parsed.values, 'write'),
    recursive: flagBool(parsed.values, 'recursive'),
  };
  const run = new FmtRun(opts, io);
  await run.formatPaths(parsed.positional);
  if (hasErrors(run.diagnostics)) {
    writeDiagnostics(io, run.diagnostics);
    return 1;
  }
  if (run.diagnostics.length > 0) writeDiagnostics(io, run.diagnostics);
  return opts.check && run.bytesModified > 0 ? exitNotFormatted : 0;
};

/** Hidden files and editor droppings (`.x`, `x~`, `#x#`) are skipped in directories. */
function shouldIgnore(name: string): boolean {
  return name.startsWith('.') || name.endsWith('~') || (name.startsWith('#') && name.endsWith('#'));
}

function isHclFile(path: string): boolean {
  return path.endsWith('.pkr.hcl') || path.endsWith('.pkrvars.hcl');
}

/** One invocation's state: the running byte count of rewritten output and the diagnostics so far. */
class FmtRun {
  bytesModified = 0;
  readonly diagnostics: Diagnostic[] = [];
  private showDiff: boolean;

  constructor(
    private readonly opts: FmtOptions,
    private readonly io: CliIO,
  ) {
    this.showDiff = opts.diff;
  }

  async formatPaths(paths: readonly string[]): Promise<void> {
    for (const path of paths) {
      const info = await stat(this.resolve(path)).catch(() => undefined);
      if (info === undefined || !info.isDirectory()) {
        await this.formatFile(path);
        continue;
      }
      let entries;
      try {
        entries = await readdir(this.resolve(path), { withFileTypes: true });
      } catch (err) {
        this.diagnostics.push(errorDiag('Cannot read hcl directory', goErrorText(err, 'open', path)));
        return;
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const entry of entries) {
        if (shouldIgnore(entry.name)) continue;
        const child = join(path, entry.name);
        if (entry.isDirectory()) {
          if (this.opts.recursive) await this.formatPaths([child]);
          continue;
        }
        if (isHclFile(child)) await this.formatFile(child);
      }
    }
  }

  private resolve(path: string): string {
    return resolve(this.io.cwd, path);
  }

  private async formatFile(path: string): Promise<void> {
    const result = await this.processFile(path);
    if (typeof result === 'string') {
      this.diagnostics.push(errorDiag(`encountered an error while formatting ${path}`, result));
      return;
    }
    this.bytesModified += result.bytes;
    if (result.error !== undefined) {
      this.diagnostics.push(errorDiag(`encountered an error while formatting ${path}`, result.error));
    }
  }

  /** Formats one file (or stdin for "-"); returns an error message, or the size of the rewritten output. */
  private async processFile(path: string): Promise<string | { bytes: number; error?: string }> {
    const stdin = path === '-';
    if (!stdin && !isHclFile(path)) return `file ${path} is not a HCL file`;
    let src: string;
    if (stdin) {
      this.showDiff = false;
      src = decodeSourceBytes(await readAll(this.io.stdin));
    } else {
      try {
        src = decodeSourceBytes(await readFile(this.resolve(path)));
      } catch (err) {
        return `failed to open ${path}: ${goErrorText(err, 'open', path)}`;
      }
    }
    const { output, diagnostics } = formatHcl(src, path);
    if (hasErrors(diagnostics)) return multiErrorText(diagnostics);
    const outBytes = encodeSourceText(output);
    if (output === src) {
      if (stdin) this.io.stdout.write(outBytes);
      return { bytes: 0 };
    }
    if (!stdin) this.io.stdout.write(`${path}\n`);
    if (this.opts.write) {
      if (stdin) {
        this.io.stdout.write(outBytes);
      } else {
        try {
          await writeFile(this.resolve(path), outBytes);
        } catch (err) {
          return goErrorText(err, 'open', path);
        }
      }
    }
    const bytes = outBytes.length;
    if (this.showDiff) {
      const diff = await unifiedDiff(encodeSourceText(src), outBytes, path);
      if (!Buffer.isBuffer(diff)) return { bytes, error: `failed to generate diff for ${path}: ${diff.error}` };
      this.io.stdout.write(diff);
    }
    return { bytes };
  }
}

/** Packer's writeDiags: the rendered diagnostics in one Ui.Error call, which Packer sends to stdout. */
function writeDiagnostics(io: CliIO, diags: readonly Diagnostic[]): void {
  io.stdout.write(`${renderDiagnostics(diags, { width: defaultWidth })}\n`);
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** The text of go-multierror's list format over the error diagnostics, as Packer puts it in the detail. */
export function multiErrorText(diags: readonly Diagnostic[]): string {
  const errs = diags
    .filter((d) => d.severity === 'error')
    .map((d) => `* ${d.subject === undefined ? '<nil>' : formatRange(d.subject)}: ${d.summary}; ${d.detail ?? ''}`);
  const head = errs.length === 1 ? '1 error occurred:' : `${errs.length} errors occurred:`;
  return `${head}\n\t${errs.join('\n\t')}\n\n`;
}

/** A Go-style "op path: reason" message for a failed file operation. */
function goErrorText(err: unknown, op: string, path: string): string {
  const code = (err as { code?: unknown } | null)?.code;
  const reasons: Record<string, string> = {
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    EISDIR: 'is a directory',
    ENOTDIR: 'not a directory',
  };
  if (typeof code === 'string' && reasons[code] !== undefined) return `${op} ${path}: ${reasons[code]}`;
  return err instanceof Error ? err.message : String(err);
}

/** `diff -u` between the original and the formatted bytes, labelled old/<path> and new/<path> as Packer does. */
async function unifiedDiff(before: Buffer, after: Buffer, path: string): Promise<Buffer | { error: string }> {
  // Loaded only for -diff: node:child_process costs every other run of fmt a noticeable start-up delay.
  const { execFile } = await import('node:child_process');
  const execFileP = promisify(execFile);
  const dir = await mkdtemp(join(tmpdir(), 'kiln-fmt-'));
  try {
    const a = join(dir, 'old');
    const b = join(dir, 'new');
    await writeFile(a, before);
    await writeFile(b, after);
    const args = [`--label=old/${path}`, `--label=new/${path}`, '-u', a, b];
    try {
      const { stdout, stderr } = await execFileP('diff', args, { encoding: 'buffer', maxBuffer: 1 << 30 });
      return Buffer.concat([stdout, stderr]);
    } catch (err) {
      // diff exits 1 when the files differ; any output counts as success.
      const e = err as { stdout?: Buffer; stderr?: Buffer; message?: string };
      const out = Buffer.concat([e.stdout ?? Buffer.alloc(0), e.stderr ?? Buffer.alloc(0)]);
      return out.length > 0 ? out : { error: e.message ?? String(err) };
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
