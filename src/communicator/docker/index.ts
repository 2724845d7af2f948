// The docker communicator: a running container reached through the Engine API.
export { createDockerCommunicator, shellQuote, type DockerCommunicatorOptions } from './docker-communicator.js';
export { packDirectory, packSingleFile, type TarOwner } from './tar-build.js';
export { extractSingleFile, extractTree } from './tar-extract.js';
export { isExcluded } from './exclude.js';
