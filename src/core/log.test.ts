import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDebugLog, formatLogTime } from './log.js';
import { createMasker } from './ui/mask.js';
import { createSink } from './ui/ui-stack.test-helper.js';

const now = () => new Date(2026, 10, 25, 5, 52, 8);
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('createDebugLog', () => {
  it('is off unless PACKER_LOG or KILN_LOG is set and not 0', () => {
    const err = createSink();
    for (const env of [{}, { PACKER_LOG: '' }, { PACKER_LOG: '0' }, { KILN_LOG: '0' }]) {
      const log = createDebugLog({ env, stderr: err, now });
      expect(log.enabled).toBe(false);
      log.log('x');
    }
    expect(err.text).toBe('');
  });

  it("writes Go-log-style timestamped lines to stderr, one stamp per line", () => {
    const err = createSink();
    const log = createDebugLog({ env: { KILN_LOG: '1' }, stderr: err, now });
    log.log('[INFO] Packer version\nsecond');
    expect(formatLogTime(now())).toBe('2026/11/25 05:52:08');
    expect(err.text).toBe('2026/11/25 05:52:08 [INFO] Packer version\n2026/11/25 05:52:08 second\n');
  });

  it('writes to PACKER_LOG_PATH (truncating it) and masks secrets', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kiln-log-'));
    dirs.push(dir);
    const path = join(dir, 'packer.log');
    const err = createSink();
    const log = createDebugLog({ env: { PACKER_LOG: '1', PACKER_LOG_PATH: path }, stderr: err, now, mask: createMasker(['s3cret']) });
    log.log('token=s3cret');
    log.close();
    log.log('after close');
    expect(readFileSync(path, 'utf8')).toBe('2026/11/25 05:52:08 token=<sensitive>\n');
    expect(err.text).toBe('');
  });

  it('explains a log path it cannot open', () => {
    expect(() => createDebugLog({ env: { PACKER_LOG: '1', PACKER_LOG_PATH: '/nonexistent/dir/x.log' }, stderr: createSink() })).toThrow(
      "Couldn't set up logging to /nonexistent/dir/x.log",
    );
  });
});
