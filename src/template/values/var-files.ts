// Variable-definition files: the auto-loaded `*.auto.pkrvars.hcl`/`.json` in a template directory, and reading any var file.
import { readdir, readFile, stat } from 'node:fs/promises';
import * as nodePath from 'node:path';
import { errorDiag, type Diagnostic } from '../../hcl/diagnostics/diagnostic.js';
import type { Range } from '../../hcl/source/pos.js';
import { parseJsonConfig } from '../../hcl/json/index.js';
import { parseAndWrap } from '../../hcl/syntax/index.js';
import { decodeFileText } from '../file-encoding.js';
import type { TemplateFile } from '../files.js';

const autoHcl = '.auto.pkrvars.hcl';
const autoJson = '.auto.pkrvars.json';

/**
 * The auto-loaded var files when the template path is a directory (GetHCL2Files): HCL ones in lexical order,
 * then JSON ones. A single-file template loads none, as in Packer.
 */
export async function findAutoVarFiles(templatePath: string, cwd: string): Promise<string[]> {
  const dir = nodePath.resolve(cwd, templatePath);
  try {
    if (!(await stat(dir)).isDirectory()) return [];
    const entries = await readdir(dir, { withFileTypes: true });
    const names = entries.filter((e) => !e.isDirectory()).map((e) => e.name).sort(compareBytes);
    const hcl = names.filter((n) => n.endsWith(autoHcl));
    const json = names.filter((n) => !n.endsWith(autoHcl) && n.endsWith(autoJson));
    return [...hcl, ...json].map((n) => nodePath.join(templatePath, n));
  } catch {
    return [];
  }
}

/** Go's sort order for file names (os.ReadDir sorts by bytes). */
function compareBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/**
 * Reads and parses one var file by its extension (`.hcl` native, `.json` JSON); `name` is shown in diagnostics,
 * which point at `arg` (the -var-file argument) when given.
 */
export async function readVarFile(name: string, cwd: string, arg?: Range): Promise<{ file: TemplateFile | undefined; diagnostics: Diagnostic[] }> {
  const ext = nodePath.extname(name);
  if (ext !== '.hcl' && ext !== '.json') {
    return {
      file: undefined,
      diagnostics: [errorDiag(`Could not guess format of ${name}`, 'A var file must be suffixed with `.hcl` or `.json`.', arg)],
    };
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(nodePath.resolve(cwd, name));
  } catch (e) {
    const why = e instanceof Error && 'code' in e && e.code === 'ENOENT' ? 'no such file or directory' : String(e);
    return {
      file: undefined,
      diagnostics: [errorDiag('Failed to read file', `The configuration file ${JSON.stringify(name)} could not be read: ${why}.`, arg)],
    };
  }
  const { text, diagnostic } = decodeFileText(bytes, name);
  if (diagnostic !== undefined) {
    // Kept (with no content) so the diagnostic can quote the file.
    return { file: { filename: name, text, body: parseAndWrap('', name).file.body }, diagnostics: [diagnostic] };
  }
  if (ext === '.hcl') {
    const r = parseAndWrap(text, name);
    return { file: { filename: name, text, body: r.file.body }, diagnostics: r.diagnostics };
  }
  const r = parseJsonConfig(text, name);
  return { file: { filename: name, text, body: r.body }, diagnostics: r.diagnostics };
}
