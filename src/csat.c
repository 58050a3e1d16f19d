/*
 * csat.c
 *		Share and mean accessors of score_dist: csat (top-two-box share),
 *		top_box, bottom_box, and mean (the CES of the 1-7 CES 2.0 scale).
 */
#include "postgres.h"

#include "pgcx.h"

PG_FUNCTION_INFO_V1(score_dist_csat);
PG_FUNCTION_INFO_V1(score_dist_top_box);
PG_FUNCTION_INFO_V1(score_dist_bottom_box);
PG_FUNCTION_INFO_V1(score_dist_mean_sql);

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

/* csat(score_dist): percentage of answers in the top two boxes. */
Datum
score_dist_csat(PG_FUNCTION_ARGS)
{
	ScoreDist  *d = score_dist_checked(PG_GETARG_DATUM(0));
	int64		n = score_dist_n(d);

	if (n == 0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(100.0 * (double) score_dist_top(d, 2) / (double) n);
}

/* top_box(score_dist, k): percentage of answers among the k highest scores. */
Datum
score_dist_top_box(PG_FUNCTION_ARGS)
{
	ScoreDist  *d = score_dist_checked(PG_GETARG_DATUM(0));
	int32		k = PG_GETARG_INT32(1);
	int64		n;

	check_box(d, k, "top_box");
	n = score_dist_n(d);
	if (n == 0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(100.0 * (double) score_dist_top(d, k) / (double) n);
}

/* bottom_box(score_dist, k): percentage of answers among the k lowest. */
Datum
score_dist_bottom_box(PG_FUNCTION_ARGS)
{
	ScoreDist  *d = score_dist_checked(PG_GETARG_DATUM(0));
	int32		k = PG_GETARG_INT32(1);
	int64		n;
	int64		low;

	check_box(d, k, "bottom_box");
	n = score_dist_n(d);
	if (n == 0)
		PG_RETURN_NULL();
	low = n - score_dist_top(d, SCORE_DIST_NSCORES(d) - k);
	PG_RETURN_FLOAT8(100.0 * (double) low / (double) n);
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
