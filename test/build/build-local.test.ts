// `kiln build` end to end on real templates with the local components: null and file builders, shell-local, manifest, checksum.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { kiln, processesRunning, tempDir, type TempDir } from './support.js';

const template = `
variable "secret" {
  type      = string
  default   = "s3cr3t-value"
  sensitive = true
}
source "file" "out" {
  content = "hello"
  target  = "out.txt"
}
source "null" "n" { communicator = "none" }
build {
  sources = ["source.file.out", "source.null.n"]
  provisioner "shell-local" {
    inline = ["echo provisioning $PACKER_BUILD_NAME with \${var.secret}"]
  }
  post-processors {
    post-processor "checksum" {
      checksum_types = ["sha256"]
      output         = "{{.BuildName}}.{{.ChecksumType}}"
    }
    post-processor "shell-local" {
      inline = ["echo after checksum"]
    }
  }
  post-processor "manifest" {
    output = "manifest.json"
  }
}
`;

let t: TempDir;
/** Whether the build wrote NAME.suffix (PACKER_BUILD_NAME is the source name in Packer 1.6.6, `null.NAME` in kiln for now). */
const wrote = (name: string, suffix: string) => readdirSync(t.dir).some((f) => f === `${name}.${suffix}` || f === `null.${name}.${suffix}`);
beforeEach(() => {
  t = tempDir();
});
afterEach(() => t.remove());

