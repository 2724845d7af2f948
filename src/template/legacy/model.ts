// The legacy JSON template as Packer's template/parse.go sees it, with a source range on every part.
import type { JsonNode, JsonObject, JsonProperty } from '../../hcl/json/ast.js';
import type { Range } from '../../hcl/source/pos.js';

export interface LegacyVariable {
  name: string;
  /** The default as a string (mapstructure's weak decoding); undefined when `null` (required). */
  default?: string;
  required: boolean;
  /** The default's node (a string may hold templates). */
  node: JsonNode;
  nameRange: Range;
}

/** A builder, provisioner or post-processor object, with its meta keys removed from `attrs`. */
export interface LegacyComponent {
  type: string;
  typeRange: Range;
  /** The whole object. */
  range: Range;
  /** The configuration keys in source order (meta keys such as type/only/except removed). */
  attrs: JsonProperty[];
  /** The object node itself (the bare-string post-processor form has none). */
  object?: JsonObject;
}

export interface LegacyBuilder extends LegacyComponent {
  name: string;
  nameRange?: Range;
}

export interface NameList {
  names: string[];
  range: Range;
  /** Each name's range. */
  ranges: Range[];
}

export interface LegacyProvisioner extends LegacyComponent {
  only?: NameList;
  except?: NameList;
  /** Per builder name: configuration keys that replace the provisioner's own. */
  override: Map<string, { props: JsonProperty[]; nameRange: Range }>;
  pauseBefore?: { text: string; range: Range };
  maxRetries?: { text: string; range: Range };
  timeout?: { text: string; range: Range };
}

export interface LegacyPostProcessor extends LegacyComponent {
  name?: string;
  keepInputArtifact?: boolean;
  only?: NameList;
  except?: NameList;
}

export interface LegacyTemplate {
  path: string;
  description?: string;
  minVersion?: { value: string; range: Range };
  variables: LegacyVariable[];
  sensitiveVariables: { name: string; range: Range }[];
  builders: LegacyBuilder[];
  provisioners: LegacyProvisioner[];
  errorCleanupProvisioner?: LegacyProvisioner;
  /** Each inner list is a chain; a single post-processor is a chain of one. */
  postProcessors: LegacyPostProcessor[][];
  /** The root object's range (for errors about the whole template). */
  range: Range;
}
