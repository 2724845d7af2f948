// The JSON syntax tree: ordered, possibly duplicated object properties, numbers kept as text, a range on every node.
import type { Range } from '../source/pos.js';

export type JsonNode = JsonObject | JsonArray | JsonString | JsonNumber | JsonBool | JsonNull | JsonInvalid;

export interface JsonObject {
  readonly kind: 'object';
  /** Properties in source order; HCL's JSON syntax allows the same name more than once. */
  readonly properties: readonly JsonProperty[];
  /** Brace to brace. */
  readonly range: Range;
  readonly openRange: Range;
  readonly closeRange: Range;
}

export interface JsonProperty {
  readonly name: string;
  readonly value: JsonNode;
  /** The range of the name string, quotes included. */
  readonly nameRange: Range;
}

export interface JsonArray {
  readonly kind: 'array';
  readonly values: readonly JsonNode[];
  /** Bracket to bracket. */
  readonly range: Range;
  readonly openRange: Range;
}

export interface JsonString {
  readonly kind: 'string';
  /** The decoded string (escapes resolved). */
  readonly value: string;
  /** Quote to quote. */
  readonly range: Range;
}

export interface JsonNumber {
  readonly kind: 'number';
  /** The literal exactly as written; validated as JSON number syntax. */
  readonly text: string;
  readonly range: Range;
}

export interface JsonBool {
  readonly kind: 'bool';
  readonly value: boolean;
  readonly range: Range;
}

export interface JsonNull {
  readonly kind: 'null';
  readonly range: Range;
}

/** A placeholder where the input was too broken to build a node; evaluates to an unknown value. */
export interface JsonInvalid {
  readonly kind: 'invalid';
  readonly range: Range;
}

/** The range of the node's first token: the opening brace or bracket for containers, else the whole node. */
export function jsonStartRange(node: JsonNode): Range {
  return node.kind === 'object' || node.kind === 'array' ? node.openRange : node.range;
}
