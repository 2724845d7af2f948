// Translates Go-template strings of legacy JSON templates into HCL2 template strings (`{{user `x`}}` → `${var.x}`).
import type { TemplateArg, TemplatePipeline } from '../legacy/interpolate/ast.js';
import { cleanResourceName, goReplace, templateFunctionNames } from '../legacy/interpolate/funcs.js';
import { parseTemplate } from '../legacy/interpolate/parser.js';

/** What a translation needed: the timestamp local, variables that became locals, names of undeclared variables. */
export interface TranslateState {
  /** Variables whose defaults use templates: referenced as local.x. */
  locals: ReadonlySet<string>;
  usesTimestamp: boolean;
  usesIsotime: boolean;
  usesStrftime: boolean;
  /** Every `{{user x}}` name seen. */
  userVariables: Set<string>;
}

export function createTranslateState(locals: ReadonlySet<string> = new Set()): TranslateState {
  return { locals, usesTimestamp: false, usesIsotime: false, usesStrftime: false, userVariables: new Set() };
}

/** An HCL quoted string literal (no template sequences inside). */
export function hclQuote(s: string): string {
  return `"${hclEscape(s)}"`;
}

/** Escapes text for the inside of an HCL quoted template: quotes, backslashes, control characters, ${ and %{. */
export function hclEscape(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    .replace(/\$\{/g, () => '$${')
    .replace(/%\{/g, () => '%%{');
}

type Expr = { hcl: string; literal?: string | number | boolean } | undefined;

function literal(a: TemplateArg): string | number | boolean | undefined {
  if (a.kind === 'string') return a.value;
  if (a.kind === 'number') return a.value;
  if (a.kind === 'bool') return a.value;
  return undefined;
}

class Translator {
  constructor(private readonly st: TranslateState) {}

  pipeline(p: TemplatePipeline): Expr {
    let prev: Expr;
    for (const cmd of p.cmds) {
      const args: Expr[] = cmd.args.slice(1).map((a) => this.arg(a));
      const head = cmd.args[0];
      if (head === undefined) return undefined;
      if (head.kind !== 'ident') {
        if (cmd.args.length > 1 || prev !== undefined) return undefined;
        prev = this.arg(head);
      } else {
        if (prev !== undefined) args.push(prev);
        if (args.some((a) => a === undefined)) return undefined;
        prev = this.call(head.name, args as { hcl: string; literal?: string | number | boolean }[]);
      }
      if (prev === undefined) return undefined;
    }
    return prev;
  }

  private arg(a: TemplateArg): Expr {
    const lit = literal(a);
    if (lit !== undefined) return { hcl: typeof lit === 'string' ? hclQuote(lit) : String(lit), literal: lit };
    if (a.kind === 'pipeline') return this.pipeline(a.pipeline);
    if (a.kind === 'ident') return this.call(a.name, []);
    return undefined;
  }

  private call(name: string, args: { hcl: string; literal?: string | number | boolean }[]): Expr {
    const n = args.length;
    const strLit = (i: number): string | undefined => {
      const l = args[i]?.literal;
      return typeof l === 'string' ? l : undefined;
    };
    const allLiteral = args.every((a) => a.literal !== undefined);
    const h = (i: number): string => (args[i] as { hcl: string }).hcl;
    switch (name) {
      case 'user': {
        const v = strLit(0);
        if (n !== 1 || v === undefined || !/^[A-Za-z_][A-Za-z0-9_-]*$/.test(v)) return undefined;
        this.st.userVariables.add(v);
        return { hcl: `${this.st.locals.has(v) ? 'local' : 'var'}.${v}` };
      }
      case 'env':
        return n === 1 ? { hcl: `env(${h(0)})` } : undefined;
      case 'timestamp':
        this.st.usesTimestamp = true;
        return { hcl: 'local.timestamp' };
      case 'isotime':
      case 'strftime':
        if (n === 0) return { hcl: 'timestamp()' };
        if (n !== 1) return undefined;
        if (name === 'isotime') this.st.usesIsotime = true;
        else this.st.usesStrftime = true;
        return { hcl: `legacy_${name}(${h(0)})` };
      case 'uuid':
        return n === 0 ? { hcl: 'uuidv4()' } : undefined;
      // Packer writes build.name/build.type, but in HCL2 build.name is the build block's name and build.type
      // does not exist; the legacy functions meant the builder, which is the source.
      case 'build_name':
        return n === 0 ? { hcl: 'source.name' } : undefined;
      case 'build_type':
        return n === 0 ? { hcl: 'source.type' } : undefined;
      case 'pwd':
        return n === 0 ? { hcl: 'path.cwd' } : undefined;
      // template_dir was absolute; path.root is as given (often relative).
      case 'template_dir':
        return n === 0 ? { hcl: 'abspath(path.root)' } : undefined;
      case 'packer_version':
        return n === 0 ? { hcl: 'packer.version' } : undefined;
      case 'lower':
      case 'upper':
        return n === 1 ? { hcl: `${name}(${h(0)})` } : undefined;
      case 'split': {
        const idx = args[2]?.literal;
        return n === 3 && typeof idx === 'number' ? { hcl: `split(${h(1)}, ${h(0)})[${idx}]` } : undefined;
      }
      case 'replace':
      case 'replace_all': {
        const count = name === 'replace' ? args[2]?.literal : -1;
        const src = name === 'replace' ? 3 : 2;
        if (n !== src + 1 || typeof count !== 'number') return undefined;
        const oldLit = strLit(0);
        if (allLiteral && oldLit !== undefined) {
          const value = goReplace(strLit(src) ?? '', oldLit, strLit(1) ?? '', count);
          return { hcl: hclQuote(value), literal: value };
        }
        // HCL's replace treats /…/ as a regular expression; only plain substrings translate.
        if (count >= 0 || oldLit === undefined || (oldLit.startsWith('/') && oldLit.endsWith('/'))) return undefined;
        return { hcl: `replace(${h(src)}, ${h(0)}, ${h(1)})` };
      }
      case 'clean_resource_name': {
        const v = strLit(0);
        if (n !== 1 || v === undefined) return undefined;
        const out = cleanResourceName(v);
        return { hcl: hclQuote(out), literal: out };
      }
      case 'build': {
        const v = strLit(0);
        return n === 1 && v !== undefined && /^[A-Za-z_][A-Za-z0-9_]*$/.test(v) ? { hcl: `build.${v}` } : undefined;
      }
      default:
        return undefined;
    }
  }
}

/**
 * The HCL quoted-string form of a legacy string: translatable actions become `${…}`; others (build data
 * such as `{{ .HTTPIP }}`, unknown functions) are kept as Go templates, which Packer's plugins still render.
 */
export function translateString(s: string, st: TranslateState): string {
  if (!s.includes('{{')) return hclQuote(s);
  const parsed = parseTemplate(s, templateFunctionNames);
  if (parsed.template === undefined) return hclQuote(s);
  const tr = new Translator(st);
  let out = '';
  for (const node of parsed.template.nodes) {
    if (node.kind === 'text') {
      out += hclEscape(node.text);
      continue;
    }
    const e = tr.pipeline(node.pipeline);
    if (e === undefined) out += hclEscape(s.slice(node.start, node.end));
    else if (typeof e.literal === 'string') out += hclEscape(e.literal);
    else out += `\${${e.hcl}}`;
  }
  return `"${out}"`;
}

/** True when a variable default needs more than env (Packer then makes it a local). */
export function needsLocal(s: string): boolean {
  if (!s.includes('{{')) return false;
  const parsed = parseTemplate(s, templateFunctionNames);
  if (parsed.template === undefined) return false;
  const onlyEnv = (p: TemplatePipeline): boolean =>
    p.cmds.every((c) => c.args.every((a) => (a.kind === 'ident' ? a.name === 'env' : a.kind === 'pipeline' ? onlyEnv(a.pipeline) : a.kind !== 'field' && a.kind !== 'dot')));
  return parsed.template.nodes.some((n) => n.kind === 'action' && !onlyEnv(n.pipeline));
}