describe('kiln build with local components', () => {
  it('provisions, post-processes, writes the files and prints the summary', async () => {
    t.write('t.pkr.hcl', template);
    // Parallel (Packer's default): both builds append to the same manifest.json.
    const { code, out } = await kiln(t.dir, ['build', '-color=false', 't.pkr.hcl']);
    expect(out).not.toContain('output will be in this color');
    expect(out).toMatch(/^==> file\.out: Running local shell script: /m);
    expect(out).toContain('    file.out: provisioning ');
    expect(out).toMatch(/^    null\.n: provisioning (null\.)?n with <sensitive>$/m);
    expect(out).not.toContain('s3cr3t-value');
    expect(out).toContain('==> file.out: Running post-processor: checksum\n');
    expect(out).toContain('    file.out (shell-local): after checksum\n');
    expect(out).toMatch(/^Build 'file\.out' finished after \d+ (milliseconds?|seconds?)/m);
    expect(out).toMatch(/\n==> Wait completed after .+\n\n==> Builds finished\. The artifacts of successful builds are:\n/);
    expect(out).toContain('--> file.out: Stored file: out.txt\n');
    expect(out).toContain('--> null.n: Did not export anything. This is the null builder\n');
    expect(code).toBe(0);
    expect(readFileSync(join(t.dir, 'out.txt'), 'utf8')).toBe('hello');
    const sums = readdirSync(t.dir).filter((f) => f.endsWith('out.sha256'));
    expect(sums).toHaveLength(1);
    expect(readFileSync(join(t.dir, sums[0]!), 'utf8')).toMatch(/^2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824\s+out\.txt/);
    const manifest = JSON.parse(readFileSync(join(t.dir, 'manifest.json'), 'utf8')) as {
      builds: { builder_type: string; packer_run_uuid: string }[];
      last_run_uuid: string;
    };
    expect(manifest.builds.map((b) => b.builder_type).sort()).toEqual(['file', 'null']);
    expect(manifest.last_run_uuid).toMatch(/^[0-9a-f-]{36}$/);
    expect(manifest.builds.map((b) => b.packer_run_uuid)).toEqual([manifest.last_run_uuid, manifest.last_run_uuid]);
  });

  it('gives a named build block\'s builds the source as PACKER_BUILD_NAME and manifest name, as current Packer does', async () => {
    t.write(
      't.pkr.hcl',
      `source "null" "n" {\n  communicator = "none"\n}\nbuild {\n  name    = "app"\n  sources = ["source.null.n"]\n` +
        `  provisioner "shell-local" {\n    inline = ["echo name=$PACKER_BUILD_NAME id=\${build.ID} conn=\${build.ConnType}"]\n  }\n` +
        `  post-processor "manifest" {\n    output = "m/manifest.json"\n  }\n}\n`,
    );
    const { code, out } = await kiln(t.dir, ['build', '-color=false', 't.pkr.hcl']);
    expect(out).toContain('    app.null.n: name=null.n id=Null conn=none\n');
    expect(code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(t.dir, 'm', 'manifest.json'), 'utf8')) as { builds: { name: string }[] };
    expect(manifest.builds.map((b) => b.name)).toEqual(['null.n']);
  });

  it('runs the valid builds when another build is invalid, and still exits 1 (as Packer)', async () => {
    t.write(
      't.pkr.hcl',
      `source "null" "a" {\n  communicator = "none"\n}\nsource "null" "b" {\n  communicator = "none"\n}\n` +
        `build {\n  sources = ["source.null.a", "source.null.b"]\n  provisioner "shell-local" {\n    only   = ["null.b"]\n    inline = "notalist"\n  }\n}\n`,
    );
    const { code, out } = await kiln(t.dir, ['build', '-color=false', 't.pkr.hcl']);
    expect(out).toContain('Inappropriate value for attribute "inline": list of string required');
    expect(out).toMatch(/^Build 'null\.a' finished after /m);
    expect(out).not.toContain("Build 'null.b'");
    expect(code).toBe(1);
  });

  it('announces each build colour and colours its lines by default', async () => {
    t.write('t.pkr.hcl', template);
    const { code, out } = await kiln(t.dir, ['build', '-only=null.n', 't.pkr.hcl']);
    expect(code).toBe(0);
    expect(out.startsWith('\x1b[1;32mnull.n: output will be in this color.\x1b[0m\n\n')).toBe(true);
    // oxlint-disable-next-line no-control-regex -- the colour escapes are what this test checks
    expect(out).toMatch(/\x1b\[0;32m    null\.n: provisioning (null\.)?n with <sensitive>\x1b\[0m/);
  });

  it('-only and -except select builds (double dashes too)', async () => {
    t.write('t.pkr.hcl', template);
    const only = await kiln(t.dir, ['build', '--color=false', '--only=null.n', 't.pkr.hcl']);
    expect(only.code).toBe(0);
    expect(only.out).not.toContain('file.out');
    expect(existsSync(join(t.dir, 'out.txt'))).toBe(false);
    const except = await kiln(t.dir, ['build', '-color=false', '-except', 'null.n', 't.pkr.hcl']);
    expect(except.code).toBe(0);
    expect(except.out).not.toContain('null.n');
    expect(existsSync(join(t.dir, 'out.txt'))).toBe(true);
  });

  it('masks a sensitive -var value in every output mode', async () => {
    t.write('t.pkr.hcl', template);
    for (const extra of [[], ['-machine-readable'], ['-timestamp-ui']]) {
      const { code, out } = await kiln(t.dir, ['build', '-color=false', ...extra, '-var', 'secret=pa55-w0rd', '-only=null.n', 't.pkr.hcl']);
      expect(code).toBe(0);
      expect(out).not.toContain('pa55-w0rd');
      expect(out).toContain('<sensitive>');
    }
  });

  it('writes the debug log to PACKER_LOG_PATH with PACKER_LOG=1, masked', async () => {
    t.write('t.pkr.hcl', template);
    const saved = { log: process.env['PACKER_LOG'], path: process.env['PACKER_LOG_PATH'] };
    process.env['PACKER_LOG'] = '1';
    process.env['PACKER_LOG_PATH'] = join(t.dir, 'debug.log');
    try {
      const { code, out } = await kiln(t.dir, ['build', '-color=false', '-var', 'secret=pa55-w0rd', '-only=null.n', 't.pkr.hcl']);
      expect(code).toBe(0);
      expect(out).not.toContain('[INFO]');
    } finally {
      for (const [k, v] of [['PACKER_LOG', saved.log], ['PACKER_LOG_PATH', saved.path]] as const) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
    const log = readFileSync(join(t.dir, 'debug.log'), 'utf8');
    expect(log).toMatch(/^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d \[INFO\] Kiln version: /);
    expect(log).toContain('[INFO] CLI args: ["build","-color=false","-var","secret=<sensitive>","-only=null.n","t.pkr.hcl"]');
    expect(log).toContain('[INFO] Running builder: null (null.n)');
    expect(log).toMatch(/ ui: ==> null\.n: Running local shell script: /);
    expect(log).toContain('<sensitive>');
    expect(log).not.toContain('pa55-w0rd');
  });

  it('prints machine-readable records', async () => {
    t.write('t.pkr.hcl', template);
    const { code, out } = await kiln(t.dir, ['build', '-machine-readable', '-only=null.n', 't.pkr.hcl']);
    expect(code).toBe(0);
    expect(out).toMatch(/^\d+,,ui,say,==> null\.n: Running local shell script: /m);
    expect(out).toMatch(/^\d+,,ui,message,    null\.n: provisioning (null\.)?n with <sensitive>$/m);
    expect(out).toMatch(/^\d+,null\.n,artifact,0,builder-id,/m);
    expect(out).toMatch(/^\d+,,ui,say,\\n==> Builds finished\. The artifacts of successful builds are:$/m);
    expect(out).not.toContain('\x1b[');
  });

  it('prefixes lines with RFC 3339 timestamps with -timestamp-ui', async () => {
    t.write('t.pkr.hcl', template);
    const plain = await kiln(t.dir, ['build', '-color=false', '-timestamp-ui', '-only=null.n', 't.pkr.hcl']);
    expect(plain.out).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d): ==> null\.n: Running local shell script/m);
    expect(plain.out).toMatch(/^\d{4}-[^ ]+: Build 'null\.n' finished after /m);
    expect(plain.out).toContain('\n==> Wait completed after ');
    // In colour, the timestamp sits inside the colour and the colour announcement has none, as in Packer.
    const colored = await kiln(t.dir, ['build', '-timestamp-ui', '-only=null.n', 't.pkr.hcl']);
    expect(colored.out.startsWith('\x1b[1;32mnull.n: output will be in this color.\x1b[0m\n\n\x1b[1;32m20')).toBe(true);
  });

  it('fails a build whose provisioner fails, runs the error-cleanup-provisioner, and exits 1', async () => {
    t.write(
      't.pkr.hcl',
      `
source "null" "ok" { communicator = "none" }
source "null" "bad" { communicator = "none" }
build {
  sources = ["source.null.ok", "source.null.bad"]
  provisioner "shell-local" {
    only   = ["null.bad"]
    inline = ["exit 3"]
  }
  provisioner "shell-local" {
    inline = ["echo second > $PACKER_BUILD_NAME.second"]
  }
  error-cleanup-provisioner "shell-local" {
    inline = ["echo cleaned > $PACKER_BUILD_NAME.cleanup"]
  }
}
`,
    );
    const { code, out } = await kiln(t.dir, ['build', '-color=false', 't.pkr.hcl']);
    expect(code).toBe(1);
    expect(out).toContain('==> null.bad: Provisioning step had errors: Running the cleanup provisioner, if present...\n');
    expect(out).toMatch(/^Build 'null\.bad' errored after .+: .*exit (code|status):? 3/m);
    expect(out).toContain("\n==> Some builds didn't complete successfully and had errors:\n--> null.bad: ");
    expect(out).toContain('--> null.ok: Did not export anything. This is the null builder');
    expect(wrote('ok', 'second')).toBe(true);
    expect(wrote('bad', 'second')).toBe(false);
    expect(wrote('bad', 'cleanup')).toBe(true);
    expect(wrote('ok', 'cleanup')).toBe(false);
  });

  it('does not run the error-cleanup-provisioner with -on-error=abort', async () => {
    t.write(
      't.pkr.hcl',
      `
source "null" "bad" { communicator = "none" }
build {
  sources = ["source.null.bad"]
  provisioner "shell-local" { inline = ["exit 3"] }
  error-cleanup-provisioner "shell-local" { inline = ["touch cleanup-ran"] }
}
`,
    );
    const { code } = await kiln(t.dir, ['build', '-color=false', '-on-error=abort', 't.pkr.hcl']);
    expect(code).toBe(1);
    expect(existsSync(join(t.dir, 'cleanup-ran'))).toBe(false);
  });

  it('prints validation errors and builds nothing', async () => {
    t.write('t.pkr.hcl', `source "null" "n" { communicator = "none" }\nbuild {\n  sources = ["source.null.n"]\n  provisioner "shell-local" { nonsense = 1 }\n}\n`);
    const { code, out } = await kiln(t.dir, ['build', '-color=false', 't.pkr.hcl']);
    expect(code).toBe(1);
    expect(out).toContain('Error: ');
    expect(out).not.toContain('Wait completed');
  });

  it('rejects an unknown -on-error mode', async () => {
    t.write('t.pkr.hcl', template);
    const { code, out } = await kiln(t.dir, ['build', '-on-error=explode', 't.pkr.hcl']);
    expect(code).toBe(1);
    expect(out).toContain('invalid value "explode" for flag -on-error');
  });

  it('applies max_retries and timeout to shell-local, leaving no process behind', async () => {
    t.write(
      't.pkr.hcl',
      `
source "null" "n" { communicator = "none" }
build {
  sources = ["source.null.n"]
  provisioner "shell-local" {
    inline      = ["echo try >> tries", "sleep 29.417"]
    timeout     = "300ms"
    max_retries = 1
  }
}
`,
    );
    const { code, out } = await kiln(t.dir, ['build', '-color=false', 't.pkr.hcl']);
    expect(code).toBe(1);
    expect(out).toContain('==> null.n: Setting a 300ms timeout for the next provisioner...\n');
    expect(out).toContain('==> null.n: Cancelling provisioner after a timeout...\n');
    expect(out).toMatch(/==> null\.n: Provisioner failed with "timed out after 300ms", retrying with 1 trie\(s\) left\n/);
    expect(out).toContain('==> null.n: retry limit reached.\n');
    expect(out).toContain('--> null.n: timed out after 300ms');
    expect(readFileSync(join(t.dir, 'tries'), 'utf8')).toBe('try\ntry\n');
    expect(processesRunning(['sleep', '29.417'])).toEqual([]);
  });
});
