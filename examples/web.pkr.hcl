# A small web-server image: the example `npm run demo` builds. Nothing is downloaded during the build: the page
# and a tiny perl-base HTTP server are uploaded, so it works from a local debootstrapped base image too.
packer {
  required_version = ">= 1.6.0"
}

variable "base_image" {
  type        = string
  default     = "debian:bookworm"
  description = "The image to start from (the demo passes a local one when no registry is reachable)."
}

variable "tags" {
  type    = list(string)
  default = ["latest", "1.0"]
}

locals {
  build_stamp = formatdate("YYYY-MM-DD hh:mm", timestamp())
}

source "docker" "web" {
  image  = var.base_image
  commit = true
  changes = [
    "EXPOSE 80",
    "WORKDIR /var/www",
    "LABEL org.opencontainers.image.title=kiln-web",
    "CMD [\"/bin/sh\", \"-c\", \"exec perl /usr/local/bin/serve-www /var/www\"]",
  ]
}

build {
  sources = ["source.docker.web"]

  provisioner "shell" {
    inline = ["mkdir -p /var/www"]
  }

  provisioner "file" {
    source      = "${path.root}/www/"
    destination = "/var/www"
  }

  provisioner "file" {
    source      = "${path.root}/serve-www.pl"
    destination = "/usr/local/bin/serve-www"
  }

  provisioner "shell" {
    inline = [
      "chmod 0755 /usr/local/bin/serve-www",
      "echo 'Built by Kiln from ${var.base_image} at ${local.build_stamp}' > /var/www/build.txt",
    ]
  }

  post-processor "docker-tag" {
    repository = "kiln/web"
    tags       = var.tags
  }
}
