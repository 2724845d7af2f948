// Second template pass: atoms to AST (Template, TemplateWrap, %{if} as Conditional, %{for} as TemplateJoin of For).
import { errorDiag, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Expr } from '../ast/nodes.js';
import { formatRange, rangeBetween, type Range } from '../source/pos.js';
import type { TokenType } from '../lexer/token.js';
import { Value } from '../value/value.js';
import { exprRange } from '../ast/expr-range.js';
import { errPlaceholderExpr, exact, type Parser } from './parser.js';
import { parseTemplateParts, type TemplateAtom } from './template-parts.js';
import { flushHeredocTemplateParts, meldConsecutiveStringLiterals } from './heredoc-flush.js';

export interface TemplateInner {
  exprs: Expr[];
  /** True when the template is exactly one interpolation, whose value passes through unconverted. */
  passthru: boolean;
  range: Range;
  diags: Diagnostic[];
}

export function parseTemplateInner(p: Parser, end: TokenType, flushHeredoc: boolean): TemplateInner {
  const { parts, diags } = parseTemplateParts(p, end);
  if (flushHeredoc) flushHeredocTemplateParts(parts);
  meldConsecutiveStringLiterals(parts);
  const tp = new TemplateTreeParser(parts.atoms);
  const exprs = tp.parseRoot();
  diags.push(...tp.diags);
  const passthru = parts.atoms.length === 2 && parts.atoms[0]!.kind === 'interp';
  return { exprs, passthru, range: parts.range, diags };
}

/** A whole template read up to `end` (EOF for templatefile). */
export function parseTemplateUntil(p: Parser, end: TokenType, flushHeredoc: boolean): { expr: Expr; diags: Diagnostic[] } {
  const inner = parseTemplateInner(p, end, flushHeredoc);
  if (inner.passthru) return { expr: { kind: 'TemplateWrap', wrapped: inner.exprs[0]!, srcRange: inner.range }, diags: inner.diags };
  return { expr: { kind: 'Template', parts: inner.exprs, srcRange: inner.range }, diags: inner.diags };
}

class TemplateTreeParser {
  private pos = 0;
  readonly diags: Diagnostic[] = [];

  constructor(private readonly atoms: readonly TemplateAtom[]) {}

  private peek(): TemplateAtom {
    return this.atoms[this.pos]!;
  }

  private read(): TemplateAtom {
    const atom = this.peek();
    if (atom.kind !== 'end') this.pos++;
    return atom;
  }

  parseRoot(): Expr[] {
    const exprs: Expr[] = [];
    while (this.peek().kind !== 'end') exprs.push(this.parseExpr());
    return exact(exprs);
  }

  private parseExpr(): Expr {
    const atom = this.peek();
    switch (atom.kind) {
      case 'literal':
        this.read();
        return { kind: 'LiteralValue', value: Value.string(atom.val), srcRange: atom.range };
      case 'interp':
        this.read();
        return atom.expr;
      case 'if':
        return this.parseIf();
      case 'for':
        return this.parseFor();
      case 'end':
        this.read();
        // Unhelpful; callers should pre-empt it with something context-aware.
        this.diags.push(errorDiag('Unexpected end of template', 'The control directives within this template are unbalanced.', atom.range));
        return errPlaceholderExpr(atom.range);
      case 'endCtrl':
        this.read();
        this.diags.push(errorDiag(`Unexpected ${atom.which} directive`, 'The control directives within this template are unbalanced.', atom.range));
        return errPlaceholderExpr(atom.range);
    }
  }

  private parseIf(): Expr {
    const openIf = this.read() as Extract<TemplateAtom, { kind: 'if' }>;
    const ifExprs: Expr[] = [];
    const elseExprs: Expr[] = [];
    let current = ifExprs;
    let endifRange: Range;
    for (;;) {
      const next = this.peek();
      if (next.kind === 'end') {
        this.diags.push(
          errorDiag(
            'Unexpected end of template',
            `The if directive at ${formatRange(openIf.range)} is missing its corresponding endif directive.`,
            next.range,
          ),
        );
        return errPlaceholderExpr(next.range);
      }
      if (next.kind === 'endCtrl') {
        this.read();
        if (next.which === 'else') {
          if (current === ifExprs) {
            current = elseExprs;
            continue;
          }
          this.diags.push(
            errorDiag('Unexpected else directive', `Already in the else clause for the if started at ${formatRange(openIf.range)}.`, next.range),
          );
        } else if (next.which === 'endif') {
          endifRange = next.range;
          break;
        } else {
          this.diags.push(
            errorDiag(
              `Unexpected ${next.which} directive`,
              `Expecting an endif directive for the if started at ${formatRange(openIf.range)}.`,
              next.range,
            ),
          );
        }
        return errPlaceholderExpr(next.range);
      }
      current.push(this.parseExpr());
    }

    if (ifExprs.length === 0) ifExprs.push(emptyString(zeroAt(openIf.range, 'end')));
    if (elseExprs.length === 0) elseExprs.push(emptyString(zeroAt(endifRange, 'start')));
    return {
      kind: 'Conditional',
      condition: openIf.cond,
      trueResult: templateOf(ifExprs),
      falseResult: templateOf(elseExprs),
      srcRange: rangeBetween(openIf.range, endifRange),
    };
  }

  private parseFor(): Expr {
    const openFor = this.read() as Extract<TemplateAtom, { kind: 'for' }>;
    const content: Expr[] = [];
    let endforRange: Range;
    for (;;) {
      const next = this.peek();
      if (next.kind === 'end') {
        this.diags.push(
          errorDiag(
            'Unexpected end of template',
            `The for directive at ${formatRange(openFor.range)} is missing its corresponding endfor directive.`,
            next.range,
          ),
        );
        return errPlaceholderExpr(next.range);
      }
      if (next.kind === 'endCtrl') {
        this.read();
        if (next.which === 'endfor') {
          endforRange = next.range;
          break;
        }
        if (next.which === 'else') {
          this.diags.push(errorDiag('Unexpected else directive', 'An else clause is not expected for a for directive.', next.range));
        } else {
          this.diags.push(
            errorDiag(
              `Unexpected ${next.which} directive`,
              `Expecting an endfor directive corresponding to the for directive at ${formatRange(openFor.range)}.`,
              next.range,
            ),
          );
        }
        return errPlaceholderExpr(next.range);
      }
      content.push(this.parseExpr());
    }

    if (content.length === 0) content.push(emptyString(zeroAt(openFor.range, 'end')));
    const srcRange = rangeBetween(openFor.range, endforRange);
    const forExpr: Expr = {
      kind: 'For',
      keyVar: openFor.keyVar,
      valVar: openFor.valVar,
      collExpr: openFor.coll,
      valExpr: templateOf(content),
      group: false,
      openRange: openFor.range,
      closeRange: endforRange,
      srcRange,
    };
    return { kind: 'TemplateJoin', tuple: forExpr, srcRange };
  }
}

function zeroAt(r: Range, which: 'start' | 'end'): Range {
  const at = which === 'start' ? r.start : r.end;
  return { filename: r.filename, start: at, end: at };
}

function emptyString(srcRange: Range): Expr {
  return { kind: 'LiteralValue', value: Value.string(''), srcRange };
}

function templateOf(parts: Expr[]): Expr {
  return { kind: 'Template', parts: exact(parts), srcRange: rangeBetween(exprRange(parts[0]!), exprRange(parts[parts.length - 1]!)) };
}
