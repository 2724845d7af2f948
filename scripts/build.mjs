// Bundles the CLI for a fast start. dist/kiln.mjs (what bin/kiln imports) holds only the dispatcher; each
// command is its own module under dist/commands/, loaded when that command runs. Commands that must start
// fast are single files; the others share chunks, and their lazy imports (heavy libraries) stay lazy.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const outdir = resolve('dist');
const commandsDir = 'src/cli/commands';
/** Commands bundled into one file each: no chunk files to find and load at start-up. */
const standalone = new Set(['fmt', 'version', 'planned']);

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  outExtension: { '.js': '.mjs' },
  sourcemap: 'linked',
  legalComments: 'none',
  metafile: true,
  write: false,
  // Some dependencies are CommonJS and call require(); every output file gets one.
  banner: { js: "import { createRequire as __kilnCreateRequire } from 'node:module'; const require = __kilnCreateRequire(import.meta.url);" },
  define: { KILN_VERSION: JSON.stringify(pkg.version) },
  logLevel: 'warning',
};

// The dispatcher: the registry's `import('./name.js')` of each command becomes `import('./commands/name.mjs')`.
const commands = new Set();
const dispatcher = await build({
  ...common,
  entryPoints: { kiln: 'src/cli/main.ts' },
  outdir,
  plugins: [
    {
      name: 'commands-external',
      setup(b) {
        b.onResolve({ filter: /^\.\/[\w-]+\.js$/ }, (args) => {
          if (args.kind !== 'dynamic-import' || basename(args.importer) !== 'registry.ts') return undefined;
          const name = basename(args.path, '.js');
          commands.add(name);
          return { path: `./commands/${name}.mjs`, external: true };
        });
      },
    },
  ],
});

const entries = (names) => Object.fromEntries([...names].map((n) => [n, join(commandsDir, `${n}.ts`)]));
const commandsOut = join(outdir, 'commands');
const single = await build({ ...common, entryPoints: entries([...commands].filter((n) => standalone.has(n))), outdir: commandsOut });
const shared = await build({
  ...common,
  entryPoints: entries([...commands].filter((n) => !standalone.has(n))),
  outdir: commandsOut,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
});

// Each file is replaced atomically (the tests run bin/kiln while rebuilding), and files of older builds
// are removed afterwards. Command modules are written before the dispatcher that imports them.
const written = new Set();
const outputs = [...single.outputFiles, ...shared.outputFiles, ...dispatcher.outputFiles];
for (const file of outputs) {
  mkdirSync(dirname(file.path), { recursive: true });
  const tmp = `${file.path}.${process.pid}.tmp`;
  writeFileSync(tmp, file.contents);
  renameSync(tmp, file.path);
  written.add(file.path);
}
const meta = { inputs: {}, outputs: {} };
for (const r of [dispatcher, single, shared]) {
  Object.assign(meta.inputs, r.metafile.inputs);
  Object.assign(meta.outputs, r.metafile.outputs);
}
writeFileSync(join(outdir, 'meta.json'), JSON.stringify(meta));
written.add(join(outdir, 'meta.json'));
for (const entry of readdirSync(outdir, { recursive: true, withFileTypes: true })) {
  const path = join(entry.parentPath ?? entry.path, entry.name);
  if (entry.isFile() && !written.has(path) && !path.endsWith('.tmp') && !relative(outdir, path).startsWith('..')) rmSync(path, { force: true });
}
for (const entry of readdirSync(outdir, { recursive: true, withFileTypes: true }).reverse()) {
  const path = join(entry.parentPath ?? entry.path, entry.name);
  if (entry.isDirectory() && readdirSync(path).length === 0) rmSync(path, { recursive: true, force: true });
}
