locals {
  a=1+2
  b=1 -2
  c=1- 2
  d= - 2
  e = [-1, - 2, 3 - -4]
  f = (-1)
  g = {x = -1}
  h = 1 * -2
  i = 5 % -3
  j = 1 == -1
  k = true && -1 > 0
  l = var.x ? -1 : -2
  m = -var.x
  n = ! var.b
  o = !!var.b
  p = - - 3
  q = a.b - c.d
  r = f(x) - 1
  s = x[0] - 1
  t = "a" - 1
  u = 1.5 -2.5
  v = var.list[0] [1]
  w = local.m [ "k" ]
  x = f (1)
  y = [ for x in [ 1 ] : x ]
  z = [for x in[1]: x]
}
