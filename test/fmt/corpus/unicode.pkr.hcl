locals {
  naïve = "café"
  日本 = "語"
  x = "emoji 😀"
  long_ascii_name = 1 # c1
  ü = 2 # c2
}
