/*
 * weighted.c
 *		The weighted survey aggregates: their transitions, which count a
 *		weighted answer into a score_wdist, and the estimates read from one
 *		(nps, nps_wstats, csat, csat_wstats, mean, ces_wstats).
 *
 * Weights: a NULL score or weight leaves the row out, as does a weight of
 * 0 (an answer that does not count); a negative, NaN or infinite weight,
 * or a positive one outside [1e-150, 1e150] (whose square is not a normal
 * double), is refused (22003).  Each input type of the score (smallint,
 * integer, bigint, numeric, double precision) has a forward and an inverse
 * transition, the latter for moving windows (see score_wdist.h for the
 * precision of the removed sums).
 *
 * Estimates are ratios ȳ = Σ w y / Σ w of a per-answer value y (NPS: +1 for
 * a promoter, -1 for a detractor, 0 otherwise; CSAT: 1 in the top two boxes;
 * the mean: the score), with the linearisation (Taylor) variance of a
 * single-stage design with replacement, as R's survey::svymean(~y,
 * svydesign(ids = ~1, weights = ~w)) computes it:
 *		var(ȳ) = n / (n - 1) Σ_i w_i² (y_i - ȳ)² / (Σ w)²,
 * summed here per score as Σ_s (Σw²)_s (y_s - ȳ)², since y depends on the
 * score only.  n counts the answers with a positive weight.  The 95 %
 * interval is the Wald interval ȳ ± 1.96 SE, kept within the metric's range
 * as nps_stats keeps its interval.
 */
#include "postgres.h"

#include <float.h>
#include <math.h>

#include "utils/builtins.h"

#include "common/aggregate.h"
#include "common/result.h"
#include "common/parse.h"
#include "common/stats.h"
#include "scores/nps.h"
#include "scores/score_dist.h"
#include "scores/scores.h"
#include "signals/score_wdist.h"

PG_FUNCTION_INFO_V1(score_wdist_nps);
PG_FUNCTION_INFO_V1(score_wdist_nps_stats);
PG_FUNCTION_INFO_V1(score_wdist_csat);
PG_FUNCTION_INFO_V1(score_wdist_csat_stats);
PG_FUNCTION_INFO_V1(score_wdist_mean);
PG_FUNCTION_INFO_V1(score_wdist_ces_stats);

/*
 * The 22003 error of a weight that cannot be counted, out of line so that
 * the per-row path saves no registers for it.
 */
static void weight_off(FunctionCallInfo fcinfo, double w) pgcx_noreturn;

static pg_noinline void
weight_off(FunctionCallInfo fcinfo, double w)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("weight %s is out of range for %s", pgcx_float8_text(w),
					pgcx_caller_name(fcinfo)),
			 errdetail("A weight is 0 (the answer does not count) or a finite positive number from 1e-150 to 1e150."),
			 errhint("Leave an answer out with a weight of 0 or NULL.")));
}

/* The errors of the per-row path, out of line as weight_off. */
static pg_noinline void
weight_sum_overflow(FunctionCallInfo fcinfo)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("sum of weights out of range in %s", pgcx_caller_name(fcinfo)),
			 errdetail("A sum of weights or of squared weights exceeds the range of double precision.")));
}

static pg_noinline void
weight_not_added(FunctionCallInfo fcinfo, int score, double w, const char *problem)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("cannot remove score %d with weight %s from this state in %s",
					score, pgcx_float8_text(w), pgcx_caller_name(fcinfo)),
			 problem ? errdetail("What would be left is not a valid state: %s", problem) :
			 errdetail("The state holds no answer at that score."),
			 errhint("Only an answer that was added can be removed, and only while the sums left stay exact to 2^-60.")));
}

