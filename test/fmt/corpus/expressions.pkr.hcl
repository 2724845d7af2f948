locals {
  a = [ 1, 2, 3 ]
  b = { x = 1, y = 2 }
  c = {
    x = 1
    yy = 2
    "quoted key" = 3
    zzz: 4
  }
  d = var.list[0]
  e = var.map["key"]
  f = var.list[*].id
  g = var.list.*.id
  h = length( var.list )
  i = concat(var.a,var.b)
  j = format("%s-%d",  "x",  1)
  k = merge(local.b,{z=3})
  l = [for k,v in local.b: "${k}=${v}"]
  m = {for k, v in local.b: k => v...}
  n = [for x in [1,2,3]: x*2 if x!=2]
  o = (1 + 2)
  p = try(var.x.y, null)
  q = can( regex("^a", "abc") )
  r = 1.5e3
  s = var.x == null ? "none"   : var.x
  t = local.a[0]+local.a[1]
  u = -local.a[0]
  v = !local.flag
  w = "${local.a[0]}${local.a[1]}"
  x = "%{ if local.flag }yes%{ else }no%{ endif }"
  y = "%{for v in local.a}${v},%{endfor}"
  z = "${ {a = 1}.a }"
  aa = {}
  bb = []
  cc = f()
  dd = upper(
    "multi",
  )
  ee = join(",", [
    "a",
    "b",
  ])
  ff = { for k, v in {a = 1, b = 2} :
    k => v
  }
  gg = 1 <= 2 && 3 >= 2 || 4 < 5 && 5 > 4
  hh = tomap({"a" = 1})
  ii = var.list[length(var.list) - 1]
  jj = local.c.x
  kk = "escaped \"quotes\" and \\ backslash"
  ll = "$${not_interp} %%{not_directive}"
}
