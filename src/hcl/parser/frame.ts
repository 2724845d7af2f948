// The unit of work of the expression parser: a construct being parsed, waiting on an explicit stack.
import type { Expr } from '../ast/nodes.js';
import type { ParseMachine } from './machine.js';

/**
 * One construct being parsed (a tuple, a call, a binary expression...). Where a recursive-descent parser
 * would call itself, a frame returns `subExpression` (or a child frame) instead, and gets the result
 * through resume().
 */
export abstract class Frame {
  /** Called once when the frame is pushed (unless already `started`). */
  abstract start(m: ParseMachine): Step;
  /** Receives the expression (or the child frame's result) it asked for last. */
  abstract resume(m: ParseMachine, sub: Expr): Step;
}

/** Asks the machine to parse a whole expression at the cursor and resume the frame with it. */
export const subExpression: unique symbol = Symbol('subExpression');

/** What a frame returns: its own finished result, a child frame to push, or a request for an expression. */
export type Step = Expr | Frame | typeof subExpression;

/** Something that has begun parsing: finished already, or a frame still to run. */
export type Begun = Expr | Frame;