/* Counts one answer of weight w (valid, positive) at index i. */
static inline void
weight_up(FunctionCallInfo fcinfo, ScoreWDist *d, int i, double w)
{
	ScoreWCell *c = &d->cells[i];

	/* n <= ops: when ops does not overflow, n does not */
	c->ops = pgcx_count_add_in(fcinfo, c->ops, 1);
	c->n++;
	wsum_add(&c->w, w);
	wsum_add(&c->w2, w * w);
	if (unlikely(!(c->w2.sum <= DBL_MAX)))	/* inf, or NaN from inf - inf */
		weight_sum_overflow(fcinfo);
}

/*
 * Removes one answer of weight w at index i: the inverse of weight_up, to
 * a double-double's precision, and exact when the score's last answer
 * leaves.  False when what is left is not a valid state (see
 * score_wdist_merge_inv): inside a moving window the caller returns NULL,
 * so that PostgreSQL computes the frame anew; called directly, it is
 * refused.
 */
static inline bool
weight_down(FunctionCallInfo fcinfo, ScoreWDist *d, int i, double w)
{
	ScoreWCell *c = &d->cells[i];
	const char *problem;

	if (unlikely(c->n == 0))
		weight_not_added(fcinfo, d->lo + i, w, NULL);
	if (--c->n == 0)
	{
		memset(c, 0, sizeof(ScoreWCell));
		return true;
	}
	if (unlikely(c->ops == PG_INT64_MAX))
		problem = "The operations behind the sums left would pass 2^63 - 1.";
	else
	{
		c->ops++;
		wsum_add(&c->w, -w);
		wsum_add(&c->w2, -(w * w));
		if (likely(wsum_accurate(&c->w, c->ops) && wsum_accurate(&c->w2, c->ops) &&
				   score_wdist_cell_problem(c) == NULL))
			return true;
		problem = score_wdist_cell_problem(c);
		if (problem == NULL)
			problem = "The sums left would not be exact to 2^-60 (see w_peak and ops).";
	}
	if (pgcx_in_aggregate(fcinfo))
		return false;
	weight_not_added(fcinfo, d->lo + i, w, problem);
	return false;
}

/*
 * Reads the weight argument: true to count the row (a valid positive
 * weight), false to leave it out (0); refuses the others.
 */
static inline bool
weight_counts(FunctionCallInfo fcinfo, double w)
{
	if (likely(w >= PGCX_WEIGHT_MIN && w <= PGCX_WEIGHT_MAX))
		return true;
	if (w == 0.0)
		return false;
	weight_off(fcinfo, w);
}

/*
 * Counts or uncounts one weighted score at index i; false when a removal
 * leaves no valid state inside a moving window (weight_down).
 */
static inline bool
weight_step(FunctionCallInfo fcinfo, ScoreWDist *d, int i, double w, bool up)
{
	if (!weight_counts(fcinfo, w))
		return true;
	if (up)
	{
		weight_up(fcinfo, d, i, w);
		return true;
	}
	return weight_down(fcinfo, d, i, w);
}

/*
 * The state of a fixed-scale form (never NULL: INITCOND), in place inside
 * an aggregate, else a copy.
 */
static inline ScoreWDist *
fixed_state(FunctionCallInfo fcinfo)
{
	if (likely(pgcx_in_aggregate(fcinfo)))
		return (ScoreWDist *) PG_GETARG_POINTER(0);
	return score_wdist_copy(score_wdist_checked(PG_GETARG_DATUM(0)));
}

/* (state, score, weight), strict: nps_agg, nps_stats, ces_agg, ... */
static inline Datum
fixed_step(FunctionCallInfo fcinfo, bool up, pgcx_score_index_fn index)
{
	ScoreWDist *d = fixed_state(fcinfo);
	int			i = index(fcinfo, 1, d->lo, d->hi);

	if (!weight_step(fcinfo, d, i, PG_GETARG_FLOAT8(2), up))
		PG_RETURN_NULL();		/* the window computes its frame anew */
	PG_RETURN_POINTER(d);
}

