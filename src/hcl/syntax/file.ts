// Parsing a native-syntax file straight into the syntax-agnostic Body, plus the checks HCL makes at parse time.
import type * as ast from '../ast/nodes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { parseConfig } from '../parser/index.js';
import type { Body } from '../structure.js';
import { wrapBody } from './body.js';
import { duplicateAttributeDiagnostics } from './duplicate-attributes.js';

export { duplicateAttributeDiagnostics };

export interface HclFile {
  body: Body;
  bytes: string;
  ast: ast.Body;
}

/** Parses native HCL source; diagnostics include the parser's and "Attribute redefined" for repeated arguments. */
export function parseAndWrap(src: string, filename: string): { file: HclFile; diagnostics: Diagnostic[] } {
  const parsed = parseConfig(src, filename);
  const diagnostics = [...parsed.diagnostics, ...duplicateAttributeDiagnostics(parsed.body)];
  return { file: { body: wrapBody(parsed.body), bytes: src, ast: parsed.body }, diagnostics };
}
