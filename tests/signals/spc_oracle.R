#!/usr/bin/Rscript
# spc_oracle.R -- expected average run lengths of EWMA and CUSUM charts on
# standardized normal data, from R's spc package, for the signals
# feature's ewma_arl / cusum_arl / ewma_limit.
#
# README
# ------
#   Rscript tests/signals/spc_oracle.R [OUT.csv]      ("-": standard output)
#
# writes spc_expected.csv (default: beside this script) with columns
#   chart          ewma | cusum | ewma_crit
#   sides          two | one | one_unreflected (EWMA only, see below)
#   lambda_or_k    EWMA λ or CUSUM k
#   limit_or_h     EWMA L (limits ± L·sqrt(λ/(2-λ)), asymptotic) or CUSUM h;
#                  for ewma_crit the L that spc finds for the target ARL
#   shift          true mean μ in standard deviations (0 = in control);
#                  for one-sided charts the shift is towards the limit
#   arl            zero-state ARL; for ewma_crit the target ARL₀ (input)
#   r_used         quadrature nodes of the reported value
#   rel_stability  |value(r_used) - value(r_cmp)| / |value(r_used)| with
#                  r_cmp = 200 (the arl, or L for ewma_crit)
# Needs Debian's r-cran-spc (apt-get install -y r-cran-spc). Made with R
# 4.2.2 and spc 0.6.7 (Debian bookworm r-cran-spc 1:0.6.7-1).
#
# Definitions (spc 0.6.7):
#   xewma.arl(l, c, mu, sided = "two")   Z_0 = 0, Z_t = (1-λ) Z_{t-1} + λ X_t,
#     X_t ~ N(mu, 1); signal at the first t with |Z_t| > c·sqrt(λ/(2-λ))
#     (limits = "fix": asymptotic limits). λ = 1 is the Shewhart chart:
#     ARL = 1/(2 Φ(-L)) (checked below to 1e-12).
#   xewma.arl(..., sided = "one", zr = 0)  the UPPER EWMA REFLECTED at zr
#     (zr in the same units as c): Z_t = max(zr, (1-λ) Z_{t-1} + λ X_t),
#     signal at Z_t > c·sqrt(λ/(2-λ)). With the default zr = 0 it is not the
#     plain one-sided EWMA; rows "one_unreflected" use zr = -10, where the
#     barrier is never reached in practice (the ARLs for zr = -8 and -10
#     agree to 1e-14), i.e. an upper limit on the unreflected EWMA.
#   xcusum.arl(k, h, mu, sided = "one")  C_0 = 0, C_t = max(0, C_{t-1} + X_t - k),
#     signal at C_t > h.
#   xcusum.arl(k, h, mu, sided = "two")  NOT solved as a two-dimensional
#     chain: spc's C code (xc2_iglarl) combines the one-sided ARLs by
#     Lucas & Crosier (1982): 1/ARL = 1/ARL⁺(mu) + 1/ARL⁺(-mu) (with a
#     head start, their general formula). Any k >= 0 and h > 0 is accepted,
#     with no special case for k = 0 or a small h. For the two-sided chart
#     (signal when C⁺ > h or C⁻ > h) the combination agreed with a
#     simulation (not rerun here) of 10^8 runs at k = 0, h = 2 (5.001764
#     vs 5.00174 ± 0.0003) and k = 0, h = 1 (2.374876 vs 2.37493 ±
#     0.00014); checked below that "two" is exactly that combination of
#     "one".
#   xewma.crit(l, L0, sided = "two")  the L with ARL₀ = L0, found by a
#     secant search that stops when |ARL - L0| <= 1e-6 or the step is below
#     1e-9: L is good to about 1e-9 (the script prints the largest
#     |ARL(L)/L0 - 1| and the difference from an L solved with uniroot to
#     1e-14).
#
# Accuracy: spc states none beyond "r: number of quadrature nodes" (the
# Nyström method with Gauss-Legendre quadrature; defaults r = 40 for EWMA,
# 30 for CUSUM). The values here use r = 400; rel_stability compares them
# with r = 200. The script also prints how far spc's default r is from
# r = 400. Measured with spc 0.6.7 (the script prints these again):
#   r = 400 vs r = 200: within 2e-13 relative for every EWMA row, within
#     5e-13 for the CUSUM rows whose one-sided ARLs are below 1e4 (median
#     of all rows 1.7e-15). CUSUM rows with a huge one-sided ARL are
#     limited by the conditioning of the linear system (about ARL x 1e-16),
#     not by r: 4e-12 at ARL 1.9e4, 7e-12 at 1.1e5, 1.6e-10 at 8e5, 8e-9
#     at 4.3e7 (k = 1, h = 8, one-sided).
#   spc's default r vs r = 400: two-sided EWMA within 1e-10 (worst
#     λ = 0.05, L = 3.2), CUSUM within 8e-9 (the same ill-conditioned rows),
#     one-sided EWMA with zr = 0 within 5e-14, but the unreflected one
#     (zr = -10, a wider interval for the nodes) 3.5e-5 off: hence r = 400.
#   ewma_crit: |ARL(L)/L0 - 1| <= 8.8e-9 and L within 3.2e-9 of the
#     uniroot solution; r changes L by less than 2e-14.
# Computed values (arl, and L of ewma_crit) are written with 17 significant
# digits: a correctly rounded reader (C strtod, PostgreSQL's float8in,
# Python) gets the exact doubles R computed. The parameters are written
# short ("0.05", "2.814", "370.4"): they are the doubles nearest to those
# decimals, as R used them.

