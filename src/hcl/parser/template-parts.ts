// First template pass: raw tokens to template atoms (literals, interpolations, directives), applying `~` strip markers.
import { errorDiag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/suggest.js';
import type { Expr } from '../ast/nodes.js';
import { rangeBetween, type Range } from '../source/pos.js';
import { TokenType, type Token } from '../lexer/token.js';
import { trimLeftGoSpace, trimRightGoSpace } from '../lexer/char-classes.js';
import type { Parser } from './parser.js';
import { parseExpression } from './expression.js';
import { isKeyword } from './for-expr.js';
import { parseStringLiteralToken } from './string-literal.js';

export type TemplateAtom =
  | { kind: 'literal'; val: string; range: Range }
  | { kind: 'interp'; expr: Expr; range: Range }
  | { kind: 'if'; cond: Expr; range: Range }
  | { kind: 'for'; keyVar: string; valVar: string; coll: Expr; range: Range }
  | { kind: 'endCtrl'; which: 'endif' | 'else' | 'endfor'; range: Range }
  | { kind: 'end'; range: Range };

export interface TemplateParts {
  atoms: TemplateAtom[];
  range: Range;
}

/** Reads template tokens up to `end`; always yields at least one atom plus a final `end` atom. */
export function parseTemplateParts(p: Parser, end: TokenType): { parts: TemplateParts; diags: Diagnostic[] } {
  const atoms: TemplateAtom[] = [];
  const diags: Diagnostic[] = [];
  const startRange = p.nextRange();
  let ltrimNext = false;
  let nextCanTrimPrev = false;
  let endRange: Range;

  for (;;) {
    const next = p.read();
    if (next.type === end) {
      endRange = next.range;
      break;
    }
    const ltrim = ltrimNext;
    ltrimNext = false;
    const canTrimPrev = nextCanTrimPrev;
    nextCanTrimPrev = false;

    if (next.type === TokenType.StringLit || next.type === TokenType.QuotedLit) {
      const s = parseStringLiteralToken(next);
      diags.push(...s.diags);
      atoms.push({ kind: 'literal', val: ltrim ? trimLeftGoSpace(s.value) : s.value, range: next.range });
      nextCanTrimPrev = true;
      continue;
    }
    if (next.type === TokenType.TemplateInterp || next.type === TokenType.TemplateControl) {
      // `${~` / `%{~` eat trailing white space of the literal just before.
      if (canTrimPrev && next.text.length === 3 && next.text[2] === '~') {
        const prev = atoms[atoms.length - 1];
        if (prev?.kind === 'literal') prev.val = trimRightGoSpace(prev.val);
      }
      const r =
        next.type === TokenType.TemplateInterp ? parseInterp(p, next, startRange, end, atoms, diags) : parseDirective(p, next, startRange, atoms, diags);
      ltrimNext = r === 'ltrim';
      continue;
    }
    if (!p.recovery) {
      diags.push(
        errorDiag('Unterminated template string', 'No closing marker was found for the string.', next.range, rangeBetween(startRange, next.range)),
      );
    }
    endRange = p.recover(end).range;
    break;
  }

  if (atoms.length === 0) {
    // `""` means the empty string: a zero-width literal just after the opening quote.
    atoms.push({ kind: 'literal', val: '', range: { filename: startRange.filename, start: startRange.end, end: startRange.end } });
  }
  // Always end with an end atom, so unclosed directives can be reported with a position.
  atoms.push({ kind: 'end', range: endRange });
  return { parts: { atoms, range: rangeBetween(startRange, endRange) }, diags };
}

/** After `${`: the expression and its closing brace. Returns 'ltrim' when closed by `~}`. */
function parseInterp(p: Parser, open: Token, startRange: Range, end: TokenType, atoms: TemplateAtom[], diags: Diagnostic[]): 'ltrim' | undefined {
  p.pushIncludeNewlines(false);
  const e = parseExpression(p);
  diags.push(...e.diags);
  const close = p.peek();
  let ltrim: 'ltrim' | undefined;
  if (close.type !== TokenType.TemplateSeqEnd) {
    if (!p.recovery) diags.push(interpCloseDiag(close, startRange, end));
    p.recover(TokenType.TemplateSeqEnd);
  } else {
    p.read();
    if (close.text.length === 2 && close.text[0] === '~') ltrim = 'ltrim';
  }
  p.popIncludeNewlines();
  atoms.push({ kind: 'interp', expr: e.node, range: rangeBetween(open.range, close.range) });
  return ltrim;
}

function interpCloseDiag(close: Token, startRange: Range, end: TokenType): Diagnostic {
  if (close.type === TokenType.EOF) {
    return errorDiag(
      'Unclosed template interpolation sequence',
      'There is no closing brace for this interpolation sequence before the end of the file. This might be caused by incorrect nesting inside the given expression.',
      startRange,
    );
  }
  if (close.type === TokenType.Colon) {
    return errorDiag(
      'Extra characters after interpolation expression',
      'Template interpolation doesn\'t expect a colon at this location. Did you intend this to be a literal sequence to be processed as part of another language? If so, you can escape it by starting with "$${" instead of just "${".',
      close.range,
      rangeBetween(startRange, close.range),
    );
  }
  if ((close.type === TokenType.CQuote || close.type === TokenType.OQuote) && end === TokenType.CQuote) {
    // An errant quote inside a quoted template's interpolation: the sequence is probably missing its terminator.
    return errorDiag(
      'Unclosed template interpolation sequence',
      'There is no closing brace for this interpolation sequence before the end of the quoted template. This might be caused by incorrect nesting inside the given expression.',
      startRange,
    );
  }
  return errorDiag(
    'Extra characters after interpolation expression',
    'Expected a closing brace to end the interpolation expression, but found extra characters.\n\nThis can happen when you include interpolation syntax for another language, such as shell scripting, but forget to escape the interpolation start token. If this is an embedded sequence for another language, escape it by starting with "$${" instead of just "${".',
    close.range,
    rangeBetween(startRange, close.range),
  );
}

/** After `%{`: a directive keyword and its arguments, then the closing brace. Returns 'ltrim' for `~}`. */
function parseDirective(p: Parser, open: Token, startRange: Range, atoms: TemplateAtom[], diags: Diagnostic[]): 'ltrim' | undefined {
  p.pushIncludeNewlines(false);
  const abandon = (): undefined => {
    p.recover(TokenType.TemplateSeqEnd);
    p.popIncludeNewlines();
    return undefined;
  };
  const kw = p.peek();
  if (kw.type !== TokenType.Ident) {
    if (!p.recovery) {
      diags.push(
        errorDiag(
          'Invalid template directive',
          'A template directive keyword ("if", "for", etc) is expected at the beginning of a %{ sequence.',
          kw.range,
          rangeBetween(open.range, kw.range),
        ),
      );
    }
    return abandon();
  }
  p.read();
  const here = (): Range => rangeBetween(open.range, p.nextRange());
  const forDiag = (detail: string): undefined => {
    if (!p.recovery) diags.push(errorDiag("Invalid 'for' directive", detail, p.peek().range));
    return abandon();
  };

  switch (kw.text) {
    case 'if': {
      const cond = parseExpression(p);
      diags.push(...cond.diags);
      atoms.push({ kind: 'if', cond: cond.node, range: here() });
      break;
    }
    case 'else':
    case 'endif':
    case 'endfor':
      atoms.push({ kind: 'endCtrl', which: kw.text, range: here() });
      break;
    case 'for': {
      if (p.peek().type !== TokenType.Ident) return forDiag("For directive requires variable name after 'for'.");
      let keyVar = '';
      let valVar = p.read().text;
      if (p.peek().type === TokenType.Comma) {
        keyVar = valVar;
        p.read();
        if (p.peek().type !== TokenType.Ident) return forDiag('For directive requires value variable name after comma.');
        valVar = p.read().text;
      }
      if (!isKeyword(p.peek(), 'in')) return forDiag("For directive requires 'in' keyword after names.");
      p.read();
      const coll = parseExpression(p);
      diags.push(...coll.diags);
      atoms.push({ kind: 'for', keyVar, valVar, coll: coll.node, range: here() });
      break;
    }
    default:
      if (!p.recovery) {
        diags.push(
          errorDiag(
            'Invalid template control keyword',
            `"${kw.text}" is not a valid template control keyword.${didYouMean(kw.text, ['if', 'for', 'else', 'endif', 'endfor'])}`,
            kw.range,
            rangeBetween(open.range, kw.range),
          ),
        );
      }
      return abandon();
  }

  const close = p.peek();
  let ltrim: 'ltrim' | undefined;
  if (close.type !== TokenType.TemplateSeqEnd) {
    if (!p.recovery) {
      diags.push(
        errorDiag(
          `Extra characters in ${kw.text} marker`,
          'Expected a closing brace to end the sequence, but found extra characters.',
          close.range,
          rangeBetween(startRange, close.range),
        ),
      );
    }
    p.recover(TokenType.TemplateSeqEnd);
  } else {
    p.read();
    if (close.text.length === 2 && close.text[0] === '~') ltrim = 'ltrim';
  }
  p.popIncludeNewlines();
  return ltrim;
}
