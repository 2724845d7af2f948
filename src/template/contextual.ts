// The contextual variables `source.*` and `build.*` that component bodies see, as Packer's BuildContext.
import type { EvalContext } from '../hcl/eval/eval-context.js';
import { EmptyObjectType, StringType } from '../hcl/value/type.js';
import { Value } from '../hcl/value/value.js';

/** Packer's BuilderDataCommonKeys: what every builder reports to provisioners as `build.<key>`. */
export const buildDataCommonKeys: readonly string[] = [
  'ID',
  'Host',
  'Port',
  'User',
  'Password',
  'ConnType',
  'PackerRunUUID',
  'PackerHTTPPort',
  'PackerHTTPIP',
  'PackerHTTPAddr',
  'SSHPublicKey',
  'SSHPrivateKey',
  'WinRMPassword',
];

export function sourceObject(type: string, name: string): Value {
  return Value.object({ type: Value.string(type), name: Value.string(name) });
}

/** A builder's context: `source` known, `build` an unknown empty object (builders cannot use build data). */
export function builderContext(base: EvalContext, type: string, name: string): EvalContext {
  return base.newChild({ variables: { source: sourceObject(type, name), build: Value.unknown(EmptyObjectType) } });
}

/** A provisioner's or post-processor's context: `build.name` known, build data unknown until `buildData` gives it. */
export function componentContext(
  base: EvalContext,
  type: string,
  name: string,
  buildName: string,
  buildData?: ReadonlyMap<string, Value>,
  builderKeys: readonly string[] = [],
): EvalContext {
  const attrs = new Map<string, Value>();
  for (const k of [...buildDataCommonKeys, ...builderKeys]) attrs.set(k, Value.unknown(StringType));
  for (const [k, v] of buildData ?? []) attrs.set(k, v);
  attrs.set('name', Value.string(buildName));
  return base.newChild({ variables: { source: sourceObject(type, name), build: Value.object(attrs) } });
}
