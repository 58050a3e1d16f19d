#!/usr/bin/Rscript
# survey_generate.R -- writes survey_cases.csv, the input rows of the
# weighted-estimate oracle (survey_oracle.R computes survey_expected.csv
# from that file).
#
#   Rscript tests/signals/survey_generate.R [OUT.csv]     (default: beside this script)
#
# Fixed seeds and R's default generators (Mersenne-Twister, Inversion,
# Rejection sampling, set explicitly), so the file should be the same on
# any R from 3.6 on (made with R 4.2.2; two runs give the same bytes).
# Only base R is used.
#
# Every weight is a multiple of 2^-10 (1/1024) or an integer, written in
# full decimal (at most 10 digits after the point): each text is the exact
# binary value, so PostgreSQL's float8 input and R's read.csv read the very
# same doubles, and Σw is exact in double precision for every case.
#
# Columns: case_id, scale (0-10, 1-5, 1-7 or 1-10), row (1..n), score
# (integer within the scale), weight (>= 0; only case zero_weights has
# zeros, see survey_oracle.R).

args <- commandArgs(trailingOnly = FALSE)
file_arg <- sub("^--file=", "", args[grep("^--file=", args)])
here <- if (length(file_arg)) dirname(normalizePath(file_arg)) else "."
targs <- commandArgs(trailingOnly = TRUE)
out <- if (length(targs) >= 1) targs[1] else file.path(here, "survey_cases.csv")

scales <- list("0-10" = 0:10, "1-5" = 1:5, "1-7" = 1:7, "1-10" = 1:10)

# score distributions: probabilities over the scale's scores (low to high)
score_probs <- list(
  "0-10" = list(
    typical   = c(2, 1, 1, 2, 2, 4, 5, 10, 18, 25, 30),
    uniform   = rep(1, 11),
    bimodal   = c(30, 2, 1, 1, 1, 3, 1, 1, 2, 3, 40),
    promoters = c(rep(0, 9), 1, 2),          # only 9 and 10
    detractors = c(1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0),
    passives  = c(rep(0, 7), 1, 1, 0, 0)),   # only 7 and 8
  "1-5" = list(
    typical = c(5, 8, 17, 40, 30),
    uniform = rep(1, 5),
    top     = c(0, 0, 0, 1, 1),              # all in the top-2 box
    low     = c(1, 1, 1, 0, 0)),             # none in the top-2 box
  "1-7" = list(
    typical = c(25, 30, 15, 12, 9, 6, 3),    # CES: mostly low effort
    uniform = rep(1, 7),
    high    = c(1, 1, 2, 5, 10, 40, 41)),
  "1-10" = list(
    typical = c(1, 1, 2, 3, 5, 8, 15, 25, 20, 20),
    uniform = rep(1, 10)))

q1024 <- function(x) pmax(1, round(x * 1024)) / 1024   # multiple of 1/1024, >= 1/1024

gen_weights <- function(kind, n) {
  switch(kind,
    equal1     = rep(1, n),
    equal_frac = rep(0.375, n),
    int_small  = sample.int(5L, n, replace = TRUE) + 0,
    int_wide   = sample.int(1000L, n, replace = TRUE) + 0,
    uniform    = q1024(runif(n, 0.5, 2)),
    lognorm1   = q1024(rlnorm(n, 0, 1)),
    lognorm25  = q1024(pmin(rlnorm(n, 0, 2.5), 2^20)),     # very skewed
    pareto11   = q1024(pmin(runif(n)^(-1 / 1.1), 2^20)),   # Pareto, alpha 1.1
    one_huge   = { w <- rep(1, n); w[sample.int(n, 1L)] <- 10000; w },
    two_level  = ifelse(runif(n) < 0.1, 50, 1),
    tiny       = sample.int(64L, n, replace = TRUE) / 1024,
    big        = q1024(runif(n, 1, 1000)) * 1024,            # integers up to ~1e6
    zero_some  = { w <- q1024(rlnorm(n, 0, 1)); w[runif(n) < 0.15] <- 0; w },
    stop("unknown weight kind ", kind))
}

gen_scores <- function(scale, dist, n) {
  v <- scales[[scale]]
  p <- score_probs[[scale]][[dist]]
  v[sample.int(length(v), n, replace = TRUE, prob = p)]
}

