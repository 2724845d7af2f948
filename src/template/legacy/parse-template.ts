// Decodes a legacy JSON template's structure as Packer's template/parse.go does, with ranges on every error.
import { errorDiag, type Diagnostic } from '../../hcl/diagnostics/diagnostic.js';
import { nameSuggestion } from '../../hcl/diagnostics/suggest.js';
import type { JsonNode, JsonObject, JsonProperty } from '../../hcl/json/ast.js';
import type { Range } from '../../hcl/source/pos.js';
import type { LegacyBuilder, LegacyPostProcessor, LegacyProvisioner, LegacyTemplate, LegacyVariable, NameList } from './model.js';

const rootKeys = new Set(['description', 'min_packer_version', 'variables', 'sensitive-variables', 'builders', 'provisioners', 'post-processors', 'error-cleanup-provisioner']);

/** Go's name for a JSON value's type, as mapstructure prints it. */
function goType(n: JsonNode): string {
  switch (n.kind) {
    case 'number':
      return 'float64';
    case 'bool':
      return 'bool';
    case 'string':
      return 'string';
    case 'array':
      return '[]interface {}';
    case 'object':
      return 'map[string]interface {}';
    default:
      return 'interface {}';
  }
}

function goText(n: JsonNode): string {
  if (n.kind === 'number') return n.text;
  if (n.kind === 'bool') return String(n.value);
  if (n.kind === 'string') return n.value;
  return n.kind;
}

class Decoder {
  readonly diagnostics: Diagnostic[] = [];
  err(summary: string, subject: Range, detail?: string): void {
    this.diagnostics.push(errorDiag(summary, detail, subject));
  }

  stringOf(n: JsonNode, what: string): string | undefined {
    if (n.kind === 'string') return n.value;
    this.err(`${what}: expected a string, got ${goType(n)}`, n.range);
    return undefined;
  }

  nameList(n: JsonNode, what: string): NameList | undefined {
    if (n.kind === 'string') return { names: [n.value], range: n.range, ranges: [n.range] };
    if (n.kind !== 'array') {
      this.err(`${what}: expected a list of builder names, got ${goType(n)}`, n.range);
      return undefined;
    }
    const out: NameList = { names: [], range: n.range, ranges: [] };
    for (const e of n.values) {
      const s = this.stringOf(e, what);
      if (s !== undefined) {
        out.names.push(s);
        out.ranges.push(e.range);
      }
    }
    return out;
  }
}

/** Decodes the root object into the template model; structural errors are reported, not thrown. */
export function decodeLegacyTemplate(root: JsonNode, path: string): { template: LegacyTemplate; diagnostics: Diagnostic[] } {
  const d = new Decoder();
  const tpl: LegacyTemplate = { path, variables: [], sensitiveVariables: [], builders: [], provisioners: [], postProcessors: [], range: root.range };
  if (root.kind !== 'object') {
    d.err('Failed to parse template: the root of a JSON template must be an object', root.range);
    return { template: tpl, diagnostics: d.diagnostics };
  }
  for (const prop of root.properties) {
    const v = prop.value;
    if (prop.name.startsWith('_')) continue;
    switch (prop.name) {
      case 'description': {
        const s = d.stringOf(v, 'description');
        if (s !== undefined) tpl.description = s;
        break;
      }
      case 'min_packer_version': {
        const s = d.stringOf(v, 'min_packer_version');
        if (s !== undefined) tpl.minVersion = { value: s, range: v.range };
        break;
      }
      case 'variables':
        decodeVariables(d, v, tpl.variables);
        break;
      case 'sensitive-variables': {
        const list = d.nameList(v, 'sensitive-variables');
        list?.names.forEach((name, i) => tpl.sensitiveVariables.push({ name, range: list.ranges[i] ?? list.range }));
        break;
      }
      case 'builders':
        decodeBuilders(d, v, tpl.builders);
        break;
      case 'provisioners':
        if (v.kind !== 'array') d.err(`provisioners: expected a list, got ${goType(v)}`, v.range);
        else v.values.forEach((p, i) => pushDefined(tpl.provisioners, decodeProvisioner(d, p, `provisioner ${i + 1}`)));
        break;
      case 'error-cleanup-provisioner': {
        const p = decodeProvisioner(d, v, 'error-cleanup-provisioner');
        if (p !== undefined) tpl.errorCleanupProvisioner = p;
        break;
      }
      case 'post-processors':
        decodePostProcessors(d, v, tpl.postProcessors);
        break;
      default:
        if (!rootKeys.has(prop.name)) d.err(`Unknown root level key in template: '${prop.name}'`, prop.nameRange, unknownRootKeyDetail(prop.name));
    }
  }
  return { template: tpl, diagnostics: d.diagnostics };
}

