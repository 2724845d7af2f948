// Test helpers for the build-time runtimes: a recording Ui and a plugin context over a temp directory.
import { readFileSync } from 'node:fs';
import type { Communicator } from '../../../communicator/communicator.js';
import type { BuilderContext, PluginContext } from '../../../core/plugin-runtime.js';
import type { Ui } from '../../../core/ui.js';
import type { Value } from '../../../hcl/value/value.js';
import { decodeHcl } from '../../test-support.js';
import type { ConfigSchema } from '../../types.js';

export interface RecordingUi extends Ui {
  /** Every line as "say: …", "message: …" or "error: …". */
  readonly lines: string[];
}

/** A Ui that records lines; `answers` feed ask() in order, and ask() rejects like a UI without a TTY when they run out. */
export function recordingUi(answers: string[] = []): RecordingUi {
  const lines: string[] = [];
  return {
    lines,
    say: (m) => void lines.push(`say: ${m}`),
    message: (m) => void lines.push(`message: ${m}`),
    error: (m) => void lines.push(`error: ${m}`),
    ask: async (q) => {
      lines.push(`ask: ${q}`);
      const a = answers.shift();
      if (a === undefined) throw new Error('no available tty');
      return a;
    },
  };
}

/** A plugin context rooted at `cwd`, for build `null.test` of type `null` unless overridden. */
export function testContext(cwd: string, over: Partial<PluginContext> = {}): PluginContext & { ui: RecordingUi } {
  return {
    signal: new AbortController().signal,
    ui: recordingUi(),
    buildName: 'test',
    buildType: 'null',
    debug: false,
    force: false,
    onError: 'cleanup',
    cwd,
    templateDir: cwd,
    ...over,
  } as PluginContext & { ui: RecordingUi };
}

/** A provisioner context with the given communicator. */
export function provisionContext(
  cwd: string,
  communicator: Communicator | undefined,
  over: Partial<PluginContext> = {},
): PluginContext & { ui: RecordingUi; communicator: Communicator | undefined; generatedData: ReadonlyMap<string, Value> } {
  return { ...testContext(cwd, over), communicator, generatedData: new Map() };
}

/** A builder context whose provision hooks record each call (the cleanup hook as "cleanup: <error>"). */
export function builderContext(cwd: string, over: Partial<PluginContext> = {}): BuilderContext & { ui: RecordingUi; calls: (Communicator | undefined | string)[] } {
  const calls: (Communicator | undefined | string)[] = [];
  return {
    ...testContext(cwd, over),
    calls,
    provision: async (c) => void calls.push(c),
    cleanupProvision: async (_c, _data, error) => void calls.push(`cleanup: ${error.message}`),
  };
}

/** True while a process with this pid runs; a zombie (exited, not yet reaped by an init that never reaps) counts as gone. */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/** Decodes an HCL snippet with a plugin schema, failing the test on any error diagnostic. */
export function decoded<T>(schema: ConfigSchema<T>, src: string): T {
  const r = decodeHcl(schema, src);
  const errors = r.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0 || r.value === undefined) throw new Error(`config does not decode: ${errors.map((d) => d.detail ?? d.summary).join('; ')}`);
  return r.value;
}
