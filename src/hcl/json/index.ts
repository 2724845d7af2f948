// Entry points of HCL's JSON syntax: a whole configuration file as a Body, or a standalone expression.
import { errorDiag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { initialPos, type Pos, type Range } from '../source/pos.js';
import type { Expression } from '../structure.js';
import { jsonStartRange, type JsonNode } from './ast.js';
import { JsonBody } from './body.js';
import { JsonExpression } from './expression.js';
import { parseJsonValueSource } from './parser.js';

export type { JsonNode, JsonObject, JsonArray, JsonProperty, JsonString, JsonNumber, JsonBool, JsonNull, JsonInvalid } from './ast.js';
export { JsonBody } from './body.js';
export { JsonExpression } from './expression.js';
export { jsonContextString } from './navigation.js';

/**
 * Parses a `.pkr.json` / `.hcl.json` file. The root must be an object or an array of objects; otherwise an
 * error is reported and the body is empty (so decoding it adds no second error).
 */
export function parseJsonConfig(src: string, filename: string, start: Pos = initialPos): { body: JsonBody; diagnostics: Diagnostic[]; ast: JsonNode } {
  const { node, diagnostics } = parseJsonValueSource(src, filename, start);
  if (node.kind === 'object' || node.kind === 'array') return { body: new JsonBody(node), diagnostics, ast: node };

  diagnostics.push(
    errorDiag(
      'Root value must be object',
      'The root value in a JSON-based configuration must be either a JSON object or a JSON array of objects.',
      jsonStartRange(node),
    ),
  );
  const fake: Range = { filename, start: initialPos, end: initialPos };
  const empty: JsonNode = { kind: 'object', properties: [], range: fake, openRange: fake, closeRange: fake };
  return { body: new JsonBody(empty), diagnostics, ast: empty };
}

/** Parses a standalone JSON value as an HCL expression. */
export function parseJsonExpression(src: string, filename: string, start: Pos = initialPos): { expr: Expression; diagnostics: Diagnostic[] } {
  const { node, diagnostics } = parseJsonValueSource(src, filename, start);
  return { expr: new JsonExpression(node), diagnostics };
}

/** True for expressions and bodies that come from the JSON syntax (HCL's json.IsJSONExpression / IsJSONBody). */
export function isJsonExpression(e: Expression): e is JsonExpression {
  return e instanceof JsonExpression;
}
export function isJsonBody(b: unknown): b is JsonBody {
  return b instanceof JsonBody;
}
