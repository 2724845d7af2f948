// Packer's legacy template functions (template/interpolate/funcs.go): user, env, timestamp, isotime, split, …
import { randomUUID } from 'node:crypto';
import { dirname } from 'node:path';
import { strftime } from '../../../hcl/functions/go/strftime.js';
import { RFC3339, goFormat } from '../../../hcl/functions/go/time-format.js';
import type { GoTime } from '../../../hcl/functions/go/time.js';
import { goBuiltins } from './builtins.js';

/** What the functions can see; `data` is the build data (`{{ .HTTPIP }}`), or 'defer' before the build. */
export interface InterpolateContext {
  userVariables: ReadonlyMap<string, string>;
  /** Only the `variables` section may read the environment (Packer's EnableEnv). */
  enableEnv: boolean;
  env: Readonly<Record<string, string | undefined>>;
  buildName?: string;
  buildType?: string;
  /** The template file's absolute path, for template_dir. */
  templatePath?: string;
  cwd: string;
  packerVersion: string;
  initTime: GoTime;
  data: ReadonlyMap<string, string> | 'defer';
}

export type GoValue = string | number | boolean | null;
export type ParamType = 'string' | 'int';

export interface TemplateFunction {
  readonly params: readonly ParamType[];
  readonly variadic?: ParamType;
  /** True when the function reads build data, so it is deferred until the build. */
  readonly buildData?: boolean;
  call(args: readonly GoValue[], ctx: InterpolateContext): { value: string } | { error: string };
}

const ok = (value: string): { value: string } => ({ value });
const fail = (error: string): { error: string } => ({ error });
const str = (v: GoValue | undefined): string => String(v ?? '');

function unavailable(name: string, service: string, params: readonly ParamType[]): TemplateFunction {
  return { params, call: () => fail(`${name} is not available in kiln: it would read a secret from ${service}`) };
}

/** Google's clean_resource_name: lower case, only [a-z0-9-], at most 63 characters. */
export function cleanResourceName(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9-]/g, '-').slice(0, 63);
}

function tooMany(args: readonly GoValue[]): string {
  return `too many values, 1 needed: [${args.map(str).join(' ')}]`;
}

export const templateFunctions: ReadonlyMap<string, TemplateFunction> = new Map<string, TemplateFunction>([
  [
    'user',
    {
      params: ['string'],
      call: ([k], ctx) => {
        const v = ctx.userVariables.get(str(k));
        if (v === undefined && ctx.enableEnv) return fail(`variable ${str(k)} not set`);
        return ok(v ?? '');
      },
    },
  ],
  ['env', { params: ['string'], call: ([k], ctx) => (ctx.enableEnv ? ok(ctx.env[str(k)] ?? '') : fail('env vars are not allowed here')) }],
  ['timestamp', { params: [], call: (_a, ctx) => ok(String(ctx.initTime.unix)) }],
  [
    'isotime',
    {
      params: [],
      variadic: 'string',
      call: (args, ctx) => (args.length > 1 ? fail(tooMany(args)) : ok(goFormat(ctx.initTime, args.length === 0 ? RFC3339 : str(args[0])))),
    },
  ],
  [
    'strftime',
    {
      params: [],
      variadic: 'string',
      call: (args, ctx) => (args.length > 1 ? fail(tooMany(args)) : ok(args.length === 0 ? goFormat(ctx.initTime, RFC3339) : strftime(str(args[0]), ctx.initTime))),
    },
  ],
  ['uuid', { params: [], call: () => ok(randomUUID()) }],
  ['build_name', { params: [], call: (_a, ctx) => (ctx.buildName ? ok(ctx.buildName) : fail('build_name not available')) }],
  ['build_type', { params: [], call: (_a, ctx) => (ctx.buildType ? ok(ctx.buildType) : fail('build_type not available')) }],
  ['pwd', { params: [], call: (_a, ctx) => ok(ctx.cwd) }],
  ['template_dir', { params: [], call: (_a, ctx) => (ctx.templatePath ? ok(dirname(ctx.templatePath)) : fail('template path not available')) }],
  ['packer_version', { params: [], call: (_a, ctx) => ok(ctx.packerVersion) }],
  [
    'split',
    {
      params: ['string', 'string', 'int'],
      call: ([s, sep, i]) => {
        const parts = str(s).split(str(sep));
        const n = Number(i);
        if (n < 0 || n >= parts.length) return fail(`the substring ${n} was unavailable using the separator value, ${str(sep)}, only ${parts.length} values were found`);
        return ok(parts[n] ?? '');
      },
    },
  ],
  ['replace', { params: ['string', 'string', 'int', 'string'], call: ([o, n, count, s]) => ok(goReplace(str(s), str(o), str(n), Number(count))) }],
  ['replace_all', { params: ['string', 'string', 'string'], call: ([o, n, s]) => ok(goReplace(str(s), str(o), str(n), -1)) }],
  ['lower', { params: ['string'], call: ([s]) => ok(str(s).toLowerCase()) }],
  ['upper', { params: ['string'], call: ([s]) => ok(str(s).toUpperCase()) }],
  ['clean_resource_name', { params: ['string'], call: ([s]) => ok(cleanResourceName(str(s))) }],
  [
    'build',
    {
      params: ['string'],
      buildData: true,
      call: ([k], ctx) => {
        if (ctx.data === 'defer') return fail('build data is not available before the build');
        const v = ctx.data.get(str(k));
        return v === undefined ? fail(`loading data from state: ${str(k)} not found`) : ok(v);
      },
    },
  ],
  [
    'sed',
    {
      params: ['string', 'string'],
      call: () => fail('template function `sed` is deprecated use `replace` or `replace_all` instead. Documentation: https://www.packer.io/docs/templates/engine'),
    },
  ],
  ['consul_key', unavailable('consul_key', 'Consul', ['string'])],
  ['vault', unavailable('vault', 'HashiCorp Vault', ['string', 'string'])],
  ['aws_secretsmanager', { params: ['string'], variadic: 'string', call: () => fail('aws_secretsmanager is not available in kiln: it would read a secret from AWS Secrets Manager') }],
  ['aws_secretsmanager_raw', unavailable('aws_secretsmanager_raw', 'AWS Secrets Manager', ['string'])],
]);

/** Every name a template may call: Packer's functions and Go text/template's predefined ones. */
export const templateFunctionNames: ReadonlySet<string> = new Set([...templateFunctions.keys(), ...goBuiltins.keys()]);

/** Go's strings.Replace: the first n non-overlapping instances (all when n < 0); an empty `old` inserts between runes. */
export function goReplace(s: string, old: string, rep: string, n: number): string {
  if (n === 0 || old === rep) return s;
  if (old === '') {
    const chars = [...s];
    let out = '';
    let done = 0;
    for (let i = 0; i <= chars.length; i++) {
      if (n < 0 || done < n) {
        out += rep;
        done++;
      }
      if (i < chars.length) out += chars[i];
    }
    return out;
  }
  let out = '';
  let i = 0;
  let done = 0;
  while (n < 0 || done < n) {
    const j = s.indexOf(old, i);
    if (j < 0) break;
    out += s.slice(i, j) + rep;
    i = j + old.length;
    done++;
  }
  return out + s.slice(i);
}
