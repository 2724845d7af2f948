// The syntax-agnostic configuration model: native syntax and JSON both implement Body and Expression.
import type { Diagnostic } from './diagnostics/diagnostic.js';
import type { EvalContext } from './eval/eval-context.js';
import type { Range } from './source/pos.js';
import type { Traversal } from './ast/nodes.js';
import type { Value } from './value/value.js';

/** What a caller expects to find in a body. */
export interface BodySchema {
  attributes?: readonly AttributeSchema[];
  blocks?: readonly BlockHeaderSchema[];
}
export interface AttributeSchema {
  name: string;
  required?: boolean;
}
export interface BlockHeaderSchema {
  type: string;
  labelNames?: readonly string[];
}

export interface Attribute {
  name: string;
  expr: Expression;
  range: Range;
  nameRange: Range;
}

export interface Block {
  type: string;
  labels: string[];
  body: Body;
  defRange: Range;
  typeRange: Range;
  labelRanges: Range[];
}

export interface BodyContent {
  attributes: Map<string, Attribute>;
  blocks: Block[];
  missingItemRange: Range;
}

export interface Body {
  /** Decodes the body against the schema; anything the schema does not name is an error. */
  content(schema: BodySchema): { content: BodyContent; diagnostics: Diagnostic[] };
  /** Like content, but returns what the schema did not name as a remaining Body. */
  partialContent(schema: BodySchema): { content: BodyContent; remain: Body; diagnostics: Diagnostic[] };
  /** Interprets the body as attributes only (e.g. `locals`); blocks are errors. */
  justAttributes(): { attributes: Map<string, Attribute>; diagnostics: Diagnostic[] };
  /** Where an item that is missing would go, for "Missing required argument". */
  missingItemRange(): Range;
}

export interface Expression {
  value(ctx: EvalContext | undefined): { value: Value; diagnostics: Diagnostic[] };
  /** Every traversal from a root variable the expression refers to. */
  variables(): Traversal[];
  range(): Range;
  startRange(): Range;

  // Static analysis, used where an argument is a keyword or a type rather than a value
  // (variable `type = list(string)`, `convert(x, number)`), as HCL's ExprAsKeyword/ExprCall/ExprList/ExprMap.
  /** The traversal, if the expression is just a static traversal (`foo`, `var.x`). */
  asTraversal(): Traversal | undefined;
  /** The call, if the expression is a function call, without evaluating it. */
  asCall(): { name: string; nameRange: Range; args: Expression[]; argsRange: Range } | undefined;
  /** The element expressions, if the expression is a tuple constructor. */
  asList(): Expression[] | undefined;
  /** The key/value expressions, if the expression is an object constructor. */
  asMap(): { key: Expression; value: Expression }[] | undefined;
}
