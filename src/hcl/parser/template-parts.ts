// First template pass: raw tokens to template atoms (literals, interpolations, directives), applying `~` strip markers.
import { errorDiag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/suggest.js';
import type { Expr } from '../ast/nodes.js';
import { rangeBetween, type Range } from '../source/pos.js';
import { TokenType, type Token } from '../lexer/token.js';
import { trimLeftGoSpace, trimRightGoSpace } from '../lexer/char-classes.js';
import { Frame, subExpression } from './frame.js';
import type { ParseMachine } from './machine.js';
import { isKeyword } from './for-expr.js';
import { buildTemplate } from './template.js';
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

const Pending = { None: 0, Interp: 1, If: 2, For: 3 } as const;
type Pending = (typeof Pending)[keyof typeof Pending];

/**
 * A template: its tokens up to `end` become atoms (literals, interpolations, directives, always ending with
 * an `end` atom), then a tree. Interpolation and directive expressions are child frames.
 */
export class TemplateFrame extends Frame {
  private readonly atoms: TemplateAtom[] = [];
  private startRange: Range | undefined;
  private ltrimNext = false;
  private nextCanTrimPrev = false;
  private pending: Pending = Pending.None;
  /** The `${` or `%{` token of the pending sequence. */
  private seqOpen: Token | undefined;
  private keyVar = '';
  private valVar = '';

  private constructor(
    private end: TokenType,
    private flush: boolean,
    /** As a term: the cursor is at the opening quote or heredoc marker, which start() reads. */
    private readonly asTerm: boolean,
  ) {
    super();
  }

  /** A quoted string or heredoc term. */
  static term(): TemplateFrame {
    return new TemplateFrame(TokenType.EOF, false, true);
  }

  /** A template read up to `end` (EOF for templatefile). */
  static until(end: TokenType, flushHeredoc: boolean): TemplateFrame {
    return new TemplateFrame(end, flushHeredoc, false);
  }

  private open: Token | undefined;
  /** Set once start() ran: a frame started eagerly (see beginTerm) is pushed waiting for its expression. */
  private started = false;

  start(m: ParseMachine): Expr | typeof subExpression {
    if (this.started) return subExpression;
    this.started = true;
    const p = m.p;
    if (this.asTerm) {
      const open = (this.open = p.read());
      this.end = open.type === TokenType.OQuote ? TokenType.CQuote : TokenType.CHeredoc;
      this.flush = open.type === TokenType.OHeredoc && open.text.startsWith('<<-');
    }
    this.startRange = p.nextRange();
    return this.loop(m);
  }

  resume(m: ParseMachine, e: Expr): Expr | typeof subExpression {
    const open = this.seqOpen!;
    switch (this.pending) {
      case Pending.Interp:
        this.ltrimNext = this.closeInterp(m, open, e);
        break;
      case Pending.If:
        this.atoms.push({ kind: 'if', cond: e, range: rangeBetween(open.range, m.p.nextRange()) });
        this.ltrimNext = closeDirective(m, 'if', this.startRange!);
        break;
      case Pending.For:
        this.atoms.push({ kind: 'for', keyVar: this.keyVar, valVar: this.valVar, coll: e, range: rangeBetween(open.range, m.p.nextRange()) });
        this.ltrimNext = closeDirective(m, 'for', this.startRange!);
        break;
    }
    this.pending = Pending.None;
    return this.loop(m);
  }

  private loop(m: ParseMachine): Expr | typeof subExpression {
    const p = m.p;
    const atoms = this.atoms;
    const startRange = this.startRange!;
    let endRange: Range;
    for (;;) {
      const next = p.read();
      if (next.type === this.end) {
        endRange = next.range;
        break;
      }
      const ltrim = this.ltrimNext;
      this.ltrimNext = false;
      const canTrimPrev = this.nextCanTrimPrev;
      this.nextCanTrimPrev = false;

      if (next.type === TokenType.StringLit || next.type === TokenType.QuotedLit) {
        const s = parseStringLiteralToken(next);
        if (s.diags.length > 0) m.addDiags(s.diags);
        atoms.push({ kind: 'literal', val: ltrim ? trimLeftGoSpace(s.value) : s.value, range: next.range });
        this.nextCanTrimPrev = true;
        continue;
      }
      if (next.type === TokenType.TemplateInterp || next.type === TokenType.TemplateControl) {
        // `${~` / `%{~` eat trailing white space of the literal just before.
        if (canTrimPrev && next.text.length === 3 && next.text[2] === '~') {
          const prev = atoms[atoms.length - 1];
          if (prev?.kind === 'literal') prev.val = trimRightGoSpace(prev.val);
        }
        this.seqOpen = next;
        p.pushIncludeNewlines(false);
        if (next.type === TokenType.TemplateInterp) {
          this.pending = Pending.Interp;
          return subExpression;
        }
        const s = this.beginDirective(m, next);
        if (s !== undefined) return s;
        continue;
      }
      if (!p.recovery) {
        m.diag(errorDiag('Unterminated template string', 'No closing marker was found for the string.', next.range, rangeBetween(startRange, next.range)));
      }
      endRange = p.recover(this.end).range;
      break;
    }

    if (atoms.length === 0) {
      // `""` means the empty string: a zero-width literal just after the opening quote.
      atoms.push({ kind: 'literal', val: '', range: { filename: startRange.filename, start: startRange.end, end: startRange.end } });
    }
    // Always end with an end atom, so unclosed directives can be reported with a position.
    atoms.push({ kind: 'end', range: endRange });
    const parts: TemplateParts = { atoms, range: rangeBetween(startRange, endRange) };
    const srcRange = this.open !== undefined ? rangeBetween(this.open.range, p.prevRange()) : parts.range;
    return buildTemplate(m, parts, this.flush, srcRange);
  }

  /** After `${` and its expression: the closing brace. Returns true when closed by `~}`. */
  private closeInterp(m: ParseMachine, open: Token, e: Expr): boolean {
    const p = m.p;
    const close = p.peek();
    let ltrim = false;
    if (close.type !== TokenType.TemplateSeqEnd) {
      if (!p.recovery) m.diag(interpCloseDiag(close, this.startRange!, this.end));
      p.recover(TokenType.TemplateSeqEnd);
    } else {
      p.read();
      if (close.text.length === 2 && close.text[0] === '~') ltrim = true;
    }
    p.popIncludeNewlines();
    this.atoms.push({ kind: 'interp', expr: e, range: rangeBetween(open.range, close.range) });
    return ltrim;
  }

  /**
   * After `%{` (newlines already hidden): the directive keyword and its arguments. Returns a frame for an
   * `if` condition or a `for` collection; otherwise the directive is finished (or abandoned).
   */
  private beginDirective(m: ParseMachine, open: Token): typeof subExpression | undefined {
    const p = m.p;
    const abandon = (): undefined => {
      p.recover(TokenType.TemplateSeqEnd);
      p.popIncludeNewlines();
      return undefined;
    };
    const kw = p.peek();
    if (kw.type !== TokenType.Ident) {
      if (!p.recovery) {
        m.diag(
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
    const forDiag = (detail: string): undefined => {
      if (!p.recovery) m.diag(errorDiag("Invalid 'for' directive", detail, p.peek().range));
      return abandon();
    };

    switch (kw.text) {
      case 'if':
        this.pending = Pending.If;
        return subExpression;
      case 'else':
      case 'endif':
      case 'endfor':
        this.atoms.push({ kind: 'endCtrl', which: kw.text, range: rangeBetween(open.range, p.nextRange()) });
        this.ltrimNext = closeDirective(m, kw.text, this.startRange!);
        return undefined;
      case 'for': {
        if (p.peek().type !== TokenType.Ident) return forDiag("For directive requires variable name after 'for'.");
        this.keyVar = '';
        this.valVar = p.read().text;
        if (p.peek().type === TokenType.Comma) {
          this.keyVar = this.valVar;
          p.read();
          if (p.peek().type !== TokenType.Ident) return forDiag('For directive requires value variable name after comma.');
          this.valVar = p.read().text;
        }
        if (!isKeyword(p.peek(), 'in')) return forDiag("For directive requires 'in' keyword after names.");
        p.read();
        this.pending = Pending.For;
        return subExpression;
      }
      default:
        if (!p.recovery) {
          m.diag(
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
  }
}

/** The closing brace of a directive. Returns true when closed by `~}`. */
function closeDirective(m: ParseMachine, keyword: string, startRange: Range): boolean {
  const p = m.p;
  const close = p.peek();
  let ltrim = false;
  if (close.type !== TokenType.TemplateSeqEnd) {
    if (!p.recovery) {
      m.diag(
        errorDiag(
          `Extra characters in ${keyword} marker`,
          'Expected a closing brace to end the sequence, but found extra characters.',
          close.range,
          rangeBetween(startRange, close.range),
        ),
      );
    }
    p.recover(TokenType.TemplateSeqEnd);
  } else {
    p.read();
    if (close.text.length === 2 && close.text[0] === '~') ltrim = true;
  }
  p.popIncludeNewlines();
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
