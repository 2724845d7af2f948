// `kiln version`: prints "Kiln vX.Y.Z".
import type { CommandRun } from '../io.js';
import { formattedVersion } from '../version.js';

export const versionHelp = 'Prints the Kiln version.';

export const runVersion: CommandRun = async (_argv, io) => {
  io.stdout.write(`${formattedVersion()}\n`);
  return 0;
};
