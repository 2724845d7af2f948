// The local communicator and the process helpers it is built on.
export { createLocalCommunicator, type LocalCommunicatorOptions } from './local-communicator.js';
export { runProcess, killGroup, type RunProcessOptions, type RunProcessResult } from './run-process.js';
export { createLineSplitter } from './line-splitter.js';
