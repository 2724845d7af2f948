variable "crlf" {
  default  =  1
  type = number # c
}

locals {
  a = <<EOT
  text
EOT
}
