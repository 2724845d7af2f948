// The syntax tree of Go text/template, restricted to what Packer's legacy JSON templates use.

/** One operand of a command: a function name, a `.Field` chain, a literal, or a parenthesized pipeline. */
export type TemplateArg =
  | { kind: 'ident'; name: string; pos: number }
  | { kind: 'field'; names: readonly string[]; pos: number }
  | { kind: 'dot'; pos: number }
  | { kind: 'string'; value: string; raw: boolean; pos: number }
  | { kind: 'number'; text: string; value: number; pos: number }
  | { kind: 'bool'; value: boolean; pos: number }
  | { kind: 'nil'; pos: number }
  | { kind: 'pipeline'; pipeline: TemplatePipeline; pos: number };

/** A command: the operand to call and its arguments (`split "a,b" "," 0`). */
export interface TemplateCommand {
  readonly args: readonly TemplateArg[];
  readonly pos: number;
}

/** Commands joined by `|`: each command's result is passed as the last argument of the next. */
export interface TemplatePipeline {
  readonly cmds: readonly TemplateCommand[];
  readonly pos: number;
}

export type TemplateNode =
  | { kind: 'text'; text: string; pos: number }
  /** `start`/`end` are the offsets of the action's delimiters in the template text ({{ … }}). */
  | { kind: 'action'; pipeline: TemplatePipeline; start: number; end: number };

export interface ParsedTemplate {
  readonly text: string;
  readonly nodes: readonly TemplateNode[];
}

/** A template error in Go's wording, with the offset (in the template text) where it occurred. */
export interface TemplateError {
  readonly message: string;
  readonly offset: number;
  readonly end: number;
}
