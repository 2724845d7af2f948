// Declaring input variables: `variable "name" { … }` blocks and the legacy `variables { name = default }` form.
import { errorDiag, hasErrors, type Diagnostic } from '../../hcl/diagnostics/diagnostic.js';
import type { EvalContext } from '../../hcl/eval/eval-context.js';
import type { Range } from '../../hcl/source/pos.js';
import type { Attribute, Block, BodySchema } from '../../hcl/structure.js';
import { nameSuggestion } from '../../hcl/diagnostics/suggest.js';
import { convert } from '../../hcl/value/convert.js';
import { applyDefaults } from '../../hcl/value/defaults.js';
import { DynamicType, type Type } from '../../hcl/value/type.js';
import { decodeTypeConstraint } from '../../hcl/value/type-expr.js';
import { DynamicVal } from '../../hcl/value/value.js';
import { badIdentifierDetail, decodeStaticBool, decodeStaticString, isValidIdentifier } from './static-decode.js';
import { decodeValidationBlock, type VariableAssignment, type VariableValidation } from './validation.js';

const typeKeywords = ['string', 'number', 'bool', 'any'];
const typeConstructors = ['list', 'map', 'set', 'object', 'tuple', 'optional'];

/** `type = strng` or `lst(string)`: the type keyword or constructor that was meant, and how a string type is written. */
function suggestTypeKeyword(d: Diagnostic): Diagnostic {
  const detail = d.detail ?? '';
  const kw = /^The keyword "(.*)" is not a valid type specification\.$/.exec(detail);
  const ctor = /^Keyword "(.*)" is not a valid type constructor\.$/.exec(detail);
  const s = kw !== null ? nameSuggestion(kw[1]!, typeKeywords) : ctor !== null ? nameSuggestion(ctor[1]!, typeConstructors) : undefined;
  return s === undefined ? d : { ...d, detail: `${detail} Did you mean "${s}"?` };
}

/** A declared input variable and every value given for it, lowest precedence first. */
export interface VariableDecl {
  name: string;
  /** The type constraint; `any` (dynamic) when neither a type nor a default says otherwise. */
  type: Type;
  description?: string;
  sensitive: boolean;
  /** Kiln extension from Terraform: `nullable = false` refuses null (the default is used instead, if any). */
  nullable: boolean;
  range: Range;
  values: VariableAssignment[];
  validations: VariableValidation[];
  /** The declaration had errors: the value is unknown and no further errors are reported about it. */
  broken: boolean;
}

const variableSchema: BodySchema = {
  attributes: [{ name: 'description' }, { name: 'default' }, { name: 'type' }, { name: 'sensitive' }, { name: 'nullable' }],
  blocks: [{ type: 'validation' }],
};

function duplicate(name: string, subject: Range, first: Range): Diagnostic {
  const d = errorDiag('Duplicate variable', `Duplicate ${name} variable definition found.`, subject);
  d.related = [{ range: first, message: `${name} was first declared here` }];
  return d;
}

/** Adds one `variable` block to `vars` (decodeVariableBlock); `defaultCtx` may only call env(). */
export function decodeVariableBlock(block: Block, vars: Map<string, VariableDecl>, defaultCtx: EvalContext): Diagnostic[] {
  const name = block.labels[0] ?? '';
  const existing = vars.get(name);
  if (existing !== undefined) return [duplicate(name, block.defRange, existing.range)];

  const { content, diagnostics } = block.body.content(variableSchema);
  if (!isValidIdentifier(name)) {
    diagnostics.push(errorDiag('Invalid variable name', badIdentifierDetail, block.labelRanges[0] ?? block.defRange));
  }
  const v: VariableDecl = {
    name,
    type: DynamicType,
    sensitive: false,
    nullable: true,
    range: block.defRange,
    values: [],
    validations: [],
    broken: false,
  };
  vars.set(name, v);

  const desc = content.attributes.get('description');
  if (desc !== undefined) {
    const r = decodeStaticString(desc.expr);
    diagnostics.push(...r.diagnostics);
    if (r.value !== undefined) v.description = r.value;
  }
  for (const flag of ['sensitive', 'nullable'] as const) {
    const attr = content.attributes.get(flag);
    if (attr === undefined) continue;
    const r = decodeStaticBool(attr.expr);
    diagnostics.push(...r.diagnostics);
    if (r.value !== undefined) v[flag] = r.value;
  }

  let typeGiven = false;
  const typeAttr = content.attributes.get('type');
  if (typeAttr !== undefined) {
    const t = decodeTypeConstraint(typeAttr.expr);
    diagnostics.push(...t.diagnostics.map(suggestTypeKeyword));
    if (hasErrors(t.diagnostics)) {
      v.broken = true;
      return diagnostics;
    }
    v.type = t.type;
    typeGiven = true;
  }

  const def = content.attributes.get('default');
  if (def !== undefined) {
    const r = def.expr.value(defaultCtx);
    diagnostics.push(...r.diagnostics);
    if (hasErrors(r.diagnostics)) {
      v.broken = true;
      return diagnostics;
    }
    let value = r.value;
    const c = convert(applyDefaults(value, v.type), v.type);
    if (c.ok) value = c.value;
    else {
      diagnostics.push(
        errorDiag(
          'Invalid default value for variable',
          `This default value is not compatible with the variable's type constraint: ${c.error}.`,
          def.expr.range(),
        ),
      );
      value = DynamicVal;
      v.broken = true;
    }
    v.values.push({ from: 'default', value, range: def.expr.range() });
    // Without a type, the default's type is the variable's (except {} and [], which say nothing about it).
    const k = value.type.kind;
    const empty = (k === 'object' && value.type.attributes.size === 0) || (k === 'tuple' && value.type.elements.length === 0);
    if (!typeGiven && !empty) v.type = value.type;
  }

  for (const b of content.blocks) {
    const r = decodeValidationBlock(name, b);
    diagnostics.push(...r.diagnostics);
    v.validations.push(r.value);
  }
  return diagnostics;
}

/** Adds the attributes of a legacy `variables { … }` block (decodeVariable): each default also fixes the type. */
export function decodeVariablesBlock(block: Block, vars: Map<string, VariableDecl>, defaultCtx: EvalContext): Diagnostic[] {
  const { attributes, diagnostics } = block.body.justAttributes();
  for (const attr of sortedAttrs(attributes)) {
    const existing = vars.get(attr.name);
    if (existing !== undefined) {
      diagnostics.push(duplicate(attr.name, attr.nameRange, existing.range));
      continue;
    }
    const r = attr.expr.value(defaultCtx);
    diagnostics.push(...r.diagnostics);
    const broken = hasErrors(r.diagnostics);
    const value = broken ? DynamicVal : r.value;
    vars.set(attr.name, {
      name: attr.name,
      type: value.type,
      sensitive: false,
      nullable: true,
      range: attr.range,
      values: [{ from: 'default', value, range: attr.expr.range() }],
      validations: [],
      broken,
    });
  }
  return diagnostics;
}

/** Attributes in source order (JustAttributes' map order is not guaranteed to be). */
export function sortedAttrs(attrs: ReadonlyMap<string, Attribute>): Attribute[] {
  return [...attrs.values()].sort((a, b) =>
    a.range.filename === b.range.filename ? a.range.start.byte - b.range.start.byte : a.range.filename < b.range.filename ? -1 : 1,
  );
}
