// Diagnostics are values, never exceptions: every phase returns them beside its result.
import type { Range } from '../source/pos.js';
import type { Expression } from '../structure.js';
import type { EvalContext } from '../eval/eval-context.js';

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  severity: Severity;
  /** A short noun phrase, in HCL's and Packer's exact wording ("Unsupported argument"). */
  summary: string;
  /** Full sentences that say what to do, often ending with "Did you mean ...?". */
  detail?: string;
  /** The tight range of the offending construct. */
  subject?: Range;
  /** An optional wider range that contains `subject`. */
  context?: Range;
  /** Related places, e.g. "previously declared here". */
  related?: { range: Range; message: string }[];
  /** The expression being evaluated, so the renderer can print "with var.x as ..." lines. */
  expression?: Expression;
  evalContext?: EvalContext;
}

export type Diagnostics = Diagnostic[];

export interface Result<T> {
  value: T;
  diagnostics: Diagnostics;
}

export function hasErrors(diags: readonly Diagnostic[]): boolean {
  return diags.some((d) => d.severity === 'error');
}

export function errorDiag(summary: string, detail: string | undefined, subject?: Range, context?: Range): Diagnostic {
  const d: Diagnostic = { severity: 'error', summary };
  if (detail !== undefined) d.detail = detail;
  if (subject !== undefined) d.subject = subject;
  if (context !== undefined) d.context = context;
  return d;
}

export function warningDiag(summary: string, detail: string | undefined, subject?: Range, context?: Range): Diagnostic {
  return { ...errorDiag(summary, detail, subject, context), severity: 'warning' };
}
