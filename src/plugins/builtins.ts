// The list of built-in components, each behind a factory so the registry builds only what a template uses.
import type { ComponentKind, ComponentPlugin } from './types.js';
import { dockerBuilder } from './builders/docker/index.js';
import { fileBuilder } from './builders/file/index.js';
import { nullBuilder } from './builders/null/index.js';
import { httpDataSource } from './datasources/http/index.js';
import { nullDataSource } from './datasources/null/index.js';
import { artificePostProcessor } from './post-processors/artifice/index.js';
import { checksumPostProcessor } from './post-processors/checksum/index.js';
import { compressPostProcessor } from './post-processors/compress/index.js';
import { dockerImportPostProcessor } from './post-processors/docker-import/index.js';
import { dockerPushPostProcessor } from './post-processors/docker-push/index.js';
import { dockerSavePostProcessor } from './post-processors/docker-save/index.js';
import { dockerTagPostProcessor } from './post-processors/docker-tag/index.js';
import { manifestPostProcessor } from './post-processors/manifest/index.js';
import { shellLocalPostProcessor } from './post-processors/shell-local/index.js';
import { breakpointProvisioner } from './provisioners/breakpoint/index.js';
import { fileProvisioner } from './provisioners/file/index.js';
import { shellProvisioner } from './provisioners/shell/index.js';
import { shellLocalProvisioner } from './provisioners/shell-local/index.js';

export interface BuiltinEntry {
  kind: ComponentKind;
  type: string;
  load: () => ComponentPlugin;
}

const entry = (p: ComponentPlugin): BuiltinEntry => ({ kind: p.kind, type: p.type, load: () => p });

export function builtinPlugins(): BuiltinEntry[] {
  return [
    entry(nullBuilder),
    entry(fileBuilder),
    entry(dockerBuilder),
    entry(shellProvisioner),
    entry(shellLocalProvisioner),
    entry(fileProvisioner),
    entry(breakpointProvisioner),
    entry(manifestPostProcessor),
    entry(checksumPostProcessor),
    entry(compressPostProcessor),
    entry(shellLocalPostProcessor),
    entry(artificePostProcessor),
    entry(dockerImportPostProcessor),
    entry(dockerPushPostProcessor),
    entry(dockerSavePostProcessor),
    entry(dockerTagPostProcessor),
    entry(nullDataSource as ComponentPlugin),
    entry(httpDataSource as ComponentPlugin),
  ];
}
