// The gate before formatting: `packer fmt` refuses files that don't parse, reporting the parser's errors.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { parseConfig } from '../parser/index.js';
import { duplicateAttributeDiagnostics } from '../syntax/duplicate-attributes.js';

/** The diagnostics hclparse.ParseHCL reports: syntax errors and repeated arguments; nothing is evaluated. */
export function checkSyntax(src: string, filename: string): Diagnostic[] {
  const parsed = parseConfig(src, filename);
  return [...parsed.diagnostics, ...duplicateAttributeDiagnostics(parsed.body)];
}

