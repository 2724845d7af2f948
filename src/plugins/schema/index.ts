// The component schema DSL: one schema per plugin gives decoding, the TypeScript type and docs.
export { string, number, bool, duration, enumOf, any, type NumberOptions } from './primitives.js';
export { list, map } from './collections.js';
export { object, ObjectSchema } from './object.js';
export { required, optional, block, blocks, type Infer, type ShapeType, type Shape, type FieldDef } from './fields.js';
export { exactlyOneOf, atMostOneOf, requiredWith, rule, invalid, present, quotedList, InvalidConfiguration } from './checks.js';
export type { Check, CheckContext } from './check-context.js';
export { unknownFieldsOf, isUnknownField } from './unknown.js';
export { parseGoDuration, formatGoDuration } from './duration.js';
export type { ValueSchema, DecodeMode, FieldKind } from './value-schema.js';
export { schemaDocs, type OptionDoc } from './docs.js';
export { communicatorFields, sshFields, winrmFields, communicatorChecks } from './communicator.js';
export { resolveCommunicator, type CommunicatorSettings, type SshSettings, type WinrmSettings, type CommunicatorOptions } from './communicator-settings.js';