/** What to write instead of an unknown root key: the closest known one, else the list (a `_` prefix makes a comment). */
function unknownRootKeyDetail(name: string): string {
  const s = nameSuggestion(name, rootKeys);
  if (s !== undefined) return `Did you mean "${s}"?`;
  return `The root keys of a JSON template are: ${[...rootKeys].join(', ')}. Keys starting with "_" are ignored, for comments.`;
}

function pushDefined<T>(list: T[], v: T | undefined): void {
  if (v !== undefined) list.push(v);
}

function decodeVariables(d: Decoder, v: JsonNode, out: LegacyVariable[]): void {
  if (v.kind !== 'object') {
    d.err(`variables: expected an object, got ${goType(v)}`, v.range);
    return;
  }
  for (const p of v.properties) {
    const n = p.value;
    if (n.kind === 'null') out.push({ name: p.name, required: true, node: n, nameRange: p.nameRange });
    else if (n.kind === 'string') out.push({ name: p.name, default: n.value, required: false, node: n, nameRange: p.nameRange });
    else d.err(`variable ${p.name}: '' expected type 'string', got unconvertible type '${goType(n)}', value: '${goText(n)}'`, n.range);
  }
}

function objectOrError(d: Decoder, v: JsonNode, what: string): JsonObject | undefined {
  if (v.kind === 'object') return v;
  d.err(`${what}: expected an object, got ${goType(v)}`, v.range);
  return undefined;
}

function decodeBuilders(d: Decoder, v: JsonNode, out: LegacyBuilder[]): void {
  if (v.kind !== 'array') {
    d.err(`builders: expected a list, got ${goType(v)}`, v.range);
    return;
  }
  const seen = new Map<string, Range>();
  v.values.forEach((n, i) => {
    const what = `builder ${i + 1}`;
    const obj = objectOrError(d, n, what);
    if (obj === undefined) return;
    const typeProp = obj.properties.find((p) => p.name === 'type');
    const nameProp = obj.properties.find((p) => p.name === 'name');
    const type = typeProp === undefined ? undefined : d.stringOf(typeProp.value, `${what}: type`);
    if (typeProp === undefined) {
      d.err(`${what}: missing 'type'`, obj.openRange);
      return;
    }
    if (type === undefined) return;
    const name = nameProp === undefined ? type : (d.stringOf(nameProp.value, `${what}: name`) ?? type);
    const nameRange = nameProp?.value.range ?? typeProp.value.range;
    const previous = seen.get(name);
    if (previous !== undefined) {
      d.diagnostics.push({
        ...errorDiag(`${what}: builder with name '${name}' already exists`, `Each builder needs a unique name; give one of them a "name".`, nameRange),
        related: [{ range: previous, message: 'first defined here' }],
      });
      return;
    }
    seen.set(name, nameRange);
    const b: LegacyBuilder = { type, typeRange: typeProp.value.range, name, range: obj.range, object: obj, attrs: obj.properties.filter((p) => p.name !== 'type' && p.name !== 'name') };
    if (nameProp !== undefined) b.nameRange = nameProp.value.range;
    out.push(b);
  });
}

const provisionerMeta = new Set(['type', 'only', 'except', 'override', 'pause_before', 'max_retries', 'timeout']);

