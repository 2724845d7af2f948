// The values phase: input variables (with Packer's precedence), locals and data sources, evaluated in dependency order.
import { isAbsolute, resolve } from 'node:path';
import { type Diagnostic } from '../../hcl/diagnostics/diagnostic.js';
import { EvalContext } from '../../hcl/eval/eval-context.js';
import { createFunctions, createVariableDefaultFunctions } from '../../hcl/functions/index.js';
import { typeExpression } from '../../hcl/value/type.js';
import type { Value } from '../../hcl/value/value.js';
import type { ComponentRegistry } from '../../plugins/types.js';
import type { LoadOptions, TemplateFile, TopLevelBlocks } from '../files.js';
import type { ResolvedLocal, ResolvedVariable } from '../plan.js';
import { evaluateGraph } from './evaluate-graph.js';
import { commandLineFilename, commandLineSource } from './command-line.js';
import { collectSensitiveStrings } from './sensitive.js';
import { ValueScope } from './scope.js';
import { collectInputValues, type VariableInput } from './var-inputs.js';
import { findAutoVarFiles, readVarFile } from './var-files.js';
import { decodeVariableBlock, decodeVariablesBlock, type VariableDecl } from './variable-block.js';
import { resolveVariableValue } from './resolve-variable.js';

export interface ValuesInput {
  blocks: TopLevelBlocks;
  opts: LoadOptions;
  /** path.root: the template directory as Packer's Basedir (the path as given, or its directory). */
  rootDir: string;
  registry: ComponentRegistry;
  /** Cancels running data sources. */
  signal?: AbortSignal;
}

export interface ValuesResult {
  /** var, local, data, path, packer and the function library. */
  ctx: EvalContext;
  variables: ResolvedVariable[];
  locals: ResolvedLocal[];
  sensitiveValues: string[];
  /** Everything below, in order. */
  diagnostics: Diagnostic[];
  /** Packer's Parse phase: declarations, var files and the values given for them. */
  parseDiagnostics: Diagnostic[];
  /** Packer's Initialize phase: unset variables, validations, locals and data sources (noise when parsing failed). */
  initializeDiagnostics: Diagnostic[];
  /** The var files read (auto-loaded and -var-file), for quoting their lines in diagnostics. */
  varFiles: TemplateFile[];
  /** Pseudo-files for `<command line>` (the -var/-var-file arguments) and values from PKR_VAR_ and -var, by name. */
  sources: Map<string, string>;
}

/** Declares the variables, collects their values, then evaluates locals and data sources (Packer's Parse + Initialize). */
export async function initializeValues(input: ValuesInput): Promise<ValuesResult> {
  const { blocks, opts, registry } = input;
  const diagnostics: Diagnostic[] = [];
  // Relative paths in file() & co. resolve against the template's directory as the user wrote it (so messages
  // read like Packer's); when the caller's cwd is not the process's (tests, embedding), make it absolute.
  const baseDir = isAbsolute(input.rootDir) || resolve(opts.cwd) === process.cwd() ? input.rootDir : resolve(opts.cwd, input.rootDir);
  const functions = createFunctions({ baseDir, cwd: opts.cwd });

  // Declarations: a default may only call env().
  const defaultCtx = new EvalContext({ functions: createVariableDefaultFunctions({ ...opts.env }) });
  const vars = new Map<string, VariableDecl>();
  for (const b of blocks.variable) diagnostics.push(...decodeVariableBlock(b, vars, defaultCtx));
  for (const b of blocks.variables) diagnostics.push(...decodeVariablesBlock(b, vars, defaultCtx));

  // Inputs, lowest precedence first: env, auto var files, every -var-file, then every -var — each group in
  // command-line order. This is what Packer's code does (command/meta.go), whatever order the flags were typed in.
  const auto = await findAutoVarFiles(opts.path, opts.cwd);
  const cl = commandLineSource(opts.inputs);
  const given = opts.inputs.map((i, n) => ({ ...i, range: cl.ranges[n] }));
  const ordered = [
    ...auto.map((text) => ({ kind: 'var-file' as const, text, range: undefined })),
    ...given.filter((i) => i.kind === 'var-file'),
    ...given.filter((i) => i.kind === 'var'),
  ];
  const read = await Promise.all(ordered.map((i) => (i.kind === 'var-file' ? readVarFile(i.text, opts.cwd, i.range) : undefined)));
  const inputs: VariableInput[] = [];
  const varFiles: TemplateFile[] = [];
  ordered.forEach((i, n) => {
    const r = read[n];
    if (r === undefined) {
      inputs.push(i.range === undefined ? { kind: 'var', text: i.text } : { kind: 'var', text: i.text, range: i.range });
      return;
    }
    diagnostics.push(...r.diagnostics);
    if (r.file === undefined) return;
    varFiles.push(r.file);
    inputs.push({ kind: 'file', file: r.file });
  });
  const warnUndeclared = opts.warnOnUndeclaredVar ?? opts.mode === 'validate';
  const collected = collectInputValues(vars, opts.env, inputs, warnUndeclared);
  diagnostics.push(...collected.diagnostics);

  const parseDiagnostics = [...diagnostics];
  const initializeDiagnostics: Diagnostic[] = [];
  const scope = new ValueScope({ functions, rootDir: input.rootDir, cwd: opts.cwd, packerVersion: opts.packerVersion });
  const sensitive = new Set<string>();
  const variables: ResolvedVariable[] = [];
  for (const v of vars.values()) {
    const r = resolveVariableValue(v, functions, collected.undeclared, opts.mode === 'validate' || opts.mode === 'build');
    initializeDiagnostics.push(...r.diagnostics);
    scope.setVar(v.name, r.value);
    if (v.sensitive) collectSensitiveStrings(r.value, sensitive);
    const rv: ResolvedVariable = { name: v.name, value: r.value, type: typeExpression(v.type), sensitive: v.sensitive, range: v.range };
    if (v.description !== undefined) rv.description = v.description;
    variables.push(rv);
  }

  const graph = await evaluateGraph({
    blocks,
    variableNames: [...vars.keys()],
    variableRanges: new Map([...vars.values()].map((v) => [v.name, v.range])),
    scope,
    registry,
    skipExecution: opts.mode === 'validate' && !opts.evaluateDatasources,
    signal: input.signal ?? new AbortController().signal,
  });
  const declared = new Set(graph.declarationDiagnostics);
  parseDiagnostics.push(...graph.declarationDiagnostics);
  initializeDiagnostics.push(...graph.diagnostics.filter((d) => !declared.has(d)));
  const locals: ResolvedLocal[] = graph.locals.map((l) => {
    const value: Value = scope.locals.get(l.name)!;
    if (l.sensitive) collectSensitiveStrings(value, sensitive);
    return { name: l.name, value, sensitive: l.sensitive, range: l.range };
  });

  return {
    ctx: scope.finalContext(),
    variables,
    locals,
    sensitiveValues: [...sensitive],
    diagnostics: [...parseDiagnostics, ...initializeDiagnostics],
    parseDiagnostics,
    initializeDiagnostics,
    varFiles,
    sources: opts.inputs.length > 0 ? new Map([[commandLineFilename, cl.text], ...collected.sources]) : collected.sources,
  };
}
