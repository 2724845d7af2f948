// The built-in component registry: every builder, provisioner, post-processor and data source Kiln knows.
import { didYouMean } from '../hcl/diagnostics/suggest.js';
import type { ComponentKind, ComponentPlugin, ComponentRegistry, DataSourcePlugin } from './types.js';
import { builtinPlugins } from './builtins.js';

/** A registry over plugin factories; each plugin (and its schema) is created on first use. */
export class LazyRegistry implements ComponentRegistry {
  private readonly factories = new Map<string, () => ComponentPlugin>();
  private readonly made = new Map<string, ComponentPlugin>();

  register(kind: ComponentKind, type: string, factory: () => ComponentPlugin): void {
    this.factories.set(`${kind}\0${type}`, factory);
    this.made.delete(`${kind}\0${type}`);
  }

  get(kind: ComponentKind, type: string): ComponentPlugin | undefined {
    const key = `${kind}\0${type}`;
    const done = this.made.get(key);
    if (done !== undefined) return done;
    const f = this.factories.get(key);
    if (f === undefined) return undefined;
    const p = f();
    this.made.set(key, p);
    return p;
  }

  types(kind: ComponentKind): string[] {
    const prefix = `${kind}\0`;
    return [...this.factories.keys()]
      .filter((k) => k.startsWith(prefix))
      .map((k) => k.slice(prefix.length))
      .sort();
  }
}

/** Types on the roadmap, named in "Unknown builder type" details so users know they are coming. */
export const plannedTypes: Readonly<Record<ComponentKind, readonly string[]>> = {
  builder: ['amazon-ebs', 'docker', 'qemu', 'vagrant'],
  provisioner: ['ansible', 'powershell', 'windows-restart'],
  'post-processor': ['docker-import', 'docker-push', 'docker-save', 'docker-tag', 'vagrant'],
  datasource: ['amazon-ami'],
};

/** A registry with every built-in component. */
export function createDefaultRegistry(): ComponentRegistry {
  const r = new LazyRegistry();
  for (const p of builtinPlugins()) r.register(p.kind, p.type, p.load);
  return r;
}

/** Narrows a registry entry to a data source (the only kind with outputs and execute). */
export function isDataSourcePlugin(p: ComponentPlugin): p is DataSourcePlugin {
  return p.kind === 'datasource' && 'execute' in p && 'outputType' in p;
}

const kindWords: Readonly<Record<ComponentKind, string>> = {
  builder: 'builder',
  provisioner: 'provisioner',
  'post-processor': 'post-processor',
  datasource: 'data source',
};

/**
 * The detail for an unknown component type: which types exist, a "Did you mean", and the planned ones,
 * e.g. `Available builder types: file, null. Did you mean "null"? (Planned: amazon-ebs, docker, qemu, vagrant.)`
 */
export function unknownTypeDetail(registry: ComponentRegistry, kind: ComponentKind, type: string): string {
  const known = registry.types(kind);
  const word = kindWords[kind];
  let s = `The ${word} type ${JSON.stringify(type)} is not known to Kiln. Available ${word} types: ${known.join(', ')}.`;
  s += didYouMean(type, known);
  const planned = plannedTypes[kind].filter((t) => !known.includes(t));
  if (planned.includes(type)) s += ` Support for ${JSON.stringify(type)} is planned but not available yet.`;
  else if (planned.length > 0) s += ` (Planned: ${planned.join(', ')}.)`;
  return s;
}
