// Runs every template fixture (test/fixtures/templates/<case>/) through the loader and checks its plan or diagnostics.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDefaultRegistry } from '../../src/plugins/registry.js';
import { loadTemplate } from '../../src/template/load.js';
import { caseLoadOptions, listCases, pick, summarizeDiagnostics, summarizePlan, type FixtureCase } from './harness.js';

const cases = listCases();
let server: Server | undefined;
let serverUrl = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/ok') {
      res.writeHead(200, { 'content-type': 'text/plain', 'x-kiln': 'yes' });
      res.end('hello from the test server');
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
  serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
});

async function load(c: FixtureCase): Promise<Awaited<ReturnType<typeof loadTemplate>>> {
  const env: Record<string, string> = c.args.httpServer === true ? { PKR_VAR_server_url: serverUrl } : {};
  // File functions resolve relative paths against the process's directory, as Packer's do.
  const before = process.cwd();
  process.chdir(c.dir);
  try {
    return await loadTemplate(caseLoadOptions(c, env), createDefaultRegistry());
  } finally {
    process.chdir(before);
  }
}

describe('template fixtures', () => {
  it('has at least 80 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(80);
  });

  for (const c of cases) {
    it(c.name, async () => {
      const r = await load(c);
      const diags = summarizeDiagnostics(r.diagnostics);
      const errors = diags.filter((d) => d.severity === 'error');
      const expectedDiags = c.expected.diagnostics ?? [];
      for (const want of expectedDiags) {
        const found = diags.find(
          (d) =>
            d.severity === want.severity &&
            (want.summary.endsWith('*') ? d.summary.startsWith(want.summary.slice(0, -1)) : d.summary === want.summary) &&
            d.file === want.file &&
            d.line === want.line &&
            (want.detail === undefined || d.detailText.includes(want.detail)),
        );
        expect(found, `missing ${JSON.stringify(want)} in ${JSON.stringify(diags, null, 1)}`).toBeDefined();
      }
      // Every error names a file and a line, and no error is left unexpected.
      for (const e of errors) expect(e.line, `error without a line: ${e.summary}`).toBeGreaterThan(0);
      expect(errors.length, JSON.stringify(errors, null, 1)).toBe(expectedDiags.filter((d) => d.severity === 'error').length);
      if (c.expected.valid !== true) return;
      expect(r.plan).toBeDefined();
      const plan = r.plan!;
      const summary = summarizePlan(plan);
      if (c.expected.templateType !== undefined) expect(plan.templateType).toBe(c.expected.templateType);
      if (c.expected.builds !== undefined) {
        expect(summary.builds.map((b) => b.name)).toEqual(c.expected.builds.map((b, i) => b.name ?? summary.builds[i]?.name));
        expect(pick(summary.builds, c.expected.builds)).toEqual(c.expected.builds);
      }
      if (c.expected.variables !== undefined) expect(pick(summary.variables, c.expected.variables)).toEqual(c.expected.variables);
      if (c.expected.locals !== undefined) expect(pick(summary.locals, c.expected.locals)).toEqual(c.expected.locals);
      if (c.expected.sensitiveValues !== undefined) expect([...plan.sensitiveValues].sort()).toEqual([...c.expected.sensitiveValues].sort());
    });
  }
});
