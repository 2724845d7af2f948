// Stops what prepare.mjs started (podman service, registry) and removes its temp dirs; keeps the cached base image.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RUN_DIR, SERVICE_PID_FILE, SOCKET, STATE_FILE, alive, readState, waitFor } from './lib.mjs';

/** SIGTERM to the process group (then SIGKILL after `graceMs`); resolves true when it is gone. */
async function stopGroup(pid, graceMs = 5000) {
  if (!alive(pid)) return true;
  const signal = (sig) => {
    try {
      process.kill(-pid, sig);
    } catch {
      try {
        process.kill(pid, sig);
      } catch {
        // already gone
      }
    }
  };
  signal('SIGTERM');
  if (await waitFor(() => !alive(pid), graceMs)) return true;
  signal('SIGKILL');
  return waitFor(() => !alive(pid), 2000);
}

/**
 * Stops what the state file records (both by default; `{ service: false }` or `{ registry: false }` leaves that
 * one running and recorded); resolves to the list of what it did.
 */
export async function teardown({ service = true, registry = true } = {}) {
  const actions = [];
  if (!existsSync(RUN_DIR)) return actions;
  const state = readState();
  let servicePid = state.servicePid;
  if (!servicePid && existsSync(SERVICE_PID_FILE)) servicePid = Number(readFileSync(SERVICE_PID_FILE, 'utf8').trim());
  if (registry && state.registryPid) {
    const gone = await stopGroup(state.registryPid);
    actions.push(gone ? `stopped docker-registry (pid ${state.registryPid})` : `docker-registry (pid ${state.registryPid}) did not stop`);
  }
  if (registry && state.registryDir) {
    rmSync(state.registryDir, { recursive: true, force: true });
    actions.push(`removed ${state.registryDir}`);
  }
  if (!service) {
    if (registry) writeFileSync(STATE_FILE, JSON.stringify({ ...state, registryPid: undefined, registryDir: undefined }));
    return actions;
  }
  if (servicePid) {
    const gone = await stopGroup(servicePid);
    actions.push(gone ? `stopped podman system service (pid ${servicePid})` : `podman service (pid ${servicePid}) did not stop`);
  }
  for (const f of [SOCKET, STATE_FILE, SERVICE_PID_FILE]) rmSync(f, { force: true });
  if (!registry && state.registryPid) {
    writeFileSync(STATE_FILE, JSON.stringify({ registryPid: state.registryPid, registryDir: state.registryDir }));
  } else {
    rmSync(RUN_DIR, { recursive: true, force: true });
  }
  return actions;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    for (const a of await teardown()) process.stderr.write(`teardown: ${a}\n`);
  } catch (err) {
    process.stderr.write(`teardown: failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  }
}