suppressPackageStartupMessages(library(spc))

targs <- commandArgs(trailingOnly = TRUE)
args <- commandArgs(trailingOnly = FALSE)
file_arg <- sub("^--file=", "", args[grep("^--file=", args)])
here <- if (length(file_arg)) dirname(normalizePath(file_arg)) else "."
out_file <- if (length(targs) >= 1) targs[1] else file.path(here, "spc_expected.csv")

R_USED <- 400
R_CMP <- 200

# -- published checks ------------------------------------------------------
e0 <- xewma.arl(0.1, 2.814, 0, sided = "two")
c2 <- xcusum.arl(0.5, 5, 0, sided = "two")
c1 <- xcusum.arl(0.5, 5, 0, sided = "one")
stopifnot(abs(e0 - 499.6) < 0.05, abs(c2 - 465.4) < 0.05, abs(c1 - 930.9) < 0.05)
message(sprintf("checks (default r): EWMA 0.1/2.814 two %.10f; CUSUM 0.5/5 two %.10f, one %.10f",
                e0, c2, c1))

# 17 significant digits: exact for a correctly rounded reader (strtod,
# PostgreSQL, Python); R's own reader may be one unit off in the last place
g17 <- function(x) sprintf("%.17g", x)
p15 <- function(x) { s <- sprintf("%.15g", x); stopifnot(as.numeric(s) == x); s }
rows <- character()
stab <- numeric()
dflt <- numeric()
add <- function(chart, sides, a, b, mu, v, vcmp, vdef) {
  rs <- abs(v - vcmp) / abs(v)
  stab <<- c(stab, rs)
  dflt <<- c(dflt, abs(vdef - v) / abs(v))
  rows <<- c(rows, paste(chart, sides, p15(a), p15(b), p15(mu), g17(v), R_USED,
                         sprintf("%.3g", rs), sep = ","))
}

ewma <- function(l, L, mu, sides, r) {
  switch(sides,
    two             = xewma.arl(l, L, mu, sided = "two", r = r),
    one             = xewma.arl(l, L, mu, zr = 0, sided = "one", r = r),
    one_unreflected = xewma.arl(l, L, mu, zr = -10, sided = "one", r = r))
}

