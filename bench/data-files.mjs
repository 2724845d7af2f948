// The large inputs of the build benchmarks, generated once into .bench/data and reused by later runs.
import { randomFillSync } from 'node:crypto';
import { closeSync, mkdirSync, openSync, renameSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

const exists = (path, size) => {
  try {
    return statSync(path).size === size;
  } catch {
    return false;
  }
};

/** Writes `size` bytes produced by `fill(buffer) → bytes used` to `path` (via a temp name, so a cut-short run is not reused). */
function writeGenerated(path, size, fill) {
  mkdirSync(dirname(path), { recursive: true });
  const partial = `${path}.partial`;
  const fd = openSync(partial, 'w');
  try {
    const buf = Buffer.allocUnsafe(8 << 20);
    for (let written = 0; written < size; ) {
      const used = fill(buf);
      const take = Math.min(used, size - written);
      writeSync(fd, buf, 0, take);
      written += take;
    }
  } finally {
    closeSync(fd);
  }
  renameSync(partial, path);
}

/** Incompressible bytes (the upload benchmark: what a container layer or a tarball of binaries looks like). */
export function ensureRandomFile(path, size) {
  if (exists(path, size)) return false;
  writeGenerated(path, size, (buf) => randomFillSync(buf).length);
  return true;
}

/**
 * Semi-compressible text: log lines from a small vocabulary with random ids, hosts and durations (gzip -6 gets it to
 * about a quarter; neither all zeros nor pure noise). Deterministic: the same bytes on every machine.
 */
export function ensureLogFile(path, size) {
  if (exists(path, size)) return false;
  let s = 0x2545f491;
  const rnd = () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return s >>> 0;
  };
  const bufs = (text) => text.split(' ').map((w) => Buffer.from(w));
  const words = bufs(
    'GET POST PUT DELETE api v1 v2 items users orders cart login logout health metrics static assets image thumb search ' +
      'session token refresh export report batch worker queue cache miss hit upstream timeout retry ok error warn info debug',
  );
  const levels = bufs('INFO INFO INFO WARN DEBUG ERROR');
  const hosts = Array.from({ length: 64 }, (_, i) => Buffer.from(`web-${(i * 37) % 100}.eu-west-${i % 3}.internal`));
  let clock = 1700000000;
  const putNumber = (buf, p, n, width) => {
    const digits = [];
    do {
      digits.push(48 + (n % 10));
      n = Math.floor(n / 10);
    } while (n > 0 || digits.length < width);
    for (let i = digits.length - 1; i >= 0; i--) buf[p++] = digits[i];
    return p;
  };
  writeGenerated(path, size, (buf) => {
    let p = 0;
    const end = buf.length - 512;
    while (p < end) {
      clock += rnd() % 3;
      p = putNumber(buf, p, clock, 10);
      buf[p++] = 32;
      const r = rnd();
      for (const w of [levels[r % levels.length], hosts[(r >>> 8) & 63]]) {
        p += w.copy(buf, p);
        buf[p++] = 32;
      }
      const n = 3 + ((r >>> 16) % 6);
      for (let k = 0; k < n; k++) {
        p += words[rnd() % words.length].copy(buf, p);
        buf[p++] = k === 1 ? 47 : 32;
      }
      p += buf.write('id=', p, 'latin1');
      let id = rnd();
      for (let i = 0; i < 8; i++, id >>>= 4) buf[p++] = (id & 15) < 10 ? 48 + (id & 15) : 87 + (id & 15);
      buf[p++] = 32;
      p = putNumber(buf, p, rnd() % 5000, 1);
      p += buf.write('ms\n', p, 'latin1');
    }
    return p;
  });
  return true;
}
