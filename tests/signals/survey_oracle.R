#!/usr/bin/Rscript
# survey_oracle.R -- expected weighted NPS / CSAT / CES estimates from R's
# survey package, for the signals feature (docs: the SQL contract's
# "Weighted estimates").
#
# README
# ------
#   Rscript tests/signals/survey_oracle.R [CASES.csv [EXPECTED.csv]]
#
# reads survey_cases.csv (written by survey_generate.R; columns case_id,
# scale, row, score, weight) and writes survey_expected.csv (columns
# case_id, metric, estimate, std_error, n, n_effective); "-" as EXPECTED
# writes to standard output. Both default to the files beside this script,
# so a test can rerun R and compare with the committed file byte for byte.
#
# Needs Debian's r-cran-survey (apt-get install -y r-cran-survey). Made with
# R 4.2.2 and survey 4.1.1 (Debian bookworm r-cran-survey 4.1-1-1).
#
# Every figure is survey's Taylor-linearisation estimate for a design with
# one stage and weights only:
#
#   des <- svydesign(ids = ~1, weights = ~w, data = d)
#   svymean(~y, des)          estimate = coef(), std_error = SE()
#
# with, per answer, y =
#   nps         100 * ((s >= 9) - (s <= 6))        scale 0-10
#   promoters   100 * (s >= 9)                     scale 0-10
#   passives    100 * (s in 7..8)                  scale 0-10
#   detractors  100 * (s <= 6)                     scale 0-10
#   csat        100 * (s in the top-2 box)         1-5: 4-5, 1-7: 6-7, 1-10: 9-10
#   ces         s                                  scale 1-7
#   mean        s                                  scales 0-10, 1-5, 1-10
# n           = answers with a weight > 0
# n_effective = Kish's (Σw)² / Σw² over those answers (base R; survey has no such figure).
#
# survey's standard error is, to 1e-12 relative (checked here for every
# row, the script stops otherwise; the largest difference is 5e-14, at
# n = 5000),
#   SE = sqrt( n/(n-1) * Σ w_i² (y_i - ȳ)² ) / Σ w,   ȳ = Σ w y / Σ w.
# Against that formula in exact rational arithmetic over the cases' exact
# weights, the file's estimates are within 3e-16, its standard errors
# within 6e-14 and n_effective within 2e-16 (relative).
# The published check (case "published") gives NPS -15.625 and SE
# 29.456949052450987 (unweighted: NPS 8.3333333333333339, SE
# 25.990479997588547; weights times 4: the same as weighted).
#
# Weights are sampling (inverse-probability) weights, not frequencies: an
# integer weight 3 is not three identical answers (the SE differs).
#
# Zero weights. svydesign() accepts them (probability Inf) and, unlike
# pgcx's contract (weight 0 = not answered), COUNTS them in n for the
# n/(n-1) factor; the estimate is unchanged. The published rows plus three
# rows of weight 0 give SE 29.192755831874 (n = 15) instead of
# 29.456949052451 (n = 12); subset(des, w > 0) gives the same 29.1928, as
# survey keeps the full design for domains. The expected rows of case
# "zero_weights" follow pgcx's contract: they are survey's figures for the
# answers with a positive weight only (n = that count); this script prints
# survey's figures with the zeros kept, for the record.
# Other edges (not in the cases): one answer -> svydesign() fails ("Design
# has only one primary sampling unit"); all weights 0 -> NaN, NaN; a
# negative weight is accepted without a warning (pgcx: 22003); a constant
# y gives SE exactly 0.
#
# Computed values are written with 17 significant digits: a correctly
# rounded reader (C strtod, PostgreSQL's float8in, Python) gets the exact
# doubles R computed.

suppressPackageStartupMessages(library(survey))

args <- commandArgs(trailingOnly = FALSE)
file_arg <- sub("^--file=", "", args[grep("^--file=", args)])
here <- if (length(file_arg)) dirname(normalizePath(file_arg)) else "."
targs <- commandArgs(trailingOnly = TRUE)
cases_file <- if (length(targs) >= 1) targs[1] else file.path(here, "survey_cases.csv")
out_file <- if (length(targs) >= 2) targs[2] else file.path(here, "survey_expected.csv")

