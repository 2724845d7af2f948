// The native-syntax AST: a closed union of nodes, each carrying its source range and the ranges of its parts.
import type { Range } from '../source/pos.js';
import type { Value } from '../value/value.js';

export interface Body {
  readonly kind: 'Body';
  /** Attributes and blocks in source order. */
  readonly items: readonly (Attribute | Block)[];
  readonly srcRange: Range;
  /** Zero-width range where a missing item would go (e.g. just before the closing brace). */
  readonly endRange: Range;
}

export interface Attribute {
  readonly kind: 'Attribute';
  readonly name: string;
  readonly expr: Expr;
  readonly srcRange: Range;
  readonly nameRange: Range;
  readonly equalsRange: Range;
}

export interface Block {
  readonly kind: 'Block';
  readonly type: string;
  readonly labels: readonly string[];
  readonly body: Body;
  readonly typeRange: Range;
  readonly labelRanges: readonly Range[];
  readonly openBraceRange: Range;
  readonly closeBraceRange: Range;
  readonly srcRange: Range;
}

/** Steps of a static traversal such as `var.foo[0].bar`. */
export type Traverser =
  | { readonly kind: 'root'; readonly name: string; readonly srcRange: Range }
  | { readonly kind: 'attr'; readonly name: string; readonly srcRange: Range }
  | { readonly kind: 'index'; readonly key: Value; readonly srcRange: Range }
  | { readonly kind: 'splat'; readonly srcRange: Range };

export type Traversal = readonly Traverser[];

export type BinaryOperator = '||' | '&&' | '==' | '!=' | '<' | '<=' | '>' | '>=' | '+' | '-' | '*' | '/' | '%';
export type UnaryOperator = '!' | '-';

export type Expr =
  | LiteralValueExpr
  | ScopeTraversalExpr
  | RelativeTraversalExpr
  | FunctionCallExpr
  | ConditionalExpr
  | IndexExpr
  | TupleConsExpr
  | ObjectConsExpr
  | ObjectConsKeyExpr
  | ForExpr
  | SplatExpr
  | AnonSymbolExpr
  | BinaryOpExpr
  | UnaryOpExpr
  | TemplateExpr
  | TemplateJoinExpr
  | TemplateWrapExpr
  | ParenthesesExpr;

interface NodeBase {
  readonly srcRange: Range;
}

export interface LiteralValueExpr extends NodeBase {
  readonly kind: 'LiteralValue';
  readonly value: Value;
}

/** A traversal from a root variable: `var.x`, `local.y[0]`, `foo`. */
export interface ScopeTraversalExpr extends NodeBase {
  readonly kind: 'ScopeTraversal';
  readonly traversal: Traversal;
}

/** A traversal applied to the result of another expression: `func().a.b`, `x[*].y` sub-steps. */
export interface RelativeTraversalExpr extends NodeBase {
  readonly kind: 'RelativeTraversal';
  readonly source: Expr;
  readonly traversal: Traversal;
}

export interface FunctionCallExpr extends NodeBase {
  readonly kind: 'FunctionCall';
  readonly name: string;
  readonly args: readonly Expr[];
  /** True when the last argument is followed by `...`. */
  readonly expandFinal: boolean;
  readonly nameRange: Range;
  readonly openParenRange: Range;
  readonly closeParenRange: Range;
}

export interface ConditionalExpr extends NodeBase {
  readonly kind: 'Conditional';
  readonly condition: Expr;
  readonly trueResult: Expr;
  readonly falseResult: Expr;
}

export interface IndexExpr extends NodeBase {
  readonly kind: 'Index';
  readonly collection: Expr;
  readonly key: Expr;
  readonly openRange: Range;
  /** The range from the opening bracket to the closing bracket. */
  readonly bracketRange: Range;
}

export interface TupleConsExpr extends NodeBase {
  readonly kind: 'TupleCons';
  readonly exprs: readonly Expr[];
  readonly openRange: Range;
}

export interface ObjectConsItem {
  readonly keyExpr: Expr;
  readonly valueExpr: Expr;
}

export interface ObjectConsExpr extends NodeBase {
  readonly kind: 'ObjectCons';
  readonly items: readonly ObjectConsItem[];
  readonly openRange: Range;
}

/** An object key: a bare identifier is taken literally unless parenthesised (`forceNonLiteral`). */
export interface ObjectConsKeyExpr extends NodeBase {
  readonly kind: 'ObjectConsKey';
  readonly wrapped: Expr;
  readonly forceNonLiteral: boolean;
}

export interface ForExpr extends NodeBase {
  readonly kind: 'For';
  /** Empty string when only a value variable is declared. */
  readonly keyVar: string;
  readonly valVar: string;
  readonly collExpr: Expr;
  /** Present for object `for` expressions (`{for k, v in x : k => v}`). */
  readonly keyExpr?: Expr;
  readonly valExpr: Expr;
  readonly condExpr?: Expr;
  /** True for `...` grouping mode. */
  readonly group: boolean;
  readonly openRange: Range;
  readonly closeRange: Range;
}

export interface SplatExpr extends NodeBase {
  readonly kind: 'Splat';
  readonly source: Expr;
  /** Evaluated once per element with `item` bound to the element. */
  readonly each: Expr;
  readonly item: AnonSymbolExpr;
  readonly markerRange: Range;
}

/** The placeholder a SplatExpr binds to each element in turn. */
export interface AnonSymbolExpr extends NodeBase {
  readonly kind: 'AnonSymbol';
  readonly id: number;
}

export interface BinaryOpExpr extends NodeBase {
  readonly kind: 'BinaryOp';
  readonly op: BinaryOperator;
  readonly lhs: Expr;
  readonly rhs: Expr;
  readonly opRange: Range;
}

export interface UnaryOpExpr extends NodeBase {
  readonly kind: 'UnaryOp';
  readonly op: UnaryOperator;
  readonly val: Expr;
  readonly symbolRange: Range;
}

/** A template with literal and interpolated parts; the result is always a string. */
export interface TemplateExpr extends NodeBase {
  readonly kind: 'Template';
  readonly parts: readonly Expr[];
}

/** Joins the string elements of a tuple: the lowering of a `%{for}` directive. */
export interface TemplateJoinExpr extends NodeBase {
  readonly kind: 'TemplateJoin';
  readonly tuple: Expr;
}

/** A template that is exactly one interpolation (`"${x}"`): returns x's value unconverted. */
export interface TemplateWrapExpr extends NodeBase {
  readonly kind: 'TemplateWrap';
  readonly wrapped: Expr;
}

export interface ParenthesesExpr extends NodeBase {
  readonly kind: 'Parentheses';
  readonly expression: Expr;
}
