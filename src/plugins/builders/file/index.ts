// The file builder: produces a file artifact from inline content or a copied source file.
import type { ComponentPlugin } from '../../types.js';
import { fileBuilderSchema, type FileBuilderConfig } from './config.js';

export const fileBuilder: ComponentPlugin<FileBuilderConfig> = {
  kind: 'builder',
  type: 'file',
  runtime: () => import('./runtime.js').then((m) => m.runtime),
  schema: fileBuilderSchema,
  description: 'Creates a file artifact from content or a source file; useful for testing post-processors.',
};
