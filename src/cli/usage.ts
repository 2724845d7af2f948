// The top-level usage text, laid out as mitchellh/cli's BasicHelpFunc lays out Packer's.
import { commands } from './commands/registry.js';

export function renderUsage(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = [...commands]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((c) => `    ${c.name.padEnd(width)}    ${c.synopsis}\n`);
  return `Usage: kiln [--version] [--help] <command> [<args>]\n\nAvailable commands are:\n${lines.join('')}`;
}
