locals {
  joined = join(
  ",",
       ["a", "b"],
  )
  nested_call = merge(
    {
      a = 1
    },
    {
       b = 2
    }
  )
  spread = concat(local.lists...)
  chained = lower(upper(trimspace("  x  ")))
  weird_open = [
    1, 2,
    3, 4]
  closing_together = { a = { b = {
    c = 1
  } } }
  paren_expr = (
    1 + 2
  )
  cond_multi = local.flag ? (
    "yes"
  ) : "no"
  templ = templatefile("${path.root}/t.tpl", { name = "x", list = [1, 2] })
}
