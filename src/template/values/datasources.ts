// Data sources: `data "type" "name" { … }` blocks, decoded with their plugin's schema and executed (or unknown at validate).
import { errorDiag, hasErrors, type Diagnostic } from '../../hcl/diagnostics/diagnostic.js';
import { nameSuggestion } from '../../hcl/diagnostics/suggest.js';
import type { EvalContext } from '../../hcl/eval/eval-context.js';
import { goQuote } from '../../hcl/eval/go-quote.js';
import { formatRange } from '../../hcl/source/pos.js';
import type { Block } from '../../hcl/structure.js';
import { Value } from '../../hcl/value/value.js';
import type { ComponentRegistry, DataSourcePlugin } from '../../plugins/types.js';
import { badIdentifierDetail, isValidIdentifier } from './static-decode.js';

export interface DataDecl {
  type: string;
  name: string;
  block: Block;
}

/** The data blocks with valid, unique labels (decodeDataBlock and the duplicate check in decodeDatasources). */
export function decodeDataBlocks(blocks: readonly Block[]): { data: DataDecl[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const data: DataDecl[] = [];
  const seen = new Map<string, DataDecl>();
  for (const block of blocks) {
    const [type = '', name = ''] = block.labels;
    let bad = false;
    if (!isValidIdentifier(type)) {
      diagnostics.push(errorDiag('Invalid data source name', badIdentifierDetail, block.labelRanges[0] ?? block.defRange));
      bad = true;
    }
    if (!isValidIdentifier(name)) {
      diagnostics.push(errorDiag('Invalid data resource name', badIdentifierDetail, block.labelRanges[1] ?? block.defRange));
      bad = true;
    }
    if (bad) continue;
    const key = `${type}.${name}`;
    const first = seen.get(key);
    if (first !== undefined) {
      const d = errorDiag(
        'Duplicate data block',
        `This data block has the same data type and name as a previous block declared at ${formatRange(first.block.defRange)}. Each data must have a unique name per builder type.`,
        block.defRange,
      );
      d.related = [{ range: first.block.defRange, message: `data.${key} was first declared here` }];
      diagnostics.push(d);
      continue;
    }
    const decl = { type, name, block };
    seen.set(key, decl);
    data.push(decl);
  }
  return { data, diagnostics };
}

/** The data-source plugin for a type, or an "Unknown data type" error at the type label listing the known ones. */
export function findDataSource(decl: DataDecl, registry: ComponentRegistry): { plugin: DataSourcePlugin | undefined; diagnostics: Diagnostic[] } {
  const p = registry.get('datasource', decl.type);
  if (p !== undefined && p.kind === 'datasource' && 'execute' in p) return { plugin: p as DataSourcePlugin, diagnostics: [] };
  const known = registry.types('datasource');
  const s = nameSuggestion(decl.type, known);
  const detail =
    known.length === 0
      ? 'Kiln does not currently know any data source.'
      : `Known data sources: ${known.join(', ')}.${s === undefined ? '' : ` Did you mean ${goQuote(s)}?`}`;
  return {
    plugin: undefined,
    diagnostics: [errorDiag(`Unknown data type ${decl.type}`, detail, decl.block.labelRanges[0] ?? decl.block.defRange)],
  };
}

export interface EvaluateDataOptions {
  /** validate without -evaluate-datasources: decode only, outputs unknown. */
  skipExecution: boolean;
  signal: AbortSignal;
}

/** Decodes the block with the plugin's schema, then executes it; on any error the outputs are unknown. */
export async function evaluateDataSource(
  decl: DataDecl,
  plugin: DataSourcePlugin,
  ctx: EvalContext,
  opts: EvaluateDataOptions,
): Promise<{ value: Value; diagnostics: Diagnostic[] }> {
  const unknown = Value.unknown(plugin.outputType);
  const decoded = plugin.schema.decodeBody(decl.block.body, ctx);
  const diagnostics = [...decoded.diagnostics];
  if (hasErrors(diagnostics) || decoded.value === undefined || opts.skipExecution) return { value: unknown, diagnostics };
  try {
    const value = await plugin.execute(decoded.value, { signal: opts.signal });
    return { value, diagnostics };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const d = errorDiag(message, `The ${goQuote(decl.type)} data source ${goQuote(decl.name)} failed.`, decl.block.defRange);
    return { value: unknown, diagnostics: [...diagnostics, d] };
  }
}
