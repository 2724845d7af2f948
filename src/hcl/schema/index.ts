// hcldec-style decoding: declarative specs turn a Body into one value, with HCL's diagnostics.
export * from './spec.js';
export { decodeSpec, partialDecodeSpec, type BlockLabel } from './decode.js';
export { impliedSchema, impliedType } from './implied.js';
export { specVariables } from './variables.js';
export { decodeSpecFile, type SpecFile } from './hcldec-file.js';
export { typeFromExpression } from './type-expr.js';
export { rawEquals } from '../value/equals.js';
