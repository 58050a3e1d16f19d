/*
 * csat.c
 *		Share and mean accessors of score_dist: csat (top-two-box share),
 *		top_box, bottom_box, and mean (the CES of the 1-7 CES 2.0 scale).
 *
 * Symbols with the suffix _v2 are the behaviour of pgcx 1.2.0; the symbols
 * without it keep the behaviour of the released scripts that name them
 * (SPEC section 8).  The 1.2.0 box reads refuse a 0-10 value whose answers
 * all lie at or below SCORE_SMALL_SCALE_MAX (score_dist_require_box_scale):
 * such answers come from a smaller scale read with the default one.
 */
#include "postgres.h"

#include "scores/score_dist.h"

PG_FUNCTION_INFO_V1(score_dist_csat);
PG_FUNCTION_INFO_V1(score_dist_top_box);
PG_FUNCTION_INFO_V1(score_dist_bottom_box);
PG_FUNCTION_INFO_V1(score_dist_csat_v2);
PG_FUNCTION_INFO_V1(score_dist_top_box_v2);
PG_FUNCTION_INFO_V1(score_dist_bottom_box_v2);
PG_FUNCTION_INFO_V1(score_dist_mean_sql);

/* The call that builds a score_dist on a scale of its own, for hints. */
#define SCORE_DIST_BUILDER "score_dist_agg(score"

/* Refuses a box size k outside 1..number of scores. */
static void
check_box(const ScoreDist *d, int k, const char *caller)
{
	if (k < 1 || k > SCORE_DIST_NSCORES(d))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("box size %d is out of range for %s", k, caller),
				 errdetail("The scale %d-%d has %d scores; k must be from 1 to %d.",
						   d->lo, d->hi, SCORE_DIST_NSCORES(d),
						   SCORE_DIST_NSCORES(d))));
}

/*
 * Percentage of answers among the k highest (top) or lowest scores of the
 * distribution argument 0; NULL without answers.  With scale_checked, a
 * 0-10 value of smaller-scale answers is refused.
 */
static Datum
box_share(FunctionCallInfo fcinfo, int k, bool top, bool scale_checked,
		  const char *caller)
{
	ScoreDist  *d = score_dist_checked(PG_GETARG_DATUM(0));
	int64		n;
	int64		in_box;

	check_box(d, k, caller);
	if (scale_checked)
		score_dist_require_box_scale(d, caller, SCORE_DIST_BUILDER);
	n = score_dist_n(d);
	if (n == 0)
		PG_RETURN_NULL();
	in_box = top ? score_dist_top(d, k) : n - score_dist_top(d, SCORE_DIST_NSCORES(d) - k);
	PG_RETURN_FLOAT8(100.0 * (double) in_box / (double) n);
}

/* csat(score_dist) as released: percentage of answers in the top two boxes. */
Datum
score_dist_csat(PG_FUNCTION_ARGS)
{
	return box_share(fcinfo, 2, true, false, "csat");
}

/* top_box(score_dist, k) as released: percentage among the k highest scores. */
Datum
score_dist_top_box(PG_FUNCTION_ARGS)
{
	return box_share(fcinfo, PG_GETARG_INT32(1), true, false, "top_box");
}

/* bottom_box(score_dist, k) as released: percentage among the k lowest. */
Datum
score_dist_bottom_box(PG_FUNCTION_ARGS)
{
	return box_share(fcinfo, PG_GETARG_INT32(1), false, false, "bottom_box");
}

/* csat(score_dist) of 1.2.0: the top-two-box share, scale checked. */
Datum
score_dist_csat_v2(PG_FUNCTION_ARGS)
{
	return box_share(fcinfo, 2, true, true, "csat");
}

/* top_box(score_dist, k) of 1.2.0: the k highest scores, scale checked. */
Datum
score_dist_top_box_v2(PG_FUNCTION_ARGS)
{
	return box_share(fcinfo, PG_GETARG_INT32(1), true, true, "top_box");
}

/* bottom_box(score_dist, k) of 1.2.0: the k lowest scores, scale checked. */
Datum
score_dist_bottom_box_v2(PG_FUNCTION_ARGS)
{
	return box_share(fcinfo, PG_GETARG_INT32(1), false, true, "bottom_box");
}

/* mean(score_dist): the mean score, NULL without answers. */
Datum
score_dist_mean_sql(PG_FUNCTION_ARGS)
{
	ScoreDist  *d = score_dist_checked(PG_GETARG_DATUM(0));

	if (score_dist_n(d) == 0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(score_dist_mean(d));
}
