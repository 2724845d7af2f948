// The commands' link to the template loader: load with the default registry, and print diagnostics as Packer's writeDiags does.
import type { Diagnostic } from '../hcl/diagnostics/diagnostic.js';
import { hasErrors } from '../hcl/diagnostics/diagnostic.js';
import { renderDiagnostic, type SourceFile } from '../hcl/diagnostics/render-text.js';
import type { EvalContext } from '../hcl/eval/eval-context.js';
import type { LoadOptions } from '../template/files.js';
import type { BuildPlan } from '../template/plan.js';
import { createMasker } from '../core/ui/mask.js';
import type { CliIO } from './io.js';

export interface LoadOutcome {
  plan?: BuildPlan;
  diagnostics: Diagnostic[];
  /** Every file read, by name, so diagnostics can quote their lines. */
  sources: ReadonlyMap<string, string | SourceFile>;
  /** The template's evaluation context (var, local, data, path, packer and functions), when values loaded. */
  ctx?: EvalContext;
  /** The values of sensitive variables, to mask in everything printed (known even when no plan was made). */
  sensitiveValues: readonly string[];
}

/** Loads a template with every built-in component; the loader and the registry are imported only when needed. */
export async function loadForCommand(opts: LoadOptions): Promise<LoadOutcome> {
  const [{ loadTemplate }, { createDefaultRegistry }] = await Promise.all([
    import('../template/load.js'),
    import('../plugins/registry.js'),
  ]);
  const r = await loadTemplate(opts, createDefaultRegistry());
  const out: LoadOutcome = { diagnostics: r.diagnostics, sources: r.sources, sensitiveValues: r.sensitiveValues ?? r.plan?.sensitiveValues ?? [] };
  if (r.plan !== undefined) out.plan = r.plan;
  if (r.ctx !== undefined) out.ctx = r.ctx;
  return out;
}

export interface WriteDiagsOptions {
  sources?: ReadonlyMap<string, string | SourceFile>;
  /** Replaces each of these strings (as createMasker does) with <sensitive> in the output. */
  sensitive?: readonly string[];
  machineReadable?: boolean;
}

/**
 * Writes diagnostics as Packer's writeDiags: errors to stderr, warnings to stdout, each with its snippet.
 * Returns 1 when there is an error, else 0.
 */
export function writeDiagnostics(io: CliIO, diags: readonly Diagnostic[], opts: WriteDiagsOptions = {}): number {
  const color = io.stderr.isTTY === true && (io.env.NO_COLOR ?? '') === '';
  const mask = createMasker(opts.sensitive ?? []);
  for (const d of diags) {
    const isError = d.severity === 'error';
    const text = renderDiagnostic(d, { ...(opts.sources !== undefined ? { sources: opts.sources } : {}), width: 80, color: color && isError });
    const masked = mask(text);
    if (opts.machineReadable === true) writeMachine(io, isError ? 'error' : 'say', masked);
    else (isError ? io.stderr : io.stdout).write(masked + '\n');
  }
  return hasErrors(diags) ? 1 : 0;
}

/** Packer's secret filter, with the UI's rule: sensitive values and their quoted or encoded forms become <sensitive>. */
export function maskSensitive(text: string, sensitive: readonly string[]): string {
  return createMasker(sensitive)(text);
}

/** One line of Packer's machine-readable UI: `timestamp,target,ui,kind,message` with commas and newlines escaped. */
export function writeMachine(io: CliIO, kind: 'say' | 'error' | 'message', message: string): void {
  io.stdout.write(machineLine('', 'ui', [kind, message]));
}

export function machineLine(target: string, type: string, args: readonly string[]): string {
  const ts = Math.floor(Date.now() / 1000);
  const escaped = args.map((a) => a.replaceAll(',', '%!(PACKER_COMMA)').replaceAll('\r', '\\r').replaceAll('\n', '\\n'));
  return `${ts},${target},${type},${escaped.join(',')}\n`;
}
