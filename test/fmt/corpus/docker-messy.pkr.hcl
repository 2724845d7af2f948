packer {
required_plugins {
  docker = {
  version = ">= 1.0.0"
      source = "github.com/hashicorp/docker"
  }
  }
}

variable "image"   {
  type=string
  default     =   "ubuntu:22.04"
  description = "The base image"
}
variable "tags" {
    type = list(string)
  default = ["a","b",   "c"]
}

locals {
  timestamp = regex_replace(timestamp(), "[- TZ:]", "")
  name= "kiln-${local.timestamp}"
  upper_tags = [for t in var.tags: upper(t)]
  tag_map = {for i, t in var.tags : t => i if i>0}
  negative = -1
  diff = 10 - -2
  math=(1+2)*3/4%5
  cond = var.image=="x" ? "y" : "z"
  notb = !true
  both = true&&false||!false
}

source "docker" "ubuntu" {
    image  =var.image
  commit = true
   changes = [
    "ENV FOO=bar",
      "WORKDIR /app"
   ]
}

build {
  name = "example"
  sources = ["source.docker.ubuntu"]

  provisioner "shell" {
    inline = [
      "echo ${var.image}",
      "echo hello",
    ]
  }


  provisioner "shell" {
     environment_vars = ["FOO=${local.name}","BAR=baz"]
    inline = ["echo $FOO"]
  }
  post-processor "docker-tag" {
    repository =  "kiln/example"
    tags = var.tags
  }
}
