// Runs kiln and packer builds for the build benchmarks: timed child processes in their own process groups,
// killed as a group on interrupt, with interleaved runs and medians.
import { spawn } from 'node:child_process';

/** Process groups of the builds running now, so an interrupt can kill them (and what they spawned). */
const running = new Set();

/** Kills every running build's process group. */
export function killRunning(signal = 'SIGKILL') {
  for (const pid of running) {
    try {
      process.kill(-pid, signal);
    } catch {
      // already gone
    }
  }
}

/** Keeps the last `limit` characters of a stream's text. */
function tail(limit) {
  let text = '';
  return {
    add(chunk) {
      text += chunk;
      if (text.length > limit * 2) text = text.slice(-limit);
    },
    get: () => text.slice(-limit),
  };
}

/** Runs `cmd args` in `cwd`, resolves to { ms, code, output } (the output's last 16 KiB, stdout and stderr interleaved). */
export function runTimed(cmd, args, { cwd, env }) {
  return new Promise((resolve) => {
    const output = tail(16384);
    const t0 = process.hrtime.bigint();
    const child = spawn(cmd, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    if (child.pid !== undefined) running.add(child.pid);
    child.stdout.setEncoding('utf8').on('data', output.add);
    child.stderr.setEncoding('utf8').on('data', output.add);
    let error;
    child.on('error', (e) => (error = e));
    child.on('close', (code, signal) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      running.delete(child.pid);
      resolve({ ms, code: error ? -1 : (code ?? -1), signal, output: error ? `${error.message}\n${output.get()}` : output.get() });
    });
  });
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Runs each tool's build `runs` times, interleaved (kiln, packer, packer, kiln, ...) so drift in the shared machine's
 * load hits both alike. `tools` maps a name to { run(i) → Promise<{ms, code, output}> } or undefined (not available).
 * `before(name, i)` / `after(name, i, result)` run untimed around each build. Resolves to { name: { times, median } | { error } }.
 */
export async function measure(tools, runs, { before, after, warmup = 0 } = {}) {
  const names = Object.keys(tools).filter((n) => tools[n] !== undefined);
  const times = Object.fromEntries(names.map((n) => [n, []]));
  const failed = {};
  for (let i = -warmup; i < runs; i++) {
    const order = i % 2 === 0 ? names : [...names].reverse();
    for (const name of order) {
      if (failed[name]) continue;
      await before?.(name, i);
      const r = await tools[name].run(i);
      if (r.code !== 0) {
        failed[name] = `${name} exited with ${r.signal ?? r.code}:\n${r.output.trim().split('\n').slice(-12).join('\n')}`;
        continue;
      }
      await after?.(name, i, r);
      if (i >= 0) times[name].push(r.ms);
    }
  }
  const out = {};
  for (const name of names) out[name] = failed[name] ? { error: failed[name] } : { times: times[name], median: median(times[name]) };
  return out;
}
