// The http data source: fetches a URL at load time and exposes the body and headers.
import type { DataSourcePlugin } from '../../types.js';
import { httpDataSourceSchema, type HttpDataSourceConfig } from './config.js';
import { executeHttp, httpOutputType } from './fetch.js';

export const httpDataSource: DataSourcePlugin<HttpDataSourceConfig> = {
  kind: 'datasource',
  type: 'http',
  schema: httpDataSourceSchema,
  description: 'Fetches a URL; outputs `url`, `body` and the response headers (as `request_headers`, like Packer).',
  outputType: httpOutputType,
  execute: (config, ctx) => executeHttp(config, ctx.signal),
};
