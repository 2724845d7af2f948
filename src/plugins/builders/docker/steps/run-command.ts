// Turns run_command (docker-CLI `run` arguments, Packer's default `-d -i -t --entrypoint=/bin/sh -- {{.Image}}`) into a container spec.

export interface RunCommandSpec {
  image: string;
  entrypoint?: string[];
  cmd?: string[];
  user?: string;
  workingDir?: string;
  env: string[];
  binds: string[];
  openStdin: boolean;
  tty: boolean;
  privileged: boolean;
}

/** Packer's default run_command without -t: a TTY would leak TERM=xterm into the committed image. */
export const defaultRunCommand: readonly string[] = ['-d', '-i', '--entrypoint=/bin/sh', '--', '{{.Image}}'];

const valueFlags: Readonly<Record<string, keyof RunCommandSpec>> = {
  '--entrypoint': 'entrypoint',
  '-u': 'user',
  '--user': 'user',
  '-w': 'workingDir',
  '--workdir': 'workingDir',
  '-e': 'env',
  '--env': 'env',
  '-v': 'binds',
  '--volume': 'binds',
};
const ignoredValueFlags = new Set(['--name', '--hostname', '-h', '--network', '--net']);
const ignoredBoolFlags = new Set(['--rm', '-d', '--detach']);

function setValue(spec: RunCommandSpec, key: keyof RunCommandSpec, value: string): void {
  if (key === 'entrypoint') spec.entrypoint = [value];
  else if (key === 'env') spec.env.push(value);
  else if (key === 'binds') spec.binds.push(value);
  else if (key === 'user') spec.user = value;
  else if (key === 'workingDir') spec.workingDir = value;
}

/**
 * Parses the supported subset of `docker run` flags (-d -i -t and combinations, --entrypoint, -e, -u, -w, -v,
 * --privileged, --rm, --name); `{{.Image}}` is replaced by the image. Unknown flags are an error, not ignored.
 */
export function parseRunCommand(args: readonly string[], image: string): RunCommandSpec {
  const spec: RunCommandSpec = { image: '', env: [], binds: [], openStdin: false, tty: false, privileged: false };
  const expand = (s: string) => s.replace(/\{\{\s*\.Image\s*\}\}/g, image);
  let i = 0;
  for (; i < args.length; i++) {
    const arg = expand(args[i]!);
    if (arg === '--') {
      i++;
      break;
    }
    if (!arg.startsWith('-')) break;
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = arg.startsWith('--') && eq > 0 ? arg.slice(eq + 1) : undefined;
    const key = valueFlags[name];
    if (key !== undefined || ignoredValueFlags.has(name)) {
      const value = inline ?? (i + 1 < args.length ? expand(args[++i]!) : undefined);
      if (value === undefined) throw new Error(`run_command: flag ${name} needs a value`);
      if (key !== undefined) setValue(spec, key, value);
      continue;
    }
    if (ignoredBoolFlags.has(name)) continue;
    if (name === '--privileged') spec.privileged = true;
    else if (name === '--interactive') spec.openStdin = true;
    else if (name === '--tty') spec.tty = true;
    else if (/^-[dit]+$/.test(name)) {
      if (name.includes('i')) spec.openStdin = true;
      if (name.includes('t')) spec.tty = true;
    } else throw new Error(`run_command: unsupported docker run flag ${JSON.stringify(arg)}`);
  }
  if (i >= args.length) throw new Error('run_command: no image given');
  spec.image = expand(args[i]!);
  const rest = args.slice(i + 1).map(expand);
  if (rest.length > 0) spec.cmd = rest;
  return spec;
}
