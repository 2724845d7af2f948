# A file full of comments
// of every kind
/* and block comments */

variable "a" { # trailing on a block opener
  type = string # the type
  default = "x" // the default
  description = "long description here" /* block after */
}

locals {
  short = 1 # one
  much_longer_name = 2 # two
  mid = 3          # three

  # standalone comment
     # indented badly
  after = 4 // four
  /* multi
     line
  comment */
  last = 5
}

/*
 * A block comment before a block
 */
source "null" "x" {
  communicator = "none" # none
}

build {
  sources = ["source.null.x"] # the sources
}
# final comment without newline