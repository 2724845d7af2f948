// Options and validations shared by the shell, shell-local and windows-shell family (packer-plugin-sdk/shell).
import { statSync } from 'node:fs';
import type { Diagnostic } from '../../hcl/diagnostics/diagnostic.js';
import type { Check } from '../schema/check-context.js';
import { invalid } from '../schema/checks.js';
import { list, map } from '../schema/collections.js';
import { optional } from '../schema/fields.js';
import { number, string } from '../schema/primitives.js';
import { packerCommonFields } from './packer-fields.js';

export const shellCommonFields = {
  ...packerCommonFields,
  inline: optional(list(string())),
  script: optional(string()),
  scripts: optional(list(string())),
  valid_exit_codes: optional(list(number({ int: true })), [0]),
  environment_vars: optional(list(string()), []),
  env: optional(map(string()), {}),
  env_var_format: optional(string()),
} as const;

/** "Environment variable not in format 'key=value': X" for each malformed entry of environment_vars. */
export function environmentVarsCheck(): Check<{ environment_vars?: readonly string[] | undefined }> {
  return (c, ctx) => {
    const out: Diagnostic[] = [];
    for (const kv of c.environment_vars ?? []) {
      const eq = kv.indexOf('=');
      if (eq <= 0) out.push(invalid(`Environment variable not in format 'key=value': ${kv}`, ctx.rangeOf('environment_vars')));
    }
    return out;
  };
}

/** Go's os.Stat error text for a path that cannot be read, or undefined when it exists. */
export function statError(path: string): string | undefined {
  try {
    statSync(path);
    return undefined;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' ? 'permission denied' : code === 'ENOTDIR' ? 'not a directory' : String(code);
    return `stat ${path}: ${why}`;
  }
}

/** "Bad script 'x': stat x: no such file or directory" for each script (and `script`) that does not exist locally. */
export function scriptsExistCheck(): Check<{ script?: string | undefined; scripts?: readonly string[] | undefined }> {
  return (c, ctx) => {
    const out: Diagnostic[] = [];
    const check = (path: string, field: string) => {
      const err = statError(path);
      if (err !== undefined) out.push(invalid(`Bad script '${path}': ${err}`, ctx.rangeOf(field)));
    };
    if (c.script !== undefined && c.script !== '') check(c.script, 'script');
    for (const s of c.scripts ?? []) check(s, 'scripts');
    return out;
  };
}
