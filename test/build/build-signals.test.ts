// `kiln build` as a real process: SIGINT during a long shell-local command cancels, cleans up, exits 1 and leaves no processes.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleCli, processesRunning, tempDir, type TempDir } from './support.js';

let t: TempDir;
let cli: string;
beforeAll(async () => {
  t = tempDir();
  cli = await bundleCli(t.dir);
});
afterAll(() => t.remove());

async function until(cond: () => boolean, what: string, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('kiln build and signals', () => {
  it('SIGINT cancels a sleeping shell-local, runs cleanup, says what is still cleaning on a second signal, and exits 1', async () => {
    const long = ['sleep', '47.311'];
    const cleanup = ['sleep', '1.713'];
    t.write(
      't.pkr.hcl',
      `
source "null" "n" { communicator = "none" }
build {
  sources = ["source.null.n"]
  provisioner "shell-local" { inline = ["${long.join(' ')}"] }
  provisioner "shell-local" { inline = ["touch never-ran"] }
  error-cleanup-provisioner "shell-local" { inline = ["${cleanup.join(' ')}", "touch cleanup-ran"] }
}
`,
    );
    const child = spawn(process.execPath, [cli, 'build', '-color=false', 't.pkr.hcl'], { cwd: t.dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await until(() => processesRunning(long).length > 0, 'the long sleep to start');
      child.kill('SIGINT');
      await until(() => processesRunning(cleanup).length > 0, 'the cleanup provisioner to start');
      child.kill('SIGINT');
      const code = await exited;
      expect(out).toContain('Cancelling build after receiving interrupt');
      expect(out).toContain('Cleanup in progress: null.n');
      expect(out).toContain('==> null.n: Provisioning step had errors: Running the cleanup provisioner, if present...');
      expect(out).toContain('Cleanly cancelled builds after being interrupted.');
      expect(code).toBe(1);
      expect(readdirSync(t.dir)).toContain('cleanup-ran');
      expect(readdirSync(t.dir)).not.toContain('never-ran');
      expect(processesRunning(long)).toEqual([]);
      expect(processesRunning(cleanup)).toEqual([]);
    } finally {
      child.kill('SIGKILL');
    }
  });
});
