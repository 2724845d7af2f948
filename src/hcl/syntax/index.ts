// The native syntax as syntax-agnostic Body/Expression objects: parse a file, wrap AST nodes, walk them.
export { parseAndWrap, duplicateAttributeDiagnostics, type HclFile } from './file.js';
export { NativeBody, wrapBody, blockDefRange } from './body.js';
export { NativeExpression, wrapExpression, traversalOf } from './expression.js';
export { expressionVariables } from './variables.js';
export { walk, childNodes, type Node, type Walker } from './walk.js';
