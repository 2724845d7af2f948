locals {
    script = <<EOT
#!/bin/sh
  echo "hello ${var.name}"
      indented   text   stays
EOT
  stripped = <<-EOT
      first line
        second ${upper("x")} line
      EOT
  after_heredoc = "value"
  list_of_heredocs = [<<EOF
one
EOF
  ,
    <<EOF
two
EOF
  ]
}

build {
  sources = ["source.null.x"]
  provisioner "shell" {
    inline = [
       <<-EOS
          echo one
          echo two
          EOS
    ]
  }
}
