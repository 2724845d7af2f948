image="ubuntu:22.04"
tags=["a",  "b"]
region   =   "eu-west-1"
instance_type = "t3.micro"
count = 3
