/*
 * scores.h
 *		Score validation shared by every aggregate that reads raw answers
 *		(the survey aggregates, rolling_benchmark, mirror_gap): a score of
 *		each accepted SQL type checked against its scale and turned into an
 *		index, the errors of a score off its scale, and the checks of a
 *		scale or range parameter (scores.c).
 */
#ifndef PGCX_SCORES_H
#define PGCX_SCORES_H

#include "postgres.h"
#include "fmgr.h"
#include "utils/numeric.h"

#include "common/pgcx.h"
#include "scores/score_dist.h"

extern int	pgcx_numeric_score(Numeric num, int lo, int hi, bool *integral);
extern void pgcx_int_score_off_scale(FunctionCallInfo fcinfo, int64 score,
									 int lo, int hi) pgcx_noreturn;
extern void pgcx_float8_score_off_scale(FunctionCallInfo fcinfo, double score,
										int lo, int hi) pgcx_noreturn;
extern int	pgcx_numeric_score_index(FunctionCallInfo fcinfo, Numeric num, int lo, int hi);
extern bool pgcx_float8_is_integral(double score);
extern void pgcx_check_range_params(const char *caller, int lo, int hi);
extern void pgcx_scale_of_args(FunctionCallInfo fcinfo, int argno, bool range,
							   bool weighted, int *lo, int *hi);
extern void pgcx_require_state_scale(FunctionCallInfo fcinfo, int state_lo, int state_hi,
									 int lo, int hi, bool hint);

/*
 * Checks an integer score against [lo, hi] and returns its index: one
 * unsigned comparison covers both bounds.
 */
static inline int
pgcx_int_score(FunctionCallInfo fcinfo, int64 score, int lo, int hi)
{
	uint64		index = (uint64) score - (uint64) lo;

	if (unlikely(index > (uint64) (hi - lo)))
		pgcx_int_score_off_scale(fcinfo, score, lo, hi);
	return (int) index;
}

/*
 * Checks a double precision score against [lo, hi] and returns its index:
 * a test against the widest scale (0..100, which NaN fails too), then
 * integrality by a round trip through int (exact on that range), then the
 * integer check of the scale; no conversion to numeric.
 */
static inline int
pgcx_float8_score(FunctionCallInfo fcinfo, double score, int lo, int hi)
{
	if (unlikely(!(score >= 0.0 && score <= (double) SCORE_MAX) ||
				 (double) (int) score != score))
		pgcx_float8_score_off_scale(fcinfo, score, lo, hi);
	return pgcx_int_score(fcinfo, (int) score, lo, hi);
}

/*
 * Index on [lo, hi] of score argument `argno`, one function per accepted
 * score type; ERROR 22003 for a score off the scale or not an integer.
 */
typedef int (*pgcx_score_index_fn) (FunctionCallInfo fcinfo, int argno, int lo, int hi);

static inline int
pgcx_index_int2(FunctionCallInfo fcinfo, int argno, int lo, int hi)
{
	return pgcx_int_score(fcinfo, PG_GETARG_INT16(argno), lo, hi);
}

static inline int
pgcx_index_int4(FunctionCallInfo fcinfo, int argno, int lo, int hi)
{
	return pgcx_int_score(fcinfo, PG_GETARG_INT32(argno), lo, hi);
}

static inline int
pgcx_index_int8(FunctionCallInfo fcinfo, int argno, int lo, int hi)
{
	return pgcx_int_score(fcinfo, PG_GETARG_INT64(argno), lo, hi);
}

static inline int
pgcx_index_float8(FunctionCallInfo fcinfo, int argno, int lo, int hi)
{
	return pgcx_float8_score(fcinfo, PG_GETARG_FLOAT8(argno), lo, hi);
}

static inline int
pgcx_index_numeric(FunctionCallInfo fcinfo, int argno, int lo, int hi)
{
	return pgcx_numeric_score_index(fcinfo, PG_GETARG_NUMERIC(argno), lo, hi);
}

#endif							/* PGCX_SCORES_H */
