// Executes a parsed Go template against Packer's function table; build-data actions can be kept for later.
import type { ParsedTemplate, TemplateArg, TemplateCommand, TemplateError, TemplatePipeline } from './ast.js';
import { goBuiltins } from './builtins.js';
import { templateFunctionNames, templateFunctions, type GoValue, type InterpolateContext } from './funcs.js';
import { parseTemplate, templateLine } from './parser.js';
import { nameSuggestion } from '../../../hcl/diagnostics/suggest.js';

type Eval = { value: GoValue } | { error: TemplateError };

/** Go's message for a template error, with a "Did you mean" when it names an unknown function close to a known one. */
export function templateErrorText(e: TemplateError): string {
  const m = /function "([^"]*)" not defined$/.exec(e.message);
  const s = m === null ? undefined : nameSuggestion(m[1]!, templateFunctionNames);
  return s === undefined ? e.message : `${e.message}. Did you mean "${s}"?`;
}

/** Parses and executes `text`; the result is the rendered string or Packer's error text with its offset. */
export function interpolate(text: string, ctx: InterpolateContext): { value: string } | { error: TemplateError } {
  if (!text.includes('{{')) return { value: text };
  const parsed = parseTemplate(text, templateFunctionNames);
  if (parsed.error !== undefined) return { error: parsed.error };
  return executeTemplate(parsed.template as ParsedTemplate, ctx);
}

export function executeTemplate(tpl: ParsedTemplate, ctx: InterpolateContext): { value: string } | { error: TemplateError } {
  let out = '';
  for (const node of tpl.nodes) {
    if (node.kind === 'text') {
      out += node.text;
      continue;
    }
    if (ctx.data === 'defer' && usesBuildData(node.pipeline)) {
      out += tpl.text.slice(node.start, node.end);
      continue;
    }
    const v = new Executor(tpl.text, ctx).pipeline(node.pipeline);
    if ('error' in v) return v;
    out += goPrint(v.value);
  }
  return { value: out };
}

/** True when the pipeline reads build data (`.Field`, `.`, `build "x"`), which is unknown before the build. */
export function usesBuildData(p: TemplatePipeline): boolean {
  return p.cmds.some((c) =>
    c.args.some(
      (a) =>
        a.kind === 'field' ||
        a.kind === 'dot' ||
        (a.kind === 'ident' && templateFunctions.get(a.name)?.buildData === true) ||
        (a.kind === 'pipeline' && usesBuildData(a.pipeline)),
    ),
  );
}

/** fmt.Print of a template value. */
function goPrint(v: GoValue): string {
  return v === null ? '<no value>' : String(v);
}

/** Go's `%s` of a command node, for "executing "root" at <user "x">" messages. */
export function commandString(c: TemplateCommand): string {
  return c.args.map(argString).join(' ');
}
function argString(a: TemplateArg): string {
  switch (a.kind) {
    case 'ident':
      return a.name;
    case 'field':
      return `.${a.names.join('.')}`;
    case 'dot':
      return '.';
    case 'string':
      return a.raw ? `\`${a.value}\`` : JSON.stringify(a.value);
    case 'number':
      return a.text;
    case 'bool':
      return String(a.value);
    case 'nil':
      return 'nil';
    case 'pipeline':
      return `(${a.pipeline.cmds.map(commandString).join(' | ')})`;
  }
}

class Executor {
  constructor(
    private readonly text: string,
    private readonly ctx: InterpolateContext,
  ) {}

  private fail(c: TemplateCommand, msg: string, end?: number): { error: TemplateError } {
    const lineStart = this.text.lastIndexOf('\n', c.pos - 1) + 1;
    const where = `template: root:${templateLine(this.text, c.pos)}:${c.pos - lineStart}`;
    return { error: { message: `${where}: executing "root" at <${commandString(c)}>: ${msg}`, offset: c.pos, end: end ?? c.pos + commandString(c).length } };
  }

  pipeline(p: TemplatePipeline): Eval {
    let prev: GoValue | undefined;
    for (const cmd of p.cmds) {
      const r = this.command(cmd, prev);
      if ('error' in r) return r;
      prev = r.value;
    }
    return { value: prev ?? null };
  }

  private command(c: TemplateCommand, piped: GoValue | undefined): Eval {
    const [head, ...rest] = c.args;
    if (head === undefined) return this.fail(c, 'missing value for command');
    if (head.kind !== 'ident') {
      if (head.kind === 'nil') return this.fail(c, 'nil is not a command');
      if (rest.length > 0 || piped !== undefined) return this.fail(c, `can't give argument to non-function ${argString(head)}`);
      return this.operand(c, head);
    }
    const args: GoValue[] = [];
    for (const a of rest) {
      const v = this.operand(c, a);
      if ('error' in v) return v;
      args.push(v.value);
    }
    if (piped !== undefined) args.push(piped);
    const builtin = goBuiltins.get(head.name);
    if (builtin !== undefined) {
      if (builtin.variadic ? args.length < builtin.min : args.length !== builtin.min) {
        return this.fail(c, `wrong number of args for ${head.name}: want ${builtin.variadic ? 'at least ' : ''}${builtin.min} got ${args.length}`);
      }
      const r = builtin.call(args);
      return 'error' in r ? this.fail(c, `error calling ${head.name}: ${r.error}`) : r;
    }
    const fn = templateFunctions.get(head.name);
    if (fn === undefined) return this.fail(c, `"${head.name}" is not a defined function`);
    const want = fn.params.length;
    if (fn.variadic === undefined ? args.length !== want : args.length < want) {
      return this.fail(c, `wrong number of args for ${head.name}: want ${fn.variadic === undefined ? '' : 'at least '}${want} got ${args.length}`);
    }
    for (let i = 0; i < args.length; i++) {
      const t = fn.params[i] ?? fn.variadic;
      const v = args[i];
      const actual = typeof v === 'number' ? 'int' : typeof v === 'boolean' ? 'bool' : v === null ? 'nil' : 'string';
      if (t !== actual) return this.fail(c, `wrong type for value; expected ${t}; got ${actual}`);
    }
    const r = fn.call(args, this.ctx);
    if ('error' in r) return this.fail(c, `error calling ${head.name}: ${r.error}`);
    return { value: r.value };
  }

  private operand(c: TemplateCommand, a: TemplateArg): Eval {
    switch (a.kind) {
      case 'string':
        return { value: a.value };
      case 'number':
        return Number.isInteger(a.value) ? { value: a.value } : this.fail(c, `wrong type for value; expected int; got float64`);
      case 'bool':
        return { value: a.value };
      case 'nil':
        return { value: null };
      case 'pipeline':
        return this.pipeline(a.pipeline);
      case 'ident':
        return this.command({ args: [a], pos: a.pos }, undefined);
      case 'dot':
      case 'field': {
        const data = this.ctx.data;
        if (data === 'defer') return this.fail(c, 'build data is not available before the build');
        if (a.kind === 'dot') return { value: '' };
        return { value: data.get(a.names.join('.')) ?? null };
      }
    }
  }
}