cases <- read.csv(cases_file, colClasses = c("character", "character",
                  "integer", "integer", "numeric"))
stopifnot(identical(names(cases), c("case_id", "scale", "row", "score", "weight")))

metrics_for <- function(scale) {
  switch(scale,
    "0-10" = list(
      nps        = function(s) 100 * ((s >= 9) - (s <= 6)),
      promoters  = function(s) 100 * (s >= 9),
      passives   = function(s) 100 * (s >= 7 & s <= 8),
      detractors = function(s) 100 * (s <= 6),
      mean       = function(s) s + 0),
    "1-5" = list(
      csat = function(s) 100 * (s >= 4),
      mean = function(s) s + 0),
    "1-7" = list(
      csat = function(s) 100 * (s >= 6),
      ces  = function(s) s + 0),
    "1-10" = list(
      csat = function(s) 100 * (s >= 9),
      mean = function(s) s + 0),
    stop("unknown scale ", scale))
}

svy <- function(y, w) {
  d <- data.frame(y = y, w = w)
  m <- svymean(~y, svydesign(ids = ~1, weights = ~w, data = d))
  c(estimate = unname(coef(m)), std_error = unname(SE(m)))
}

se_formula <- function(y, w) {
  n <- length(y)
  yb <- sum(w * y) / sum(w)
  sqrt(n / (n - 1) * sum(w^2 * (y - yb)^2)) / sum(w)
}

# 17 significant digits: exact for a correctly rounded reader (strtod,
# PostgreSQL, Python); R's own reader may be one unit off in the last place
g17 <- function(x) sprintf("%.17g", x)

out <- character()
max_rel <- 0
for (id in unique(cases$case_id)) {
  cs <- cases[cases$case_id == id, ]
  scale <- unique(cs$scale)
  stopifnot(length(scale) == 1, all(cs$row == seq_len(nrow(cs))),
            all(cs$weight >= 0))
  keep <- cs$weight > 0                 # pgcx: weight 0 = not answered
  s <- cs$score[keep]
  w <- cs$weight[keep]
  n <- length(s)
  neff <- sum(w)^2 / sum(w^2)
  for (mname in names(metrics_for(scale))) {
    y <- metrics_for(scale)[[mname]](s)
    r <- svy(y, w)
    f <- se_formula(y, w)
    rel <- if (f > 0) abs(r[["std_error"]] - f) / f else abs(r[["std_error"]])
    if (!(rel <= 1e-12))
      stop(sprintf("%s %s: survey SE %.17g, formula %.17g", id, mname, r[["std_error"]], f))
    max_rel <- max(max_rel, rel)
    out <- c(out, paste(id, mname, g17(r[["estimate"]]), g17(r[["std_error"]]),
                        n, g17(neff), sep = ","))
  }
  if (any(!keep)) {
    y <- 100 * ((cs$score >= 9) - (cs$score <= 6))
    r0 <- svy(y, cs$weight)
    r1 <- svy(100 * ((s >= 9) - (s <= 6)), w)
    message(sprintf(paste0("%s: %d rows, %d of weight 0; survey with them kept: NPS %.17g SE %.17g ",
                           "(n = %d); without them: NPS %.17g SE %.17g (n = %d)"),
                    id, nrow(cs), sum(!keep), r0[["estimate"]], r0[["std_error"]],
                    nrow(cs), r1[["estimate"]], r1[["std_error"]], n))
  }
}

# the published check
pub <- cases[cases$case_id == "published", ]
r <- svy(100 * ((pub$score >= 9) - (pub$score <= 6)), pub$weight)
stopifnot(abs(r[["estimate"]] + 15.625) < 1e-12,
          abs(r[["std_error"]] - 29.45695) < 5e-6)
message(sprintf("published check: NPS %.10g SE %.10g; SE formula agrees to %.2g relative (largest over all rows)",
                r[["estimate"]], r[["std_error"]], max_rel))

lines <- c("case_id,metric,estimate,std_error,n,n_effective", out)
if (out_file == "-") {
  writeLines(lines)
} else {
  writeLines(lines, out_file)
  message(sprintf("%s: %d rows", out_file, length(out)))
}
