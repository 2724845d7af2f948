// The link to the values phase (variables, locals, data sources), implemented in values/.
export { initializeValues, type ValuesInput, type ValuesResult } from './values/index.js';
