// The null builder at build time: no machine; fires the provision hook with no communicator (communicator "none").
import type { Artifact } from '../../../core/artifact.js';
import { provisionOrCleanUp } from '../../../core/build/provision-hook.js';
import type { BuilderRuntime } from '../../../core/plugin-runtime.js';
import type { NullBuilderConfig } from './config.js';
import { Value } from '../../../hcl/value/value.js';

export const nullBuilderId = 'fnoeding.null';

/** Packer's null artifact: no files, id "Null". */
export const nullArtifact: Artifact = {
  builderId: nullBuilderId,
  id: 'Null',
  files: [],
  describe: () => 'Did not export anything. This is the null builder',
  state: () => undefined,
  destroy: async () => undefined,
};

export const runtime: BuilderRuntime<NullBuilderConfig> = {
  async run(config, ctx) {
    const type = config.communicator ?? 'ssh';
    if (type !== 'none') throw new Error(`${type} communicator for the null builder is not available yet`);
    ctx.signal.throwIfAborted();
    // Packer's hook data for communicator "none": the null builder's instance_id is "Null", ConnType none.
    await provisionOrCleanUp(ctx, undefined, new Map([['ID', Value.string('Null')], ['ConnType', Value.string('none')]]));
    return nullArtifact;
  },
};