/*
 * Counts or uncounts one weighted score into a state whose scale the
 * arguments give: (state, score, scale, weight) on 1..scale, or with
 * `range` (state, score, weight, lo, hi).  The state is created on the
 * first row; a NULL score or weight leaves the row out.
 */
static Datum
scaled_step(FunctionCallInfo fcinfo, bool up, bool range, pgcx_score_index_fn index)
{
	int			wargno = range ? 2 : 3;
	int			lo,
				hi,
				i;
	ScoreWDist *d;

	if (PG_ARGISNULL(1) || PG_ARGISNULL(wargno))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	pgcx_scale_of_args(fcinfo, range ? 3 : 2, range, true, &lo, &hi);
	if (PG_ARGISNULL(0))
	{
		MemoryContext old = pgcx_state_context(fcinfo);

		d = score_wdist_new(lo, hi);
		MemoryContextSwitchTo(old);
	}
	else
	{
		d = fixed_state(fcinfo);
		pgcx_require_state_scale(fcinfo, d->lo, d->hi, lo, hi, false);
	}
	i = index(fcinfo, 1, lo, hi);
	if (!weight_step(fcinfo, d, i, PG_GETARG_FLOAT8(wargno), up))
		PG_RETURN_NULL();		/* the window computes its frame anew */
	PG_RETURN_POINTER(d);
}

/*
 * For every score type T (int2, int4, int8, numeric, float8), six
 * transition functions:
 *   score_wdist_accum_T / score_wdist_unaccum_T (state, score, weight)
 *		the fixed-scale forms;
 *   score_wdist_accum_scale_T / score_wdist_unaccum_scale_T
 *		(state, score, scale, weight): csat_agg and ces_agg with a scale;
 *   score_wdist_accum_range_T / score_wdist_unaccum_range_T
 *		(state, score, weight, lo, hi): score_wdist_agg on [lo, hi].
 * The integer ones, for grep: score_wdist_accum_int4,
 * score_wdist_unaccum_int4, score_wdist_accum_scale_int4,
 * score_wdist_unaccum_scale_int4, score_wdist_accum_range_int4,
 * score_wdist_unaccum_range_int4.
 */
#define WEIGHTED_TRANSITION(name, body) \
PG_FUNCTION_INFO_V1(name); \
Datum name(PG_FUNCTION_ARGS) { return body; }

