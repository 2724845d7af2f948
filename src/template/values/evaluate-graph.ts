// Evaluates locals and data sources in one dependency order; failures and cycles leave unknowns, not cascades.
import type { Traversal } from '../../hcl/ast/nodes.js';
import { hasErrors, type Diagnostic } from '../../hcl/diagnostics/diagnostic.js';
import type { Range } from '../../hcl/source/pos.js';
import { DynamicVal, NullDynamic, Value } from '../../hcl/value/value.js';
import type { ComponentRegistry, DataSourcePlugin } from '../../plugins/types.js';
import type { TopLevelBlocks } from '../files.js';
import { bodyVariables } from './body-variables.js';
import { decodeDataBlocks, evaluateDataSource, findDataSource, type DataDecl } from './datasources.js';
import { edgesFrom, orderGraph, type GraphNode } from './graph.js';
import { decodeLocals, type LocalDecl } from './locals.js';
import type { ValueScope } from './scope.js';
import { suggestReferences } from './suggest-reference.js';

export interface GraphInput {
  blocks: TopLevelBlocks;
  variableNames: readonly string[];
  variableRanges: ReadonlyMap<string, Range>;
  /** Already holds every variable's value; receives the locals and data sources. */
  scope: ValueScope;
  registry: ComponentRegistry;
  skipExecution: boolean;
  signal: AbortSignal;
}

export interface GraphResult {
  locals: LocalDecl[];
  data: DataDecl[];
  /** Every diagnostic: the declarations' first (Packer's Parse phase), then the evaluation's. */
  diagnostics: Diagnostic[];
  /** The `locals`, `local` and `data` blocks' own errors (duplicates, bad names, missing arguments). */
  declarationDiagnostics: Diagnostic[];
}

type Item = { kind: 'local'; decl: LocalDecl } | { kind: 'data'; decl: DataDecl; plugin: DataSourcePlugin | undefined };

export async function evaluateGraph(input: GraphInput): Promise<GraphResult> {
  const { scope } = input;
  const diagnostics: Diagnostic[] = [];
  const l = decodeLocals(input.blocks.locals, input.blocks.local);
  const d = decodeDataBlocks(input.blocks.data);
  diagnostics.push(...l.diagnostics, ...d.diagnostics);

  const items = new Map<string, Item>();
  for (const decl of d.data) {
    const f = findDataSource(decl, input.registry);
    diagnostics.push(...f.diagnostics);
    items.set(`data.${decl.type}.${decl.name}`, { kind: 'data', decl, plugin: f.plugin });
  }
  for (const decl of l.locals) items.set(`local.${decl.name}`, { kind: 'local', decl });

  const known = new Set<string>([...input.variableNames.map((n) => `var.${n}`), ...items.keys()]);
  const nodes: GraphNode[] = input.variableNames.map((n) => ({ id: `var.${n}`, range: input.variableRanges.get(n)!, deps: [] }));
  const traversalsOf = new Map<string, Traversal[]>();
  const incomplete = new Set<string>();
  for (const [id, item] of items) {
    const body = item.kind === 'data' ? bodyVariables(item.decl.block.body) : undefined;
    const traversals = item.kind === 'local' ? (item.decl.expr?.variables() ?? []) : body!.traversals;
    if (body?.complete === false) incomplete.add(id);
    const range = item.kind === 'local' ? item.decl.range : item.decl.block.defRange;
    traversalsOf.set(id, traversals);
    nodes.push({ id, range, deps: edgesFrom(traversals, known) });
  }
  const order = orderGraph(nodes);
  diagnostics.push(...order.diagnostics);

  // Until evaluated (or when they cannot be), locals and data sources are unknown.
  const failed = new Set<string>(order.cyclic);
  for (const [id, item] of items) {
    if (item.kind === 'local') scope.setLocal(item.decl.name, DynamicVal);
    else scope.setData(item.decl.type, item.decl.name, item.plugin ? Value.unknown(item.plugin.outputType) : DynamicVal);
    if (item.kind === 'data' && item.plugin === undefined) failed.add(id);
  }

  const depsOf = new Map(nodes.map((n) => [n.id, n.deps]));
  const nodeDiags = new Map<string, Diagnostic[]>();
  const run = async (id: string): Promise<void> => {
    const item = items.get(id);
    if (item === undefined || failed.has(id)) return;
    const dependsOnFailure = depsOf.get(id)!.some((e) => failed.has(e.to));
    const traversals = traversalsOf.get(id)!;
    const ctx = incomplete.has(id) ? scope.evalContext() : scope.evalContext(traversals);
    // Suggestions for misspelt references look at everything declared, not just what the expression names.
    const suggest = (diags: Diagnostic[]): Diagnostic[] => (diags.length === 0 ? diags : suggestReferences(diags, traversals, scope.evalContext()));
    if (item.kind === 'local') {
      const { decl } = item;
      if (decl.expr === undefined) {
        scope.setLocal(decl.name, decl.sensitive ? NullDynamic.mark('sensitive') : NullDynamic);
        return;
      }
      const r = decl.expr.value(ctx);
      nodeDiags.set(id, suggest(r.diagnostics));
      if (hasErrors(r.diagnostics)) failed.add(id);
      else scope.setLocal(decl.name, decl.sensitive ? r.value.mark('sensitive') : r.value);
      return;
    }
    const r = await evaluateDataSource(item.decl, item.plugin!, ctx, {
      skipExecution: input.skipExecution || dependsOnFailure,
      signal: input.signal,
    });
    nodeDiags.set(id, suggest(r.diagnostics));
    if (hasErrors(r.diagnostics)) failed.add(id);
    scope.setData(item.decl.type, item.decl.name, r.value);
  };

  // Each node starts once its dependencies are done, so independent data sources run concurrently.
  const done = new Map<string, Promise<void>>();
  for (const id of order.order) {
    const deps = depsOf.get(id)!.flatMap((e) => done.get(e.to) ?? []);
    done.set(id, Promise.all(deps).then(() => run(id)));
  }
  await Promise.all(done.values());
  // Diagnostics in evaluation order, whatever order the data sources finished in.
  for (const id of order.order) diagnostics.push(...(nodeDiags.get(id) ?? []));
  return { locals: l.locals, data: d.data, diagnostics, declarationDiagnostics: [...l.diagnostics, ...d.diagnostics] };
}
