// The HCL2 templates of the build benchmarks: each one is run unchanged by kiln and by packer 1.6.6 (which reads
// HCL2 `source`/`build` blocks), with -var values for the base image, the tag repository and the cleanup label.

const dockerVariables = `variable "base_image" {
  type = string
}

variable "repo" {
  type    = string
  default = "localhost/kiln-bench/unused"
}

variable "label" {
  type = string
}
`;

/** A docker source that commits, labelled for cleanup (pull = false: no registry is needed). */
const dockerSource = (name, extra = '') => `
source "docker" "${name}" {
  image   = var.base_image
  pull    = false
  commit  = true
  changes = ["LABEL kiln-bench=\${var.label}"]${extra}
}
`;

/** Shell + file provisioners and a docker-tag post-processor: the everyday docker build. */
export const simpleBuild = `${dockerVariables}${dockerSource('app')}
build {
  sources = ["source.docker.app"]

  provisioner "shell" {
    inline = ["echo 'hello from the bench' > /etc/kiln-bench.txt"]
  }

  provisioner "file" {
    source      = "files/app.conf"
    destination = "/etc/app.conf"
  }

  post-processor "docker-tag" {
    repository = var.repo
    tags       = ["latest"]
  }
}
`;

/** Three provisioners (shell, a directory upload, shell) and two tags. */
export const threeProvisionersTwoTags = `${dockerVariables}${dockerSource('web')}
build {
  sources = ["source.docker.web"]

  provisioner "shell" {
    inline = ["mkdir -p /var/www", "echo 'Built for the bench' > /var/www/build.txt"]
  }

  provisioner "file" {
    source      = "files/www/"
    destination = "/var/www"
  }

  provisioner "shell" {
    inline = ["chmod -R a+rX /var/www", "ls -l /var/www > /var/www/listing.txt"]
  }

  post-processor "docker-tag" {
    repository = var.repo
    tags       = ["latest", "1.0"]
  }
}
`;

/** One file upload into a discarded container (no commit: the time is the upload's, not the layer's). */
export const uploadBuild = `variable "base_image" {
  type = string
}

variable "upload" {
  type = string
}

source "docker" "upload" {
  image   = var.base_image
  pull    = false
  discard = true
}

build {
  sources = ["source.docker.upload"]

  provisioner "file" {
    source      = var.upload
    destination = "/tmp/upload.bin"
  }
}
`;

/** `count` docker sources in one build block, each with a shell provisioner and its own tag: they run in parallel. */
export function parallelBuilds(count) {
  const names = Array.from({ length: count }, (_, i) => `b${i + 1}`);
  return `${dockerVariables}${names.map((n) => dockerSource(n)).join('')}
build {
  sources = [${names.map((n) => `"source.docker.${n}"`).join(', ')}]

  provisioner "shell" {
    inline = ["echo \${source.name} > /etc/kiln-bench-name", "cat /etc/os-release > /dev/null"]
  }

  post-processor "docker-tag" {
    repository = "\${var.repo}-\${source.name}"
    tags       = ["latest"]
  }
}
`;
}

/** A null build whose artifact is an existing file (artifice), compressed by the compress post-processor. */
export const compressBuild = `variable "input" {
  type = string
}

variable "output" {
  type = string
}

source "null" "artifact" {
  communicator = "none"
}

build {
  sources = ["source.null.artifact"]

  post-processors {
    post-processor "artifice" {
      files = [var.input]
    }
    post-processor "compress" {
      output              = var.output
      keep_input_artifact = true
    }
  }
}
`;