#define WEIGHTED_TRANSITIONS(T) \
WEIGHTED_TRANSITION(score_wdist_accum_##T, fixed_step(fcinfo, true, pgcx_index_##T)) \
WEIGHTED_TRANSITION(score_wdist_unaccum_##T, fixed_step(fcinfo, false, pgcx_index_##T)) \
WEIGHTED_TRANSITION(score_wdist_accum_scale_##T, scaled_step(fcinfo, true, false, pgcx_index_##T)) \
WEIGHTED_TRANSITION(score_wdist_unaccum_scale_##T, scaled_step(fcinfo, false, false, pgcx_index_##T)) \
WEIGHTED_TRANSITION(score_wdist_accum_range_##T, scaled_step(fcinfo, true, true, pgcx_index_##T)) \
WEIGHTED_TRANSITION(score_wdist_unaccum_range_##T, scaled_step(fcinfo, false, true, pgcx_index_##T))

WEIGHTED_TRANSITIONS(int2)
WEIGHTED_TRANSITIONS(int4)
WEIGHTED_TRANSITIONS(int8)
WEIGHTED_TRANSITIONS(numeric)
WEIGHTED_TRANSITIONS(float8)

/* ------------------------------------------------------------------ */
/* estimates */

/* What an estimate reads: the value y of each score of d's scale. */
typedef enum WeightedMetric
{
	WEIGHTED_NPS,				/* +1 (9-10), 0 (7-8), -1 (0-6), x 100 */
	WEIGHTED_CSAT,				/* 1 in the top two boxes, x 100 */
	WEIGHTED_MEAN				/* the score */
} WeightedMetric;

/* A weighted estimate with its linearisation standard error and interval. */
typedef struct WeightedEstimate
{
	WeightedTotals t;
	double		value;
	double		std_error;		/* NaN for a single answer */
	double		ci_low;
	double		ci_high;
	double		shares[3];		/* NPS: promoters, passives, detractors in % */
} WeightedEstimate;

/* The value y of score s for the metric (NPS and CSAT in units, not %). */
static double
metric_value(const ScoreWDist *d, WeightedMetric metric, int s)
{
	if (metric == WEIGHTED_NPS)
		return s >= 9 ? 1.0 : (s <= 6 ? -1.0 : 0.0);
	if (metric == WEIGHTED_CSAT)
		return s >= d->hi - 1 ? 1.0 : 0.0;
	return (double) s;
}

/*
 * Refuses the reads that the unweighted functions refuse: an NPS off the
 * 0-10 scale, and the top boxes of a 0-10 value whose answers all lie at
 * or below 7 (see score_dist_check_box_scale).
 */
static void
check_metric_scale(const ScoreWDist *d, WeightedMetric metric, const char *caller)
{
	if (metric == WEIGHTED_NPS)
		nps_require_scale(d->lo, d->hi, caller);
	if (metric == WEIGHTED_CSAT)
	{
		ScoreDist  *counts = score_wdist_counts(d);

		score_dist_require_box_scale(counts, caller, "score_wdist_agg(score, weight");
		pfree(counts);
	}
}

/*
 * The estimate of d for the metric, with its standard error and interval
 * when `with_error`; false without answers.  The sums are taken from each
 * score's double-double rounded once.
 */
static bool
weighted_estimate(const ScoreWDist *d, WeightedMetric metric, const char *caller,
				  bool with_error, WeightedEstimate *e)
{
	double		sum_wy = 0,
				mean,
				dev2 = 0,
				scale = metric == WEIGHTED_MEAN ? 1.0 : 100.0,
				lowest,
				highest,
				half;
	int			i;

	check_metric_scale(d, metric, caller);
	score_wdist_totals(d, &e->t);
	if (e->t.n == 0)
		return false;
	e->shares[0] = e->shares[1] = e->shares[2] = 0;
	for (i = 0; i < SCORE_WDIST_NSCORES(d); i++)
	{
		const ScoreWCell *c = &d->cells[i];
		double		w = c->w.sum + c->w.tail;
		double		y = metric_value(d, metric, d->lo + i);

		sum_wy += w * y;
		if (metric == WEIGHTED_NPS)
			e->shares[y > 0 ? 0 : (y == 0 ? 1 : 2)] += w;
	}
	mean = sum_wy / e->t.weight;
	for (i = 0; i < 3; i++)
		e->shares[i] = 100.0 * (e->shares[i] / e->t.weight);
	e->value = scale * mean;
	e->std_error = e->ci_low = e->ci_high = NAN;
	if (!with_error)
		return true;
	if (e->t.n < 2)
	{
		ereport(NOTICE,
				(errmsg("%s leaves the standard error and the interval NULL: one answer has a positive weight",
						caller),
				 errdetail("The linearisation variance needs at least two answers.")));
		return true;
	}
	for (i = 0; i < SCORE_WDIST_NSCORES(d); i++)
	{
		const ScoreWCell *c = &d->cells[i];
		double		dev = metric_value(d, metric, d->lo + i) - mean;

		dev2 += (c->w2.sum + c->w2.tail) * dev * dev;
	}
	e->std_error = scale * sqrt((double) e->t.n / (double) (e->t.n - 1) * dev2) / e->t.weight;
	lowest = scale * metric_value(d, metric, d->lo);
	highest = scale * metric_value(d, metric, d->hi);
	half = PGCX_Z975 * e->std_error;
	e->ci_low = Max(e->value - half, lowest);
	e->ci_high = Min(e->value + half, highest);
	return true;
}

/*
 * The columns every weighted stats composite starts with (n, n_effective,
 * weight) and ends with (the estimate, std_error, ci_low, ci_high), around
 * `middle` columns the caller sets; returns the composite.
 */
static Datum
stats_composite(FunctionCallInfo fcinfo, const WeightedEstimate *e,
				const double *middle, int nmiddle)
{
	Datum		values[10];
	bool		nulls[10] = {false};
	int			k = 0,
				j;

	values[k++] = Int64GetDatum(e->t.n);
	pgcx_set_float(values, nulls, k++, e->t.weight * (e->t.weight / e->t.weight2));
	pgcx_set_float(values, nulls, k++, e->t.weight);
	for (j = 0; j < nmiddle; j++)
		pgcx_set_float(values, nulls, k++, middle[j]);
	pgcx_set_float(values, nulls, k++, e->value);
	pgcx_set_float(values, nulls, k++, e->std_error);
	pgcx_set_float(values, nulls, k++, e->ci_low);
	pgcx_set_float(values, nulls, k++, e->ci_high);
	return pgcx_composite(fcinfo, values, nulls);
}

/* The estimate alone (nps, csat, mean of a score_wdist), NULL without answers. */
static Datum
estimate_only(FunctionCallInfo fcinfo, WeightedMetric metric, const char *caller)
{
	WeightedEstimate e;

	if (!weighted_estimate(score_wdist_checked(PG_GETARG_DATUM(0)), metric, caller,
						   false, &e))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(e.value);
}

/* nps(score_wdist): the weighted NPS, NULL without answers. */
Datum
score_wdist_nps(PG_FUNCTION_ARGS)
{
	return estimate_only(fcinfo, WEIGHTED_NPS, "nps");
}

/* csat(score_wdist): the weighted top-two-box share in %. */
Datum
score_wdist_csat(PG_FUNCTION_ARGS)
{
	return estimate_only(fcinfo, WEIGHTED_CSAT, "csat");
}

/* mean(score_wdist): the weighted mean answer. */
Datum
score_wdist_mean(PG_FUNCTION_ARGS)
{
	return estimate_only(fcinfo, WEIGHTED_MEAN, "mean");
}

/*
 * nps_wstats(score_wdist): n, n_effective, weight, the weighted promoter,
 * passive and detractor shares, NPS, standard error and interval.
 */
Datum
score_wdist_nps_stats(PG_FUNCTION_ARGS)
{
	WeightedEstimate e;

	if (!weighted_estimate(score_wdist_checked(PG_GETARG_DATUM(0)), WEIGHTED_NPS,
						   "nps_wstats", true, &e))
		PG_RETURN_NULL();
	PG_RETURN_DATUM(stats_composite(fcinfo, &e, e.shares, 3));
}

/* csat_wstats(score_wdist): n, n_effective, weight, CSAT, SE, interval. */
Datum
score_wdist_csat_stats(PG_FUNCTION_ARGS)
{
	WeightedEstimate e;

	if (!weighted_estimate(score_wdist_checked(PG_GETARG_DATUM(0)), WEIGHTED_CSAT,
						   "csat_wstats", true, &e))
		PG_RETURN_NULL();
	PG_RETURN_DATUM(stats_composite(fcinfo, &e, NULL, 0));
}

/* ces_wstats(score_wdist): n, n_effective, weight, mean, SE, interval. */
Datum
score_wdist_ces_stats(PG_FUNCTION_ARGS)
{
	WeightedEstimate e;

	if (!weighted_estimate(score_wdist_checked(PG_GETARG_DATUM(0)), WEIGHTED_MEAN,
						   "ces_wstats", true, &e))
		PG_RETURN_NULL();
	PG_RETURN_DATUM(stats_composite(fcinfo, &e, NULL, 0));
}
