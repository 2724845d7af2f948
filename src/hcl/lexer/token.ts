// Token kinds of HCL native syntax, shared by the lexer, the parser and the formatter.
import type { Range } from '../source/pos.js';

export enum TokenType {
  OBrace = 'OBrace', // {
  CBrace = 'CBrace', // }
  OBrack = 'OBrack', // [
  CBrack = 'CBrack', // ]
  OParen = 'OParen', // (
  CParen = 'CParen', // )
  OQuote = 'OQuote', // " opening a template
  CQuote = 'CQuote', // " closing a template
  OHeredoc = 'OHeredoc', // <<EOT or <<-EOT (text includes the trailing newline)
  CHeredoc = 'CHeredoc', // the closing marker line

  Star = 'Star', // *
  Slash = 'Slash', // /
  Plus = 'Plus', // +
  Minus = 'Minus', // -
  Percent = 'Percent', // %

  Equal = 'Equal', // =
  EqualOp = 'EqualOp', // ==
  NotEqual = 'NotEqual', // !=
  LessThan = 'LessThan', // <
  LessThanEq = 'LessThanEq', // <=
  GreaterThan = 'GreaterThan', // >
  GreaterThanEq = 'GreaterThanEq', // >=

  And = 'And', // &&
  Or = 'Or', // ||
  Bang = 'Bang', // !

  Dot = 'Dot', // .
  Comma = 'Comma', // ,
  Ellipsis = 'Ellipsis', // ...
  DoubleColon = 'DoubleColon', // :: (function namespaces, `provider::name()`)
  FatArrow = 'FatArrow', // =>
  Question = 'Question', // ?
  Colon = 'Colon', // :

  TemplateInterp = 'TemplateInterp', // ${ or ${~
  TemplateControl = 'TemplateControl', // %{ or %{~
  TemplateSeqEnd = 'TemplateSeqEnd', // } or ~} closing an interpolation or directive

  QuotedLit = 'QuotedLit', // literal text inside a quoted template, escapes not yet processed
  StringLit = 'StringLit', // literal text inside a heredoc or a bare template
  NumberLit = 'NumberLit',
  Ident = 'Ident',

  Comment = 'Comment', // includes the trailing newline for line comments
  Newline = 'Newline',
  EOF = 'EOF',

  // Characters the language forbids, recognised only to explain them.
  BitwiseAnd = 'BitwiseAnd', // &
  BitwiseOr = 'BitwiseOr', // |
  BitwiseNot = 'BitwiseNot', // ~
  BitwiseXor = 'BitwiseXor', // ^
  StarStar = 'StarStar', // **
  Apostrophe = 'Apostrophe', // '
  Backtick = 'Backtick', // `
  Semicolon = 'Semicolon', // ;
  Tabs = 'Tabs', // tab characters (forbidden as whitespace)
  Invalid = 'Invalid',
  BadUTF8 = 'BadUTF8',
  QuotedNewline = 'QuotedNewline', // a newline inside a quoted string
}

export interface Token {
  readonly type: TokenType;
  /** The exact source text of the token. */
  readonly text: string;
  readonly range: Range;
}

/** The lexer's modes: a config file, a standalone template (e.g. templatefile), or a single expression. */
export type LexMode = 'config' | 'template' | 'expression';
