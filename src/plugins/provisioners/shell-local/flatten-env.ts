// Packer's flattened environment for shell commands: sorted KEY='value' pairs, single quotes escaped.

export interface EnvSources {
  buildName: string;
  builderType: string;
  environmentVars: readonly string[];
  env: Readonly<Record<string, string>>;
  /** Printf-like format with two %s (key, value); Packer's default is "%s='%s' ". */
  format?: string | undefined;
}

/** The variables a script sees: PACKER_BUILD_NAME, PACKER_BUILDER_TYPE, environment_vars, then env. */
export function collectEnv(src: EnvSources): Map<string, string> {
  const vars = new Map<string, string>([
    ['PACKER_BUILD_NAME', src.buildName],
    ['PACKER_BUILDER_TYPE', src.builderType],
  ]);
  for (const kv of src.environmentVars) {
    const eq = kv.indexOf('=');
    if (eq > 0) vars.set(kv.slice(0, eq), kv.slice(eq + 1));
  }
  for (const [k, v] of Object.entries(src.env)) vars.set(k, v);
  return vars;
}

/** Renders the variables for `{{.Vars}}`, in key order, exactly as Packer's createFlattenedEnvVars does. */
export function flattenEnv(src: EnvSources): string {
  const vars = collectEnv(src);
  const format = src.format ?? "%s='%s' ";
  const escape = !src.format || src.format.includes("'%s'");
  return [...vars.keys()]
    .sort()
    .map((k) => {
      const v = vars.get(k) ?? '';
      const value = escape ? v.replaceAll("'", `'"'"'`) : v;
      let i = 0;
      return format.replace(/%s/g, () => (i++ === 0 ? k : value));
    })
    .join('');
}

/** Replaces Go-template fields like `{{.Vars}}` and `{{ .Script }}` with the given values; others stay as written. */
export function renderFields(template: string, fields: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{\s*\.(\w+)\s*\}\}/g, (whole, name: string) => fields[name] ?? whole);
}
