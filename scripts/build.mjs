// Bundles the CLI for a fast start. dist/kiln.mjs (what bin/kiln imports) holds only the dispatcher; each
// command is its own file under dist/commands/, loaded when that command runs.
//
// - Commands that must start fast (fmt, version) are single CommonJS files, compiled through node:vm with
//   a V8 code cache kept beside them: Node 20 has no module compile cache (module.enableCompileCache is
//   Node 22), and compiling fmt's code is most of its start-up time.
// - The other commands are ES modules sharing chunks, so their lazy imports (heavy libraries) stay lazy.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const outdir = resolve('dist');
const commandsDir = 'src/cli/commands';
const commandsOut = join(outdir, 'commands');
/** Commands bundled into one cached file each. */
const standalone = new Set(['fmt', 'version', 'planned']);

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  legalComments: 'none',
  metafile: true,
  write: false,
  define: { KILN_VERSION: JSON.stringify(pkg.version) },
  logLevel: 'warning',
};
const esm = {
  ...common,
  format: 'esm',
  outExtension: { '.js': '.mjs' },
  // Some dependencies are CommonJS and call require(); every output file gets one.
  banner: { js: "import { createRequire as __kilnCreateRequire } from 'node:module'; const require = __kilnCreateRequire(import.meta.url);" },
};

/** The names of the commands registry.ts imports (`import('./name.js')`). */
const registry = readFileSync(join(commandsDir, 'registry.ts'), 'utf8');
const commands = [...new Set([...registry.matchAll(/import\('\.\/([\w-]+)\.js'\)/g)].map((m) => m[1]))];
const entries = (names) => Object.fromEntries(names.map((n) => [n, join(commandsDir, `${n}.ts`)]));

// The content hash in a cached command's name keys its code cache (V8 itself only checks the source length).
const single = await build({
  ...common,
  entryPoints: entries(commands.filter((n) => standalone.has(n))),
  outdir: commandsOut,
  entryNames: '[name]-[hash]',
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  // vm scripts cannot import(); lazy imports of Node's modules become require() calls.
  supported: { 'dynamic-import': false },
});
const singleFile = new Map();
for (const [out, o] of Object.entries(single.metafile.outputs)) {
  if (o.entryPoint !== undefined) singleFile.set(basename(o.entryPoint, '.ts'), basename(out));
}

const shared = await build({
  ...esm,
  entryPoints: entries(commands.filter((n) => !standalone.has(n))),
  outdir: commandsOut,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
});

/** Loads a CommonJS command file through node:vm, with its V8 code cache (written after the first run). */
const loaderSource = `
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

export function loadCachedCommand(name) {
  const file = join(dirname(fileURLToPath(import.meta.url)), 'commands', name);
  const cacheFile = file + '.v8cache';
  const source = readFileSync(file, 'utf8');
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const wrapped = '(function (exports, require, module, __filename, __dirname) {' + source + '\\n})';
  const script = new Script(wrapped, { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  if (cachedData === undefined || script.cachedDataRejected) {
    // Written at exit, so the cache also holds the functions this run compiled; a failure only costs speed.
    process.once('exit', () => {
      try {
        const tmp = cacheFile + '.' + process.pid + '.tmp';
        writeFileSync(tmp, script.createCachedData());
        renameSync(tmp, cacheFile);
      } catch {}
    });
  }
  return module.exports;
}
`;

// The dispatcher: registry.ts's `import('./name.js')` of each command becomes a cached load or an import
// of dist/commands/name.mjs.
const dispatcher = await build({
  ...esm,
  entryPoints: { kiln: 'src/cli/main.ts' },
  outdir,
  plugins: [
    {
      name: 'commands',
      setup(b) {
        b.onResolve({ filter: /^\.\/[\w-]+\.js$/ }, (args) => {
          if (args.kind !== 'dynamic-import' || basename(args.importer) !== 'registry.ts') return undefined;
          const name = basename(args.path, '.js');
          if (singleFile.has(name)) return { path: name, namespace: 'cached-command' };
          return { path: `./commands/${name}.mjs`, external: true };
        });
        b.onResolve({ filter: /^kiln-command-loader$/ }, () => ({ path: 'loader', namespace: 'command-loader' }));
        b.onLoad({ filter: /.*/, namespace: 'command-loader' }, () => ({ contents: loaderSource, loader: 'js', resolveDir: outdir }));
        b.onLoad({ filter: /.*/, namespace: 'cached-command' }, (args) => ({
          contents: `const { loadCachedCommand } = require('kiln-command-loader');\nmodule.exports = loadCachedCommand(${JSON.stringify(singleFile.get(args.path))});\n`,
          loader: 'js',
          resolveDir: outdir,
        }));
      },
    },
  ],
});

// Each file is replaced atomically (the tests run bin/kiln while rebuilding), and files of older builds
// (including code caches of older command files) are removed afterwards. Command files are written
// before the dispatcher that loads them.
const written = new Set();
for (const file of [...single.outputFiles, ...shared.outputFiles, ...dispatcher.outputFiles]) {
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
const keep = (path) => written.has(path) || path.endsWith('.tmp') || (path.endsWith('.v8cache') && written.has(path.slice(0, -'.v8cache'.length)));
for (const entry of readdirSync(outdir, { recursive: true, withFileTypes: true })) {
  const path = join(entry.parentPath ?? entry.path, entry.name);
  if (entry.isFile() && !keep(path) && !relative(outdir, path).startsWith('..')) rmSync(path, { force: true });
}
for (const entry of readdirSync(outdir, { recursive: true, withFileTypes: true }).reverse()) {
  const path = join(entry.parentPath ?? entry.path, entry.name);
  if (entry.isDirectory() && readdirSync(path).length === 0) rmSync(path, { recursive: true, force: true });
}
