/*
 * scores.c
 *		Score validation shared by every aggregate that reads raw answers
 *		(the survey aggregates, rolling_benchmark, mirror_gap: scores.h),
 *		and the transition functions that count raw scores into a
 *		score_dist.
 *
 * nps_agg, nps_stats, csat_agg, ces_agg and score_dist_agg all count
 * answers into a score_dist and differ only in their final function.  The
 * one-argument forms start from an empty distribution on their fixed scale
 * (INITCOND); the forms with a scale or a range create it from the first
 * row.  Each input type (smallint, integer, bigint, numeric, double
 * precision; real reaches the last by PostgreSQL's exact implicit cast) has
 * a forward and an exact inverse transition, the latter for moving-aggregate
 * mode.
 */
#include "postgres.h"

#include <math.h>

#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/numeric.h"

#include "common/aggregate.h"
#include "common/parse.h"
#include "common/pgcx.h"
#include "scores/score_dist.h"
#include "scores/scores.h"

/*
 * The hint of a scale error of csat_agg(score, scale) or ces_agg(score,
 * scale): an integer weight column given to the weighted ces_agg(score,
 * weight) reaches the scale form.
 */
#define WEIGHT_AS_SCALE_HINT \
	"If this argument is a weight, give it as double precision: ces_agg(score, weight::float8), csat_agg(score, scale, weight)."

/* Is lo..hi a scale of score_dist (0 <= lo < hi <= 100)? */
static inline bool
range_ok(int lo, int hi)
{
	return lo >= 0 && lo < hi && hi <= SCORE_MAX;
}

/* Refuses a score_dist_agg range that is not 0 <= lo < hi <= 100. */
void
pgcx_check_range_params(const char *caller, int lo, int hi)
{
	if (!range_ok(lo, hi))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid scale lo = %d, hi = %d for %s", lo, hi, caller),
				 errdetail("The scale must satisfy 0 <= lo < hi <= 100.")));
}

/*
 * The hint of a score that a 1-to-scale aggregate (csat_agg, ces_agg)
 * refused when it is an answer of a 0-10 question, the common mistake of
 * reading NPS answers, or a 1-10 question, on the default 1-5 or 1-7
 * scale; NULL otherwise.
 */
static char *
scale_hint(const char *caller, const char *score, int hi)
{
	char	   *end;
	long		v;

	if (strcmp(caller, "csat_agg") != 0 && strcmp(caller, "ces_agg") != 0)
		return NULL;
	v = strtol(score, &end, 10);
	if (*end != '\0' || v < 0 || v > 10)
		return NULL;
	if (hi < 10)
		return psprintf("%s reads answers from 1 to its scale: write %s(score, 10) for a 1-10 question; nps_agg(score) reads the 0-10 recommendation question.",
						caller, caller);
	return pstrdup("nps_agg(score) reads the 0-10 recommendation question.");
}

/*
 * Raises the 22003 error of a score off its scale or not an integer (the
 * score given as text).
 */
static void
score_off_scale(FunctionCallInfo fcinfo, const char *score, bool integral,
				int lo, int hi) pgcx_noreturn;

static void
score_off_scale(FunctionCallInfo fcinfo, const char *score, bool integral,
				int lo, int hi)
{
	const char *caller = pgcx_caller_name(fcinfo);
	char	   *hint = integral ? scale_hint(caller, score, hi) : NULL;

	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 integral ?
			 errmsg("score %s is out of range for %s", score, caller) :
			 errmsg("score %s is not an integer in %s", score, caller),
			 errdetail("Scores of %s are integers from %d to %d.", caller, lo, hi),
			 hint ? errhint("%s", hint) : 0));
}

/*
 * The error of an integer score off [lo, hi], out of line so that the
 * per-row path (pgcx_int_score) saves no registers for it.
 */
void
pgcx_int_score_off_scale(FunctionCallInfo fcinfo, int64 score, int lo, int hi)
{
	score_off_scale(fcinfo, psprintf(INT64_FORMAT, score), true, lo, hi);
}

/* Is a double precision score a whole number (finite, no fraction)? */
bool
pgcx_float8_is_integral(double score)
{
	return isfinite(score) && score == floor(score);
}

/*
 * The error of a double precision score off [lo, hi] or not an integer
 * (NaN, ±Infinity, a fraction), out of line like pgcx_int_score_off_scale.
 */
void
pgcx_float8_score_off_scale(FunctionCallInfo fcinfo, double score, int lo, int hi)
{
	score_off_scale(fcinfo, pgcx_float8_text(score),
					pgcx_float8_is_integral(score), lo, hi);
}

/*
 * The value of a numeric score if it is finite, integral and on [lo, hi];
 * else -1, with *integral telling whether it was at least an integer.
 */
