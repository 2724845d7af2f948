# A small web-server image: the example Kiln builds in its quick start (once the docker builder lands).
packer {
  required_version = ">= 1.6.0"
}

variable "base_image" {
  type        = string
  default     = "debian:bookworm"
  description = "The image to start from."
}

variable "tags" {
  type    = list(string)
  default = ["latest", "1.0"]
}

locals {
  build_stamp = formatdate("YYYYMMDD-hhmm", timestamp())
  motd        = <<-EOT
    Built by Kiln from ${var.base_image}
  EOT
}

source "docker" "web" {
  image  = var.base_image
  commit = true
  changes = [
    "EXPOSE 80",
    "CMD [\"busybox\", \"httpd\", \"-f\", \"-p\", \"80\"]",
  ]
}

build {
  sources = ["source.docker.web"]

  provisioner "shell" {
    inline = [
      "mkdir -p /var/www",
      "echo '${local.motd}' > /etc/motd",
    ]
  }

  post-processor "docker-tag" {
    repository = "kiln/web"
    tags       = var.tags
  }
}
