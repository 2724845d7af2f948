// Reads and parses each HCL2 template file (native or JSON syntax) into a TemplateFile.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { errorDiag, type Diagnostic } from '../hcl/diagnostics/diagnostic.js';
import { parseJsonConfig } from '../hcl/json/index.js';
import { parseAndWrap } from '../hcl/syntax/index.js';
import { decodeFileText } from './file-encoding.js';
import type { TemplateFile } from './files.js';
import { hcl2JsonFileExt } from './files-discovery.js';

/** Parses one file's text by its extension: `.json` files use HCL's JSON syntax. */
export function parseTemplateText(text: string, filename: string): { file: TemplateFile; diagnostics: Diagnostic[] } {
  if (filename.endsWith(hcl2JsonFileExt) || filename.endsWith('.json')) {
    const { body, diagnostics } = parseJsonConfig(text, filename);
    return { file: { filename, text, body }, diagnostics };
  }
  const { file, diagnostics } = parseAndWrap(text, filename);
  return { file: { filename, text, body: file.body }, diagnostics };
}

/** Reads and parses every file; `sources` receives each text for rendering diagnostics. */
export async function parseTemplateFiles(
  filenames: readonly string[],
  cwd: string,
  sources: Map<string, string>,
): Promise<{ files: TemplateFile[]; diagnostics: Diagnostic[] }> {
  type Read = { f: string; text: string; diagnostic?: Diagnostic } | { f: string; text?: undefined; error: string };
  const texts = await Promise.all(
    filenames.map(async (f): Promise<Read> => {
      try {
        return { f, ...decodeFileText(await readFile(resolve(cwd, f)), f) };
      } catch (err) {
        return { f, error: (err as Error).message };
      }
    }),
  );
  const files: TemplateFile[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const t of texts) {
    if (t.text === undefined) {
      diagnostics.push(errorDiag('Failed to read file', `The configuration file "${t.f}" could not be read: ${t.error ?? ''}`));
      continue;
    }
    sources.set(t.f, t.text);
    if (t.diagnostic !== undefined) {
      diagnostics.push(t.diagnostic);
      continue;
    }
    const parsed = parseTemplateText(t.text, t.f);
    diagnostics.push(...parsed.diagnostics);
    files.push(parsed.file);
  }
  return { files, diagnostics };
}