int
pgcx_numeric_score(Numeric num, int lo, int hi, bool *integral)
{
	Datum		d = NumericGetDatum(num);
	Datum		whole;

#if PG_VERSION_NUM >= 140000
	*integral = !numeric_is_nan(num) && !numeric_is_inf(num);
#else
	*integral = !numeric_is_nan(num);
#endif
	if (!*integral)
		return -1;
	whole = DirectFunctionCall2(numeric_trunc, d, Int32GetDatum(0));
	*integral = DatumGetInt32(DirectFunctionCall2(numeric_cmp, d, whole)) == 0;
	if (!*integral ||
		DatumGetInt32(DirectFunctionCall2(numeric_cmp, d,
										  DirectFunctionCall1(int4_numeric, Int32GetDatum(lo)))) < 0 ||
		DatumGetInt32(DirectFunctionCall2(numeric_cmp, d,
										  DirectFunctionCall1(int4_numeric, Int32GetDatum(hi)))) > 0)
		return -1;
	return DatumGetInt32(DirectFunctionCall1(numeric_int4, whole));
}

/* Checks a numeric score against [lo, hi] and returns its index. */
int
pgcx_numeric_score_index(FunctionCallInfo fcinfo, Numeric num, int lo, int hi)
{
	bool		integral;
	int			score = pgcx_numeric_score(num, lo, hi, &integral);

	if (score < 0)
		score_off_scale(fcinfo, numeric_normalize(num), integral, lo, hi);
	return score - lo;
}

/* The overflow error of count_up, out of line like int_score_off_scale. */
static pg_noinline void
count_up_overflow(FunctionCallInfo fcinfo)
{
	pgcx_count_overflow(pgcx_caller_name(fcinfo));
}

/* Adds one answer at index i (in place). */
static inline void
count_up(FunctionCallInfo fcinfo, ScoreDist *d, int i)
{
	if (unlikely(d->counts[i] == PG_INT64_MAX))
		count_up_overflow(fcinfo);
	d->counts[i]++;
}

/* Removes one answer at index i (in place): the exact inverse of count_up. */
static inline void
count_down(FunctionCallInfo fcinfo, ScoreDist *d, int i)
{
	if (unlikely(d->counts[i] == 0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot remove score %d from a state with no answer at that score in %s",
						d->lo + i, pgcx_caller_name(fcinfo)),
				 errdetail("Only an answer that was added can be removed.")));
	d->counts[i]--;
}

/*
 * The state of a one-argument form (never NULL: it starts at INITCOND), to
 * update in place inside an aggregate, else a copy.
 */
static inline ScoreDist *
fixed_state(FunctionCallInfo fcinfo)
{
	if (likely(pgcx_in_aggregate(fcinfo)))
		return (ScoreDist *) PG_GETARG_POINTER(0);
	return score_dist_copy(score_dist_checked(PG_GETARG_DATUM(0)));
}

/* The int argument `argno` (a scale, lo or hi: `what`), not NULL. */
static int
scale_arg(FunctionCallInfo fcinfo, int argno, const char *what)
{
	if (unlikely(PG_ARGISNULL(argno)))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s of %s must not be null", what,
						pgcx_caller_name(fcinfo)),
				 errdetail("The scale is a required parameter.")));
	return PG_GETARG_INT32(argno);
}

/*
 * The scale lo..hi that the arguments of a score aggregate give: 1..scale
 * (argument `argno`, csat_agg and ces_agg with a scale) or, with `range`,
 * lo..hi (arguments argno and argno + 1, score_dist_agg and
 * score_wdist_agg); refused when NULL or out of range.  `weighted` is for
 * the weighted forms, whose scale errors need no hint that a weight went to
 * the scale.  The running function's name, a catalog lookup, is read only
 * to raise an error.
 */
void
pgcx_scale_of_args(FunctionCallInfo fcinfo, int argno, bool range, bool weighted,
				   int *lo, int *hi)
{
	if (range)
	{
		*lo = scale_arg(fcinfo, argno, "lo");
		*hi = scale_arg(fcinfo, argno + 1, "hi");
		if (unlikely(!range_ok(*lo, *hi)))
			pgcx_check_range_params(pgcx_caller_name(fcinfo), *lo, *hi);
		return;
	}
	*lo = 1;
	*hi = scale_arg(fcinfo, argno, "scale");
	if (unlikely(*hi < 3 || *hi > 10))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("scale %d is out of range for %s", *hi, pgcx_caller_name(fcinfo)),
				 errdetail("The scale is the highest answer of a 1-to-scale question, from 3 to 10."),
				 weighted ? 0 : errhint(WEIGHT_AS_SCALE_HINT)));
}