function decodeProvisioner(d: Decoder, n: JsonNode, what: string): LegacyProvisioner | undefined {
  const obj = objectOrError(d, n, what);
  if (obj === undefined) return undefined;
  const typeProp = obj.properties.find((p) => p.name === 'type');
  if (typeProp === undefined) {
    d.err(`${what}: Provisioner missing 'type'`, obj.openRange);
    return undefined;
  }
  const type = d.stringOf(typeProp.value, `${what}: type`);
  if (type === undefined) return undefined;
  const p: LegacyProvisioner = { type, typeRange: typeProp.value.range, range: obj.range, object: obj, attrs: [], override: new Map() };
  for (const prop of obj.properties) {
    const v = prop.value;
    switch (prop.name) {
      case 'only':
      case 'except': {
        const list = d.nameList(v, `${what}: ${prop.name}`);
        if (list !== undefined) p[prop.name] = list;
        break;
      }
      case 'override':
        if (v.kind !== 'object') d.err(`${what}: override: expected an object, got ${goType(v)}`, v.range);
        else
          for (const o of v.properties) {
            if (o.value.kind !== 'object') d.err(`${what}: override '${o.name}': expected an object, got ${goType(o.value)}`, o.value.range);
            else p.override.set(o.name, { props: [...o.value.properties], nameRange: o.nameRange });
          }
        break;
      case 'pause_before':
      case 'timeout':
      case 'max_retries': {
        if (v.kind !== 'string' && !(prop.name === 'max_retries' && v.kind === 'number')) {
          d.err(`${what}: Error decoding provisioner: '${prop.name}' expected a string, got ${goType(v)}`, v.range);
          break;
        }
        const text = v.kind === 'number' ? v.text : v.kind === 'string' ? v.value : '';
        const key = prop.name === 'pause_before' ? 'pauseBefore' : prop.name === 'timeout' ? 'timeout' : 'maxRetries';
        p[key] = { text, range: v.range };
        break;
      }
      default:
        if (!provisionerMeta.has(prop.name)) p.attrs.push(prop);
    }
  }
  if (p.only !== undefined && p.except !== undefined) {
    d.err(`${what}: only one of 'only' or 'except' may be specified`, p.except.range);
  }
  return p;
}

function decodePostProcessors(d: Decoder, v: JsonNode, out: LegacyPostProcessor[][]): void {
  if (v.kind !== 'array') {
    d.err(`post-processors: expected a list, got ${goType(v)}`, v.range);
    return;
  }
  v.values.forEach((n, i) => {
    const items = n.kind === 'array' ? n.values : [n];
    const chain: LegacyPostProcessor[] = [];
    items.forEach((item, j) => pushDefined(chain, decodePostProcessor(d, item, `post-processor ${i + 1}.${j + 1}`)));
    if (chain.length > 0) out.push(chain);
  });
}

const postProcessorMeta = new Set(['type', 'name', 'only', 'except', 'keep_input_artifact']);

function decodePostProcessor(d: Decoder, n: JsonNode, what: string): LegacyPostProcessor | undefined {
  if (n.kind === 'string') return { type: n.value, typeRange: n.range, range: n.range, attrs: [] };
  const obj = objectOrError(d, n, what);
  if (obj === undefined) return undefined;
  const typeProp = obj.properties.find((p) => p.name === 'type');
  if (typeProp === undefined) {
    d.err(`${what}: type is required`, obj.openRange);
    return undefined;
  }
  const type = d.stringOf(typeProp.value, `${what}: type`);
  if (type === undefined) return undefined;
  const pp: LegacyPostProcessor = { type, typeRange: typeProp.value.range, range: obj.range, object: obj, attrs: [] };
  for (const prop of obj.properties) {
    const v = prop.value;
    if (prop.name === 'only' || prop.name === 'except') {
      const list = d.nameList(v, `${what}: ${prop.name}`);
      if (list !== undefined) pp[prop.name] = list;
    } else if (prop.name === 'name') {
      const s = d.stringOf(v, `${what}: name`);
      if (s !== undefined) pp.name = s;
    } else if (prop.name === 'keep_input_artifact') {
      if (v.kind === 'bool') pp.keepInputArtifact = v.value;
      else d.err(`${what}: keep_input_artifact: expected a bool, got ${goType(v)}`, v.range);
    } else if (!postProcessorMeta.has(prop.name)) {
      pp.attrs.push(prop as JsonProperty);
    }
  }
  return pp;
}
