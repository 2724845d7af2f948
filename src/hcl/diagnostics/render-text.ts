// Renders diagnostics as text the way HCL's diagnostic_text.go does, which is what Packer prints.
import type { Body } from '../ast/nodes.js';
import type { JsonNode } from '../json/ast.js';
import { parseJsonValueSource } from '../json/parser.js';
import { parseConfig } from '../parser/index.js';
import { initialPos, type Range } from '../source/pos.js';
import { blockContextString, jsonContextString } from './context-string.js';
import type { Diagnostic } from './diagnostic.js';
import { variableStatements } from './render-vars.js';
import { wrapString } from './word-wrap.js';

/** A source file the renderer may quote, optionally with its parsed tree (for the ", in BLOCK" part). */
export interface SourceFile {
  readonly text: string;
  readonly tree?: Body | JsonNode;
}

export interface RenderOptions {
  /** The files by name; without one, a diagnostic shows "(source code not available)". */
  sources?: ReadonlyMap<string, string | SourceFile>;
  /** VT100 colors for the severity and an underline for the subject. */
  color?: boolean;
  /** Wrap the detail text at this width; 0 disables wrapping. Packer uses 80. */
  width?: number;
  /** Names the construct around a byte offset; defaults to the top-level block from `tree`. */
  contextOf?: (filename: string, byte: number) => string;
}

export const defaultWidth = 80;

/** One diagnostic as HCL writes it, ending with a blank line. */
export function renderDiagnostic(diag: Diagnostic, opts: RenderOptions = {}): string {
  const color = opts.color ?? false;
  const width = opts.width ?? defaultWidth;
  const colorCode = color ? (diag.severity === 'error' ? '\x1b[31m' : '\x1b[33m') : '';
  const resetCode = color ? '\x1b[0m' : '';
  const severity = diag.severity === 'error' ? 'Error' : diag.severity === 'warning' ? 'Warning' : '???????';

  let out = `${colorCode}${severity}${resetCode}: ${diag.summary}\n\n`;

  if (diag.subject !== undefined) {
    out += renderSnippet(diag, diag.subject, opts, color);
    if (diag.expression !== undefined && diag.evalContext !== undefined) {
      const stmts = variableStatements(diag.expression, diag.evalContext);
      stmts.forEach((stmt, i) => {
        out += (i === 0 ? 'with ' : '     ') + stmt + (i === stmts.length - 1 ? '.\n\n' : ',\n');
      });
    }
  }

  if (diag.detail !== undefined && diag.detail !== '') {
    out += `${width !== 0 ? wrapString(diag.detail, width) : diag.detail}\n\n`;
  }
  return out;
}

/** Several diagnostics, one after another. */
export function renderDiagnostics(diags: readonly Diagnostic[], opts: RenderOptions = {}): string {
  // Share parsed-context lookups between the diagnostics of one call.
  const shared: RenderOptions = { ...opts, contextOf: opts.contextOf ?? contextFromTrees(opts.sources) };
  return diags.map((d) => renderDiagnostic(d, shared)).join('');
}

function renderSnippet(diag: Diagnostic, subject: Range, opts: RenderOptions, color: boolean): string {
  const file = opts.sources?.get(subject.filename);
  if (file === undefined) {
    return `  on ${subject.filename} line ${subject.start.line}:\n  (source code not available)\n\n`;
  }
  const text = typeof file === 'string' ? file : file.text;
  const contextOf = opts.contextOf ?? contextFromTrees(opts.sources);
  const context = contextOf(subject.filename, subject.start.byte);
  let out = `  on ${subject.filename} line ${subject.start.line}${context !== '' ? `, in ${context}` : ''}:\n`;

  let snip = byteSpan(subject);
  const highlight = byteSpan(subject);
  if (diag.context !== undefined) snip = spanOver(snip, byteSpan(diag.context));
  // An empty range cannot be shown, so it becomes one character wide (possibly past the end of a line).
  if (snip.start === snip.end) snip.end++;
  if (highlight.start === highlight.end) highlight.end++;

  const src = Buffer.from(text, 'utf8');
  const highlightOn = color ? '\x1b[1;4m' : '';
  const highlightOff = color ? '\x1b[0m' : '';
  for (const line of scanLines(src)) {
    if (!overlaps(line, snip)) continue;
    const lo = Math.max(line.start, highlight.start);
    const hi = Math.min(line.end, highlight.end);
    if (!overlaps(line, highlight) || lo >= hi) {
      out += `${pad4(line.number)}: ${src.toString('utf8', line.start, line.end)}\n`;
    } else {
      const before = src.toString('utf8', line.start, lo);
      const mid = src.toString('utf8', lo, hi);
      const after = src.toString('utf8', hi, line.end);
      out += `${pad4(line.number)}: ${before}${highlightOn}${mid}${highlightOff}${after}\n`;
    }
  }
  return out + '\n';
}

interface Span {
  start: number;
  end: number;
}

interface Line extends Span {
  number: number;
}

function byteSpan(r: Range): Span {
  return { start: r.start.byte, end: r.end.byte };
}

/** HCL's RangeOver: covers both spans; an empty one is ignored. */
function spanOver(a: Span, b: Span): Span {
  if (a.start === a.end) return { ...b };
  if (b.start === b.end) return { ...a };
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}

/** HCL's Range.Overlaps, on byte offsets: empty spans never overlap. */
function overlaps(r: Span, o: Span): boolean {
  if (r.start === r.end || o.start === o.end) return false;
  const inR = (x: number): boolean => x >= r.start && x < r.end;
  const inO = (x: number): boolean => x >= o.start && x < o.end;
  return inR(o.start) || inR(o.end) || inO(r.start) || inO(r.end);
}

/** bufio.ScanLines over bytes: lines without their "\n" or "\r\n", and no empty line after a final newline. */
function* scanLines(src: Buffer): Generator<Line> {
  let start = 0;
  let number = 1;
  while (start < src.length) {
    let nl = src.indexOf(0x0a, start);
    const next = nl < 0 ? src.length : nl + 1;
    if (nl < 0) nl = src.length;
    let end = nl;
    if (end > start && src[end - 1] === 0x0d) end--;
    yield { start, end, number };
    start = next;
    number++;
  }
}

function pad4(n: number): string {
  return String(n).padStart(4, ' ');
}

/**
 * The default ", in BLOCK" lookup: the top-level block (native syntax) or the key path (JSON) around the offset,
 * from the tree handed in with the source, or else from parsing the source once.
 */
function contextFromTrees(sources: RenderOptions['sources']): (filename: string, byte: number) => string {
  const parsed = new Map<string, Body | JsonNode>();
  return (filename, byte) => {
    const file = sources?.get(filename);
    if (file === undefined) return '';
    let tree = typeof file === 'string' ? undefined : file.tree;
    if (tree === undefined) {
      tree = parsed.get(filename);
      if (tree === undefined) {
        const text = typeof file === 'string' ? file : file.text;
        tree = filename.endsWith('.json') ? parseJsonValueSource(text, filename, initialPos).node : parseConfig(text, filename).body;
        parsed.set(filename, tree);
      }
    }
    return tree.kind === 'Body' ? blockContextString(tree, byte) : jsonContextString(tree, byte);
  };
}