/*
 * Refuses a row whose scale lo..hi differs from the scale of the state,
 * made on an earlier row (the hint as in pgcx_scale_of_args, for the
 * unweighted forms with a scale).
 */
void
pgcx_require_state_scale(FunctionCallInfo fcinfo, int state_lo, int state_hi,
						 int lo, int hi, bool hint)
{
	if (unlikely(state_lo != lo || state_hi != hi))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("scale %d-%d differs from the scale %d-%d of earlier rows in %s",
						lo, hi, state_lo, state_hi, pgcx_caller_name(fcinfo)),
				 errdetail("Every row of one aggregate must use the same scale."),
				 hint ? errhint(WEIGHT_AS_SCALE_HINT) : 0));
}

/*
 * The state of a form whose scale comes from its arguments: created on the
 * first row (in the aggregate's context), and refused if a later row names
 * another scale.
 */
static ScoreDist *
scaled_state(FunctionCallInfo fcinfo, int lo, int hi, bool range)
{
	ScoreDist  *d;

	if (PG_ARGISNULL(0))
	{
		MemoryContext old = pgcx_state_context(fcinfo);

		d = score_dist_new(lo, hi);
		MemoryContextSwitchTo(old);
		return d;
	}
	d = fixed_state(fcinfo);
	pgcx_require_state_scale(fcinfo, d->lo, d->hi, lo, hi, !range);
	return d;
}

/* Counts (up) or uncounts one score into a fixed-scale state. */
static inline Datum
fixed_step(FunctionCallInfo fcinfo, bool up, pgcx_score_index_fn index)
{
	ScoreDist  *d = fixed_state(fcinfo);
	int			i = index(fcinfo, 1, d->lo, d->hi);

	if (up)
		count_up(fcinfo, d, i);
	else
		count_down(fcinfo, d, i);
	PG_RETURN_POINTER(d);
}

/*
 * Counts or uncounts one score into a state whose scale is given by the
 * arguments: 1..scale (argument 2) or, with `range`, lo..hi (arguments 2, 3).
 * A NULL score leaves the state as it is.
 */
static Datum
scaled_step(FunctionCallInfo fcinfo, bool up, bool range, pgcx_score_index_fn index)
{
	int			lo,
				hi,
				i;
	ScoreDist  *d;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	pgcx_scale_of_args(fcinfo, 2, range, false, &lo, &hi);
	d = scaled_state(fcinfo, lo, hi, range);
	i = index(fcinfo, 1, lo, hi);
	if (up)
		count_up(fcinfo, d, i);
	else
		count_down(fcinfo, d, i);
	PG_RETURN_POINTER(d);
}

/*
 * For every input type T (int2, int4, int8, numeric, float8), six
 * transition functions:
 *   score_dist_accum_T / score_dist_unaccum_T (state, score)
 *		the fixed-scale forms (strict; the scale is the state's own);
 *   score_dist_accum_scale_T / score_dist_unaccum_scale_T (state, score, scale)
 *		csat_agg and ces_agg with a scale: 1..scale;
 *   score_dist_accum_range_T / score_dist_unaccum_range_T (state, score, lo, hi)
 *		score_dist_agg on [lo, hi].
 * The double precision ones, for grep: score_dist_accum_float8,
 * score_dist_unaccum_float8, score_dist_accum_scale_float8,
 * score_dist_unaccum_scale_float8, score_dist_accum_range_float8,
 * score_dist_unaccum_range_float8.
 */
#define SCORE_TRANSITION(name, body) \
PG_FUNCTION_INFO_V1(name); \
Datum name(PG_FUNCTION_ARGS) { return body; }

#define SCORE_TRANSITIONS(T) \
SCORE_TRANSITION(score_dist_accum_##T, fixed_step(fcinfo, true, pgcx_index_##T)) \
SCORE_TRANSITION(score_dist_unaccum_##T, fixed_step(fcinfo, false, pgcx_index_##T)) \
SCORE_TRANSITION(score_dist_accum_scale_##T, scaled_step(fcinfo, true, false, pgcx_index_##T)) \
SCORE_TRANSITION(score_dist_unaccum_scale_##T, scaled_step(fcinfo, false, false, pgcx_index_##T)) \
SCORE_TRANSITION(score_dist_accum_range_##T, scaled_step(fcinfo, true, true, pgcx_index_##T)) \
SCORE_TRANSITION(score_dist_unaccum_range_##T, scaled_step(fcinfo, false, true, pgcx_index_##T))

SCORE_TRANSITIONS(int2)
SCORE_TRANSITIONS(int4)
SCORE_TRANSITIONS(int8)
SCORE_TRANSITIONS(numeric)
SCORE_TRANSITIONS(float8)
