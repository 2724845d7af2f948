// Second template pass: atoms to AST (Template, TemplateWrap, %{if} as Conditional, %{for} as TemplateJoin of For).
import { errorDiag, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Expr } from '../ast/nodes.js';
import { formatRange, rangeBetween, type Range } from '../source/pos.js';
import type { TokenType } from '../lexer/token.js';
import { Value } from '../value/value.js';
import { exprRange } from '../ast/expr-range.js';
import { errPlaceholderExpr, exact, type Parser } from './parser.js';
import { ParseMachine } from './machine.js';
import { TemplateFrame, type TemplateAtom, type TemplateParts } from './template-parts.js';
import { flushHeredocTemplateParts, meldConsecutiveStringLiterals } from './heredoc-flush.js';

/** A whole template read up to `end` (EOF for templatefile). */
export function parseTemplateUntil(p: Parser, end: TokenType, flushHeredoc: boolean): { expr: Expr; diags: Diagnostic[] } {
  const m = new ParseMachine(p);
  const expr = m.run(TemplateFrame.until(end, flushHeredoc));
  return { expr, diags: m.diags };
}

/** The second pass over a template's atoms: the expression of the whole template. */
export function buildTemplate(m: ParseMachine, parts: TemplateParts, flushHeredoc: boolean, srcRange: Range): Expr {
  if (flushHeredoc) flushHeredocTemplateParts(parts);
  meldConsecutiveStringLiterals(parts);
  const exprs = buildTemplateTree(m, parts.atoms);
  // Exactly one interpolation: its value passes through unconverted.
  if (parts.atoms.length === 2 && parts.atoms[0]!.kind === 'interp') return { kind: 'TemplateWrap', wrapped: exprs[0]!, srcRange };
  return { kind: 'Template', parts: exprs, srcRange };
}

type IfAtom = Extract<TemplateAtom, { kind: 'if' }>;
type ForAtom = Extract<TemplateAtom, { kind: 'for' }>;

/** A directive whose end has not been reached yet; `current` collects its parts. */
type OpenDirective =
  | { readonly kind: 'if'; readonly atom: IfAtom; readonly ifExprs: Expr[]; readonly elseExprs: Expr[]; current: Expr[] }
  | { readonly kind: 'for'; readonly atom: ForAtom; readonly current: Expr[] };

/**
 * Atoms to expressions: `%{if}` becomes a Conditional, `%{for}` a TemplateJoin of a For. Open directives
 * are kept on a stack, so directives may nest as deeply as the input does.
 */
function buildTemplateTree(m: ParseMachine, atoms: readonly TemplateAtom[]): Expr[] {
  const flat = flatTemplate(atoms);
  if (flat !== undefined) return flat;
  const root: Expr[] = [];
  const open: OpenDirective[] = [];
  let pos = 0;
  for (;;) {
    const atom = atoms[pos]!;
    const dir = open[open.length - 1];
    const into = dir === undefined ? root : dir.current;
    if (dir === undefined && atom.kind === 'end') return exact(root);

    if (dir !== undefined && atom.kind === 'end') {
      const which = dir.kind === 'if' ? 'if' : 'for';
      const closer = dir.kind === 'if' ? 'endif' : 'endfor';
      m.diag(
        errorDiag(
          'Unexpected end of template',
          `The ${which} directive at ${formatRange(dir.atom.range)} is missing its corresponding ${closer} directive.`,
          atom.range,
        ),
      );
      open.pop();
      addTo(open, root, errPlaceholderExpr(atom.range));
      continue;
    }
    if (dir !== undefined && atom.kind === 'endCtrl') {
      pos++;
      const done = dir.kind === 'if' ? endIfPart(m, dir, atom) : endForPart(m, dir, atom);
      if (done === undefined) continue; // `else`: the if goes on
      open.pop();
      addTo(open, root, done);
      continue;
    }

    switch (atom.kind) {
      case 'literal':
        pos++;
        into.push({ kind: 'LiteralValue', value: Value.string(atom.val), srcRange: atom.range });
        break;
      case 'interp':
        pos++;
        into.push(atom.expr);
        break;
      case 'if': {
        pos++;
        const ifExprs: Expr[] = [];
        open.push({ kind: 'if', atom, ifExprs, elseExprs: [], current: ifExprs });
        break;
      }
      case 'for':
        pos++;
        open.push({ kind: 'for', atom, current: [] });
        break;
      case 'endCtrl':
        // Only outside any directive (inside one, handled above).
        pos++;
        m.diag(errorDiag(`Unexpected ${atom.which} directive`, 'The control directives within this template are unbalanced.', atom.range));
        into.push(errPlaceholderExpr(atom.range));
        break;
      case 'end':
        // Handled above.
        break;
    }
  }
}

/** The parts of a template without directives (most templates), or undefined if it has some. */
function flatTemplate(atoms: readonly TemplateAtom[]): Expr[] | undefined {
  const exprs: Expr[] = [];
  for (let i = 0; i < atoms.length - 1; i++) {
    // (the last atom is the end)
    const atom = atoms[i]!;
    if (atom.kind === 'literal') exprs.push({ kind: 'LiteralValue', value: Value.string(atom.val), srcRange: atom.range });
    else if (atom.kind === 'interp') exprs.push(atom.expr);
    else return undefined;
  }
  return exact(exprs);
}

/** Adds a finished directive to the parts of the one around it (or to the template itself). */
function addTo(open: readonly OpenDirective[], root: Expr[], e: Expr): void {
  const outer = open[open.length - 1];
  (outer === undefined ? root : outer.current).push(e);
}

/** An end-control atom inside an `if`: `else` switches clauses (undefined: not done); `endif` finishes it. */
function endIfPart(m: ParseMachine, dir: Extract<OpenDirective, { kind: 'if' }>, atom: Extract<TemplateAtom, { kind: 'endCtrl' }>): Expr | undefined {
  const openIf = dir.atom;
  if (atom.which === 'else') {
    if (dir.current === dir.ifExprs) {
      dir.current = dir.elseExprs;
      return undefined;
    }
    m.diag(errorDiag('Unexpected else directive', `Already in the else clause for the if started at ${formatRange(openIf.range)}.`, atom.range));
    return errPlaceholderExpr(atom.range);
  }
  if (atom.which !== 'endif') {
    m.diag(
      errorDiag(
        `Unexpected ${atom.which} directive`,
        `Expecting an endif directive for the if started at ${formatRange(openIf.range)}.`,
        atom.range,
      ),
    );
    return errPlaceholderExpr(atom.range);
  }
  const endifRange = atom.range;
  const { ifExprs, elseExprs } = dir;
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

/** An end-control atom inside a `for`: `endfor` finishes it; anything else is an error. */
function endForPart(m: ParseMachine, dir: Extract<OpenDirective, { kind: 'for' }>, atom: Extract<TemplateAtom, { kind: 'endCtrl' }>): Expr {
  const openFor = dir.atom;
  if (atom.which !== 'endfor') {
    if (atom.which === 'else') {
      m.diag(errorDiag('Unexpected else directive', 'An else clause is not expected for a for directive.', atom.range));
    } else {
      m.diag(
        errorDiag(
          `Unexpected ${atom.which} directive`,
          `Expecting an endfor directive corresponding to the for directive at ${formatRange(openFor.range)}.`,
          atom.range,
        ),
      );
    }
    return errPlaceholderExpr(atom.range);
  }
  const endforRange = atom.range;
  const content = dir.current;
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
