source "amazon-ebs" "nested" {
  ami_name = "x"
  source_ami_filter {
    filters = {
      name = "ubuntu/images/*"
      root-device-type = "ebs"
      virtualization-type = "hvm"
    }
    owners = ["099720109477"]
    most_recent = true
  }
  launch_block_device_mappings {
    device_name = "/dev/sda1"
    volume_size = 40
  }
  tags = {
    Name = "x"
    Environment = { nested = { deeper = [1, [2, [3]]] } }
  }
}

build { sources = ["source.amazon-ebs.nested"] }

variable "empty" {}
variable "one_line" { default = 1 }
variable "obj" {
  type = object({
    name = string
    size = number
    tags = map(string)
  })
  default = {
    name = "n", size = 1,
    tags = {}
  }
}
