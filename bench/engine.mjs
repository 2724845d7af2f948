// The few Docker Engine API calls the build benchmarks need: find the engine, check the base image, tag it for this
// run, and remove everything the run created (containers from the run's base tag, images with the run's label).
import { request } from 'node:http';
import { dockerHostOptions, findDockerHost } from '../scripts/test-env/lib.mjs';

/** One API call; resolves to { status, body } (body parsed as JSON when it is), never rejects on HTTP errors. */
function call(options, method, path, body) {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const req = request(
      {
        ...options,
        method,
        path: `/v1.41${path}`,
        timeout: 60_000,
        headers: payload ? { 'content-type': 'application/json', 'content-length': payload.length } : {},
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d) => (text += d));
        res.on('end', () => {
          let parsed = text;
          try {
            parsed = text ? JSON.parse(text) : undefined;
          } catch {
            // plain text
          }
          resolve({ status: res.statusCode ?? 0, body: parsed });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`${method} ${path}: timed out`)));
    req.on('error', reject);
    req.end(payload);
  });
}

/** The reachable engine ($DOCKER_HOST, else /var/run/docker.sock) as { host, isPodman, api }, or undefined. */
export async function findEngine() {
  const host = await findDockerHost();
  if (host === undefined) return undefined;
  const options = dockerHostOptions(host);
  const api = (method, path, body) => call(options, method, path, body);
  const version = await api('GET', '/version').catch(() => ({ body: {} }));
  const isPodman = (version.body?.Components ?? []).some((c) => /podman/i.test(c.Name ?? ''));
  return { host, isPodman, api };
}

/** True when the engine has the image `name`. */
export async function imageExists(engine, name) {
  return (await engine.api('GET', `/images/${encodeURIComponent(name)}/json`)).status === 200;
}

/**
 * What one benchmark run creates in the engine, and its removal: `baseTag` is an extra name for the base image that
 * every build starts from (so the run's containers are the ones whose Image is that name, whichever tool made them),
 * and `label` is put on every committed image (through the docker builder's `changes`).
 */
export function createRunResources(engine, baseImage, runId) {
  const baseTag = `localhost/kiln-bench/base:${runId}`;
  const label = `kiln-bench=${runId}`;
  return {
    baseTag,
    label,
    labelValue: runId,
    async tagBase() {
      const r = await engine.api('POST', `/images/${encodeURIComponent(baseImage)}/tag?repo=localhost/kiln-bench/base&tag=${runId}`);
      if (r.status >= 300) throw new Error(`tagging ${baseImage} as ${baseTag}: ${r.status} ${JSON.stringify(r.body)}`);
    },
    /** Committed images of this run (by label); removing them also removes their tags. */
    async removeImages() {
      const filters = encodeURIComponent(JSON.stringify({ label: [label] }));
      const list = await engine.api('GET', `/images/json?all=1&filters=${filters}`);
      let removed = 0;
      for (const img of Array.isArray(list.body) ? list.body : []) {
        const r = await engine.api('DELETE', `/images/${encodeURIComponent(img.Id)}?force=1`);
        if (r.status < 300 || r.status === 404) removed++;
      }
      return removed;
    },
    async removeContainers() {
      const list = await engine.api('GET', '/containers/json?all=1');
      let removed = 0;
      for (const c of Array.isArray(list.body) ? list.body : []) {
        if (c.Image !== baseTag) continue;
        const r = await engine.api('DELETE', `/containers/${c.Id}?force=1&v=1`);
        if (r.status < 300 || r.status === 404) removed++;
      }
      return removed;
    },
    /** Removes everything; returns what was left behind by the tools (containers, images) and what remains after. */
    async removeAll() {
      const containers = await this.removeContainers();
      const images = await this.removeImages();
      // Untags only: the base image keeps its own name.
      await engine.api('DELETE', `/images/${encodeURIComponent(baseTag)}`);
      const filters = encodeURIComponent(JSON.stringify({ label: [label] }));
      const leftImages = (await engine.api('GET', `/images/json?all=1&filters=${filters}`)).body;
      const leftContainers = ((await engine.api('GET', '/containers/json?all=1')).body ?? []).filter((c) => c.Image === baseTag);
      const baseTagLeft = (await engine.api('GET', `/images/${encodeURIComponent(baseTag)}/json`)).status === 200;
      return { containers, images, remaining: (leftImages?.length ?? 0) + leftContainers.length + (baseTagLeft ? 1 : 0) };
    },
  };
}
