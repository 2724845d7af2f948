// Test helpers for the loader: write a template directory, load it with the default registry, summarise diagnostics.
import { trackedTempDir } from '../../test/support/temp-dirs.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../hcl/diagnostics/diagnostic.js';
import { createDefaultRegistry } from '../plugins/registry.js';
import type { LoadOptions } from './files.js';
import { loadTemplate, type LoadResult } from './load.js';
import { PACKER_COMPAT_VERSION } from './packer-version.js';

export const nullSource = `source "null" "a" {\n  communicator = "none"\n}\n`;

export function dir(files: Record<string, string>): string {
  const d = trackedTempDir('kiln-load-');
  for (const [name, text] of Object.entries(files)) {
    const p = join(d, name);
    mkdirSync(join(p, '..'), { recursive: true });
    writeFileSync(p, text);
  }
  return d;
}

export function opts(cwd: string, more: Partial<LoadOptions> = {}): LoadOptions {
  return {
    path: '.',
    cwd,
    env: {},
    inputs: [],
    only: [],
    except: [],
    mode: 'validate',
    evaluateDatasources: false,
    syntaxOnly: false,
    packerVersion: PACKER_COMPAT_VERSION,
    ...more,
  };
}

export function brief(diags: readonly Diagnostic[]): string[] {
  return diags.map((d) => `${d.severity === 'error' ? 'E' : 'W'} ${d.summary}${d.subject ? ` @${d.subject.filename}:${d.subject.start.line}:${d.subject.start.column}` : ''}`);
}

export async function load(files: Record<string, string>, more: Partial<LoadOptions> = {}): Promise<LoadResult> {
  const cwd = dir(files);
  return loadTemplate(opts(cwd, more), createDefaultRegistry());
}