# -- EWMA --------------------------------------------------------------------
lambdas <- c(0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1.0)
Ls <- c(2.5, 2.7, 2.8, 2.814, 3.0, 3.2)
shifts <- c(0, 0.5, 1, 2)
for (l in lambdas) for (L in Ls) for (mu in shifts)
  add("ewma", "two", l, L, mu, ewma(l, L, mu, "two", R_USED),
      ewma(l, L, mu, "two", R_CMP), xewma.arl(l, L, mu, sided = "two"))
for (sides in c("one", "one_unreflected"))
  for (l in c(0.1, 0.2, 0.5, 1.0)) for (L in c(2.5, 2.814, 3.0)) for (mu in shifts)
    add("ewma", sides, l, L, mu, ewma(l, L, mu, sides, R_USED),
        ewma(l, L, mu, sides, R_CMP),
        xewma.arl(l, L, mu, zr = if (sides == "one") 0 else -10, sided = "one"))

# λ = 1 is the Shewhart chart
for (L in Ls) {
  stopifnot(abs(ewma(1, L, 0, "two", R_USED) * 2 * pnorm(-L) - 1) < 1e-12,
            abs(ewma(1, L, 0, "one_unreflected", R_USED) * pnorm(-L) - 1) < 1e-12)
}

# -- CUSUM -------------------------------------------------------------------
for (sides in c("two", "one"))
  for (k in c(0, 0.25, 0.5, 0.75, 1)) for (h in c(2, 3, 4, 5, 6, 8)) for (mu in shifts) {
    v <- xcusum.arl(k, h, mu, sided = sides, r = R_USED)
    if (sides == "two") {   # spc's two-sided = Lucas-Crosier of its one-sided
      lc <- 1 / (1 / xcusum.arl(k, h, mu, sided = "one", r = R_USED) +
                 1 / xcusum.arl(k, h, -mu, sided = "one", r = R_USED))
      stopifnot(abs(v / lc - 1) < 1e-13)
    }
    add("cusum", sides, k, h, mu, v, xcusum.arl(k, h, mu, sided = sides, r = R_CMP),
        xcusum.arl(k, h, mu, sided = sides))
  }

# -- EWMA critical values ------------------------------------------------------
crit_resid <- 0
crit_vs_root <- 0
for (l in c(0.05, 0.1, 0.2, 0.5)) for (L0 in c(100, 370.4, 500, 1000)) {
  cc <- xewma.crit(l, L0, sided = "two", r = R_USED)
  ccmp <- xewma.crit(l, L0, sided = "two", r = R_CMP)
  cdef <- xewma.crit(l, L0, sided = "two")
  # arl holds the target L0; the r comparison is on L (limit_or_h)
  rs <- abs(cc - ccmp) / cc
  stab <- c(stab, rs)
  dflt <- c(dflt, abs(cdef - cc) / cc)
  rows <- c(rows, paste("ewma_crit", "two", p15(l), g17(cc), p15(0), p15(L0),
                        R_USED, sprintf("%.3g", rs), sep = ","))
  crit_resid <- max(crit_resid, abs(ewma(l, cc, 0, "two", R_USED) / L0 - 1))
  root <- uniroot(function(x) ewma(l, x, 0, "two", R_USED) - L0,
                  c(cc - 0.01, cc + 0.01), tol = 1e-14)$root
  crit_vs_root <- max(crit_vs_root, abs(cc - root))
}

message(sprintf("%d rows; rel_stability (r = %d vs %d): largest %.2g, median %.2g",
                length(rows), R_USED, R_CMP, max(stab), median(stab)))
message(sprintf("spc's default r (40 EWMA, 30 CUSUM) vs r = %d: largest rel. difference %.2g",
                R_USED, max(dflt)))
message(sprintf("ewma_crit: largest |ARL(L)/L0 - 1| %.2g; largest |L - uniroot L| %.2g",
                crit_resid, crit_vs_root))

lines <- c("chart,sides,lambda_or_k,limit_or_h,shift,arl,r_used,rel_stability", rows)
if (out_file == "-") writeLines(lines) else {
  writeLines(lines, out_file)
  message(sprintf("%s: %d rows", out_file, length(rows)))
}
