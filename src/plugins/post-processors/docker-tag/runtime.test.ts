import { describe, expect, it } from 'vitest';
import type { Artifact } from '../../../core/artifact.js';
import { createRecordingUi } from '../../../core/ui/recording-ui.js';
import type { ConfigSchema } from '../../types.js';
import { decodeHcl } from '../../test-support.js';
import { dockerImportSchema } from '../docker-import/config.js';
import { dockerPushSchema } from '../docker-push/config.js';
import { dockerSaveSchema } from '../docker-save/config.js';
import { dockerTagSchema } from './config.js';
import { runtime as importRuntime } from '../docker-import/runtime.js';
import { runtime as pushRuntime } from '../docker-push/runtime.js';
import { runtime as saveRuntime } from '../docker-save/runtime.js';
import { runtime as tagRuntime } from './runtime.js';

const ctx = {
  signal: new AbortController().signal,
  ui: createRecordingUi(),
  buildName: 'b',
  buildType: 'null',
  debug: false,
  force: false,
  onError: 'cleanup' as const,
  cwd: '/tmp',
  templateDir: '/tmp',
};
const nullArtifact: Artifact = { builderId: 'fnord', id: 'Null', files: [], describe: () => '', state: () => undefined, destroy: async () => undefined };

function decoded<T>(schema: ConfigSchema<T>, src: string): T {
  const r = decodeHcl(schema, src);
  if (r.value === undefined) throw new Error('bad test config');
  return r.value;
}

describe('docker post-processors reject artifacts they cannot use (before any API call)', () => {
  it('with Packer’s messages', async () => {
    await expect(tagRuntime.postProcess(decoded(dockerTagSchema, 'repository = "r"\n'), nullArtifact, ctx)).rejects.toThrow(
      'Unknown artifact type: fnord\nCan only tag from Docker builder artifacts.',
    );
    await expect(pushRuntime.postProcess(decoded(dockerPushSchema, ''), nullArtifact, ctx)).rejects.toThrow(
      'Unknown artifact type: fnord\nCan only import from docker-import and docker-tag artifacts.',
    );
    await expect(saveRuntime.postProcess(decoded(dockerSaveSchema, 'path = "x.tar"\n'), nullArtifact, ctx)).rejects.toThrow(
      'Unknown artifact type: fnord\nCan only save Docker builder artifacts.',
    );
    await expect(importRuntime.postProcess(decoded(dockerImportSchema, 'repository = "r"\n'), nullArtifact, ctx)).rejects.toThrow(
      'Unknown artifact type: fnord\nCan only import from Docker builder and Artifice post-processor artifacts.',
    );
  });
});
