variable "tabs" {
	default	=	1
		type = number
}
locals {
	x = <<EOT
	tab	inside
EOT
}