# case_id, scale, n, score distribution, weight distribution, seed
plan <- read.table(header = TRUE, stringsAsFactors = FALSE, text = "
case_id            scale n    scores     weights    seed
nps_n2_equal       0-10  2    typical    equal1     1003
nps_n2_skew        0-10  2    bimodal    lognorm1   1007
nps_n2_lognorm25   0-10  2    typical    lognorm25  1000
nps_n3_int         0-10  3    typical    int_small  1001
nps_n5_lognorm25   0-10  5    typical    lognorm25  104
nps_n10_uniform    0-10  10   uniform    uniform    105
nps_n30_pareto     0-10  30   typical    pareto11   106
nps_n100_equal     0-10  100  typical    equal1     107
nps_n100_eqfrac    0-10  100  typical    equal_frac 108
nps_n250_intwide   0-10  250  bimodal    int_wide   109
nps_n500_lognorm25 0-10  500  typical    lognorm25  110
nps_n1000_onehuge  0-10  1000 typical    one_huge   111
nps_n2000_twolevel 0-10  2000 uniform    two_level  112
nps_n5000_lognorm1 0-10  5000 typical    lognorm1   113
nps_n5000_pareto   0-10  5000 bimodal    pareto11   114
nps_n40_promoters  0-10  40   promoters  lognorm1   115
nps_n40_detractors 0-10  40   detractors uniform    116
nps_n40_passives   0-10  40   passives   int_small  117
nps_n60_tiny       0-10  60   typical    tiny       118
nps_n60_big        0-10  60   typical    big        119
csat5_n2_uniform   1-5   2    uniform    uniform    201
csat5_n7_int       1-5   7    typical    int_small  202
csat5_n50_lognorm25 1-5  50   typical    lognorm25  203
csat5_n300_equal   1-5   300  uniform    equal1     204
csat5_n1500_pareto 1-5   1500 typical    pareto11   205
csat5_n5000_twolevel 1-5 5000 typical    two_level  206
csat5_n20_top      1-5   20   top        lognorm1   207
csat5_n20_low      1-5   20   low        int_wide   208
ces7_n2_int        1-7   2    typical    int_small  301
ces7_n4_lognorm25  1-7   4    uniform    lognorm25  302
ces7_n25_uniform   1-7   25   typical    uniform    303
ces7_n200_equal    1-7   200  typical    equal1     304
ces7_n800_onehuge  1-7   800  high       one_huge   305
ces7_n3000_lognorm1 1-7  3000 typical    lognorm1   306
ces7_n5000_pareto  1-7   5000 uniform    pareto11   307
csat10_n2_equal    1-10  2    typical    equal1     401
csat10_n9_tiny     1-10  9    uniform    tiny       402
csat10_n120_lognorm25 1-10 120 typical   lognorm25  403
csat10_n1000_intwide 1-10 1000 typical   int_wide   404
csat10_n4000_pareto 1-10 4000 uniform    pareto11   405
zero_weights       0-10  50   typical    zero_some  501
")

fmt_w <- function(w) {
  s <- sprintf("%.10f", w)
  s <- sub("0+$", "", s)
  sub("\\.$", "", s)
}

rows <- list()

# the published check, unweighted and with weights times 4 (a scaled design
# gives the same estimate and standard error)
pub_s <- c(10, 9, 9, 8, 7, 6, 5, 10, 3, 9, 0, 8)
pub_w <- c(1, 2, .5, 1.5, 1, 3, 1, .5, 2, 1, 1.5, 1)
add <- function(id, scale, s, w) {
  rows[[length(rows) + 1L]] <<- data.frame(case_id = id, scale = scale,
    row = seq_along(s), score = as.integer(s), weight = fmt_w(w),
    stringsAsFactors = FALSE)
}
add("published", "0-10", pub_s, pub_w)
add("published_unweighted", "0-10", pub_s, rep(1, 12))
add("published_weights_x4", "0-10", pub_s, pub_w * 4)

for (i in seq_len(nrow(plan))) {
  p <- plan[i, ]
  set.seed(p$seed, kind = "Mersenne-Twister", normal.kind = "Inversion",
           sample.kind = "Rejection")
  s <- gen_scores(p$scale, p$scores, p$n)
  w <- gen_weights(p$weights, p$n)
  stopifnot(all(w >= 0), all(w * 1024 == round(w * 1024)))
  add(p$case_id, p$scale, s, w)
}

all_rows <- do.call(rbind, rows)
write.csv(all_rows, out, row.names = FALSE, quote = FALSE)
cat(sprintf("%s: %d cases, %d rows\n", out, length(rows), nrow(all_rows)))
