// Generates the large validate benchmark template: many variables, locals, sources and provisioners that packer 1.6.6 also validates.

/**
 * A template with `count` groups of variables and locals, and `builds` null sources built by one build block with
 * `provisioners` provisioners (packer starts a plugin process per component and build, so those stay few).
 */
export function generateValidateTemplate(count: number, builds = 4, provisioners = 10): string {
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    parts.push(`variable "name_${i}" {
  type        = string
  default     = "app-${i}"
  description = "Name number ${i}."
}

variable "sizes_${i}" {
  type    = list(number)
  default = [${i}, ${i + 1}, ${i + 2}]
}

locals {
  upper_${i} = upper(var.name_${i})
  label_${i} = format("%s-%d", local.upper_${i}, length(var.sizes_${i}))
  tags_${i}  = merge({ Name = local.label_${i} }, { Index = "${i}" })
}
`);
  }
  for (let i = 0; i < builds; i++) parts.push(`source "null" "n${i}" {\n  communicator = "none"\n}\n`);
  const sources = Array.from({ length: builds }, (_, i) => `"source.null.n${i}"`).join(', ');
  const step = Math.max(1, Math.floor(count / provisioners));
  const provs = Array.from(
    { length: Math.min(count, provisioners) },
    (_, i) => `  provisioner "shell-local" {\n    inline = ["echo \${local.label_${i * step}}"]\n  }\n`,
  ).join('\n');
  parts.push(`build {\n  sources = [${sources}]\n\n${provs}\n  post-processor "manifest" {\n    output = "manifest.json"\n  }\n}\n`);
  return parts.join('\n');
}
