// A plain-data summary of a BuildPlan (build names, component types, decoded configs) for fixtures and round trips.
import type { BuildPlan, ConfiguredComponent, ConfiguredPostProcessor, ConfiguredProvisioner } from '../plan.js';

export interface ComponentSummary {
  type: string;
  name?: string;
  config: unknown;
  pauseBeforeMs?: number;
  maxRetries?: number;
  timeoutMs?: number;
  keepInputArtifact?: boolean;
}

export interface BuildSummary {
  name: string;
  type: string;
  builder: unknown;
  provisioners: ComponentSummary[];
  errorCleanupProvisioner?: ComponentSummary;
  postProcessorChains: ComponentSummary[][];
}

function component(c: ConfiguredComponent): ComponentSummary {
  const out: ComponentSummary = { type: c.type, config: c.config };
  if (c.name !== undefined) out.name = c.name;
  return out;
}

function provisioner(p: ConfiguredProvisioner): ComponentSummary {
  const out = component(p);
  if (p.pauseBeforeMs !== undefined) out.pauseBeforeMs = p.pauseBeforeMs;
  if (p.maxRetries !== 0) out.maxRetries = p.maxRetries;
  if (p.timeoutMs !== undefined) out.timeoutMs = p.timeoutMs;
  return out;
}

function postProcessor(p: ConfiguredPostProcessor): ComponentSummary {
  const out = component(p);
  if (p.keepInputArtifact !== undefined) out.keepInputArtifact = p.keepInputArtifact;
  return out;
}

export function summarizePlan(plan: BuildPlan): { builds: BuildSummary[]; sensitiveValues: string[] } {
  return {
    sensitiveValues: [...plan.sensitiveValues],
    builds: plan.builds.map((b) => {
      const s: BuildSummary = {
        name: b.name,
        type: b.source.type,
        builder: b.builder.config,
        provisioners: b.provisioners.map(provisioner),
        postProcessorChains: b.postProcessorChains.map((chain) => chain.map(postProcessor)),
      };
      if (b.errorCleanupProvisioner !== undefined) s.errorCleanupProvisioner = provisioner(b.errorCleanupProvisioner);
      return s;
    }),
  };
}
