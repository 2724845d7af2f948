// The null data source: returns its `input` as `output` (useful for testing and for fixed values).
import { objectOf, StringType } from '../../../hcl/value/type.js';
import { Value } from '../../../hcl/value/value.js';
import type { DataSourcePlugin } from '../../types.js';
import { nullDataSourceSchema, type NullDataSourceConfig } from './config.js';

export const nullDataSource: DataSourcePlugin<NullDataSourceConfig> = {
  kind: 'datasource',
  type: 'null',
  schema: nullDataSourceSchema,
  description: 'Returns its input unchanged as `output`.',
  outputType: objectOf({ output: StringType }),
  execute: async (config) => Value.object({ output: Value.string(config.input ?? '') }),
};
