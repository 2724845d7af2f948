// The commands kiln knows, with their one-line synopses; each is loaded only when it runs.
import type { CommandRun } from '../io.js';

export interface LoadedCommand {
  run: CommandRun;
  /** The text `kiln CMD -h` prints. */
  help: string;
}

export interface CommandEntry {
  readonly name: string;
  readonly synopsis: string;
  load(): Promise<LoadedCommand>;
}

export const commands: readonly CommandEntry[] = [
  {
    name: 'build',
    synopsis: 'build image(s) from template',
    load: async () => {
      const m = await import('./build.js');
      return { run: m.runBuild, help: m.buildHelp };
    },
  },
  {
    name: 'console',
    synopsis: 'creates a console for testing variable interpolation',
    load: async () => {
      const m = await import('./console.js');
      return { run: m.runConsole, help: m.consoleHelp };
    },
  },
  {
    name: 'fmt',
    synopsis: 'Rewrites HCL2 config files to canonical format',
    load: async () => {
      const m = await import('./fmt.js');
      return { run: m.runFmt, help: m.fmtHelp };
    },
  },
  {
    name: 'hcl2_upgrade',
    synopsis: 'transform a JSON template into an HCL2 configuration',
    load: async () => {
      const m = await import('./hcl2-upgrade.js');
      return { run: m.runHcl2Upgrade, help: m.hcl2UpgradeHelp };
    },
  },
  {
    name: 'init',
    synopsis: 'Install missing plugins or upgrade plugins',
    load: async () => {
      const m = await import('./init.js');
      return { run: m.runInit, help: m.initHelp };
    },
  },
  {
    name: 'inspect',
    synopsis: 'see components of a template',
    load: async () => {
      const m = await import('./inspect.js');
      return { run: m.runInspect, help: m.inspectHelp };
    },
  },
  {
    name: 'validate',
    synopsis: 'check that a template is valid',
    load: async () => {
      const m = await import('./validate.js');
      return { run: m.runValidate, help: m.validateHelp };
    },
  },
  {
    name: 'version',
    synopsis: 'Prints the Kiln version',
    load: async () => {
      const m = await import('./version.js');
      return { run: m.runVersion, help: m.versionHelp };
    },
  },
];

export function findCommand(name: string): CommandEntry | undefined {
  return commands.find((c) => c.name === name);
}
