locals {
  hosts = ["a", "b"]
  config = <<-EOT
    %{ for h in local.hosts ~}
    server ${ h }
    %{ endfor ~}
    %{if length(local.hosts) > 1}
    cluster = true
    %{~ else ~}
    cluster = false
    %{ endif }
  EOT
  inline_tpl = "%{ for i, h in local.hosts }${i}:${h}%{ if i < 1 },%{ endif }%{ endfor }"
  strip = "${~ local.hosts[0] ~}"
}
