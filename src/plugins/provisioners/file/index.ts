// The file provisioner: uploads files to (or downloads them from) the machine being built.
import type { ComponentPlugin } from '../../types.js';
import { fileProvisionerSchema, type FileProvisionerConfig } from './config.js';

export const fileProvisioner: ComponentPlugin<FileProvisionerConfig> = {
  kind: 'provisioner',
  type: 'file',
  runtime: () => import('./runtime.js').then((m) => m.runtime),
  schema: fileProvisionerSchema,
  description: 'Uploads files or content to the machine, or downloads files from it.',
};
