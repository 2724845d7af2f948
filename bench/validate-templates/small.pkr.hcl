# The small validate benchmark: a typical one-image template with the components packer 1.6.6 has built in.
variable "app_name" {
  type        = string
  default     = "web"
  description = "Name of the application baked into the image."
}

variable "sizes" {
  type    = list(number)
  default = [1, 2, 3]
}

locals {
  image_name = "${var.app_name}-image"
  tags       = { Name = local.image_name, Sizes = join(",", [for s in var.sizes : "${s}"]) }
}

source "null" "base" {
  communicator = "none"
}

build {
  name    = "app"
  sources = ["source.null.base"]

  provisioner "shell-local" {
    inline = ["echo building ${local.image_name}"]
  }

  provisioner "shell-local" {
    environment_vars = ["APP=${var.app_name}"]
    inline           = ["echo $APP"]
  }

  post-processor "manifest" {
    output = "manifest.json"
  }
}
