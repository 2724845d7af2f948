// Commands kiln lists but does not implement yet: their help (Packer's, reworded) and a clear refusal.
import type { CliIO, CommandRun } from '../io.js';

export const initHelp = `Usage: kiln init [options] TEMPLATE

  Install all the missing plugins required in a template. Note that kiln
  does not have a state.

  This is the first command that should be executed when working with a new
  or existing template.

  This command is always safe to run multiple times. Though subsequent runs may
  give errors, this command will never delete anything.

Options:
  -upgrade                     On top of installing missing plugins, update
                               installed plugins to the latest available
                               version, if there is a new higher one. Note that
                               this still takes into consideration the version
                               constraint of the config.
  -force                       Forces reinstallation of plugins, even if already
                               installed.`;

/** A command that only explains it is not available yet; exit status 1. */
export function notImplemented(name: string): CommandRun {
  return async (_argv: readonly string[], io: CliIO) => {
    io.stderr.write(`Error: "kiln ${name}" is not implemented yet in this version of kiln.\n`);
    return 1;
  };
}
