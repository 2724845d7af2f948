// The http data source's options (Packer's datasource/http Config) and validations.
import type { Diagnostic } from '../../../hcl/diagnostics/diagnostic.js';
import { packerCommonFields } from '../../common/packer-fields.js';
import { invalid, map, object, optional, string, type Infer } from '../../schema/index.js';

export const allowedMethods = ['HEAD', 'GET', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'] as const;

export const httpDataSourceSchema = object({
  ...packerCommonFields,
  url: optional(string()),
  method: optional(string(), 'GET'),
  request_headers: optional(map(string()), {}),
  request_body: optional(string()),
}).check((c, ctx) => {
  const out: Diagnostic[] = [];
  if (!ctx.isUnknown('url') && (c.url ?? '') === '') out.push(invalid('the `url` must be specified', ctx.rangeOf('url')));
  const method = c.method === '' ? 'GET' : c.method;
  if (!ctx.isUnknown('method') && !(allowedMethods as readonly string[]).includes(method)) {
    out.push(invalid(`the \`method\` must be one of [${allowedMethods.join(' ')}]`, ctx.rangeOf('method')));
  }
  return out;
});

export type HttpDataSourceConfig = Infer<typeof httpDataSourceSchema>;
