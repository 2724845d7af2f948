// Generates a large, realistic Packer HCL2 template for throughput benchmarks (deterministic for a given size).

/** Returns a template of roughly `targetBytes` bytes: variables, locals with expressions, sources and builds. */
export function generateTemplate(targetBytes: number): string {
  const parts: string[] = [];
  let size = 0;
  const push = (s: string): void => {
    parts.push(s);
    size += Buffer.byteLength(s);
  };
  push('packer {\n  required_version = ">= 1.6.0"\n}\n\n');
  for (let i = 0; size < targetBytes; i++) {
    push(`variable "region_${i}" {
  type        = string
  default     = "eu-west-${i % 3}"
  description = "Region number ${i} for the fleet; used in names and tags."
}

variable "sizes_${i}" {
  type    = list(number)
  default = [${i}, ${i + 1}, ${i * 2}, 1.5, 0.25]
}

locals {
  name_${i}    = "app-\${var.region_${i}}-${i}"
  total_${i}   = sum(var.sizes_${i}) * 2 + ${i} % 7
  upper_${i}   = upper(join("-", [for s in var.sizes_${i} : tostring(s) if s > 1]))
  tags_${i}    = merge({ Name = local.name_${i} }, { for k, v in { a = 1, b = 2 } : "\${k}_${i}" => v * ${i} })
  enabled_${i} = length(var.sizes_${i}) > 3 ? "yes" : "no"
  motd_${i}    = <<-EOT
    Instance ${i} in \${var.region_${i}}
    %{ for s in var.sizes_${i} }size=\${s} %{ endfor }
  EOT
}

source "null" "node_${i}" {
  communicator = "none"
}

build {
  name    = "fleet-${i}"
  sources = ["source.null.node_${i}"]

  provisioner "shell-local" {
    inline = ["echo \${local.name_${i}}", "echo total=\${local.total_${i}}"]
  }
}

`);
  }
  return parts.join('');
}
