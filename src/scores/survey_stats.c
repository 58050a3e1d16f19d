/*
 * survey_stats.c
 *		Intervals and tests of CSAT and CES on score_dist: csat_stats,
 *		ces_stats, csat_diff, ces_diff; a distribution as rows (unnest); and
 *		survey_estimate, the metric of a distribution with its 95 % interval
 *		that series(rb, metric) reads per period.
 *
 * CSAT is the top-two-box share p = k / n of the scale.  Its standard error
 * is 100 sqrt(p (1 - p) / n); its 95 % interval is Wilson's score interval
 * (Wilson 1927), which stays inside 0-100 without clipping, exists at p = 0
 * and p = 1, and keeps near-nominal coverage for small n, where the Wald
 * interval collapses (Brown, Cai & DasGupta 2001, "Interval estimation for
 * a binomial proportion", Statistical Science 16).  Two shares are compared
 * by the two-sample Wald test with unpooled variances (Agresti 2013,
 * Categorical Data Analysis, 1.4 and 3.1), as nps_diff compares NPS.
 *
 * CES is the mean answer.  Its interval is Student's t interval with n - 1
 * degrees of freedom and the sample standard deviation (divisor n - 1): an
 * interval for a mean, fit for answers that are bounded integers when n is
 * not tiny (the central limit theorem), and undefined for n < 2.  Two means
 * are compared by Welch's t test with the Welch-Satterthwaite degrees of
 * freedom (Welch 1947).  The sums of scores and squared scores are exact
 * integers (int128) while they fit, so the mean and variance are exact up
 * to their final division.  The distributions of stats.c do the rest.
 */
#include "postgres.h"

#include <math.h>

#include "access/htup_details.h"
#include "funcapi.h"

#include "common/aggregate.h"
#include "common/result.h"
#include "common/metric.h"
#include "common/stats.h"
#include "scores/nps.h"
#include "scores/score_dist.h"
#include "scores/survey_stats.h"

PG_FUNCTION_INFO_V1(score_dist_csat_stats);
PG_FUNCTION_INFO_V1(score_dist_ces_stats);
PG_FUNCTION_INFO_V1(score_dist_csat_diff);
PG_FUNCTION_INFO_V1(score_dist_ces_diff);
PG_FUNCTION_INFO_V1(score_dist_unnest);

/* The start of the call that builds a score_dist on its own scale. */
#define SD_BUILDER "score_dist_agg(score"

/*
 * Mean and sample variance from exact sums: n S2 - S1^2 over n (n - 1),
 * in int128 while n S2 fits (scores are at most 100), else the centred sum
 * in long double.
 */
void
score_dist_moments(const ScoreDist *d, Moments *m)
{
	int			i;

	m->n = score_dist_n(d);
	m->mean = m->variance = NAN;
	if (m->n == 0)
		return;
	m->mean = score_dist_mean(d);
	if (m->n < 2)
		return;
#ifdef HAVE_INT128
	if (m->n < ((int64) 1 << 48))
	{
		int128		s1 = 0,
					s2 = 0;

		/* n < 2^48, S2 < 2^62: n S2 < 2^110, S1^2 < 2^110 */
		for (i = 0; i < SCORE_DIST_NSCORES(d); i++)
		{
			int64		score = d->lo + i;

			s1 += (int128) d->counts[i] * score;
			s2 += (int128) d->counts[i] * score * score;
		}
		m->variance = (double) ((long double) (s2 * m->n - s1 * s1) /
								((long double) m->n * (long double) (m->n - 1)));
		return;
	}
#endif
	{
		long double mean = m->mean,
					sum = 0;

		for (i = 0; i < SCORE_DIST_NSCORES(d); i++)
		{
			long double dev = (long double) (d->lo + i) - mean;

			sum += (long double) d->counts[i] * dev * dev;
		}
		m->variance = (double) (sum / ((long double) m->n - 1));
	}
}

/* Refuses two distributions on different scales (22023). */
static void
require_same_scale(const ScoreDist *a, const ScoreDist *b, const char *caller)
{
	if (a->lo != b->lo || a->hi != b->hi)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s cannot compare a score_dist on %d-%d with one on %d-%d",
						caller, a->lo, a->hi, b->lo, b->hi),
				 errdetail("Both distributions must be on the same scale.")));
}

/* CSAT of k satisfied out of n > 0, its standard error and Wilson interval. */
static void
csat_estimate(int64 k, int64 n, SurveyEstimate *e)
{
	double		p = (double) k / (double) n,
				low,
				high;

	pgcx_wilson_interval((double) k, (double) n, PGCX_Z975, &low, &high);
	e->n = n;
	e->value = 100.0 * p;
	e->std_error = 100.0 * sqrt(p * (1.0 - p) / (double) n);
	e->ci_low = 100.0 * low;
	e->ci_high = 100.0 * high;
}

/* Mean, standard error and t interval (n - 1 df) from moments (n > 0). */
static void
mean_estimate(const Moments *m, SurveyEstimate *e)
{
	double		q;

	e->n = m->n;
	e->value = m->mean;
	e->std_error = e->ci_low = e->ci_high = NAN;
	if (m->n < 2)
		return;
	e->std_error = sqrt(m->variance / (double) m->n);
	q = pgcx_t_quantile(0.975, (double) (m->n - 1));
	e->ci_low = m->mean - q * e->std_error;
	e->ci_high = m->mean + q * e->std_error;
}

/*
 * The metric of d with its standard error and 95 % interval: NPS with the
 * adjusted-Wald interval of nps_stats (0-10 only, 22023 otherwise), CSAT
 * with Wilson's, the mean with Student's t.  Everything is NaN without
 * answers.  Box reads of CSAT must be checked by the caller.
 */
void
survey_estimate(const ScoreDist *d, PgcxMetric metric, const char *caller,
				SurveyEstimate *e)
{
	ScoreTotals t;
	Moments		m;

	e->value = e->std_error = e->ci_low = e->ci_high = NAN;
	if (metric == PGCX_METRIC_NPS)
	{
		nps_totals(d, &t, caller);
		e->n = t.n;
		if (t.n == 0)
			return;
		e->value = nps_from_counts(t.promoters, t.detractors, t.n);
		e->std_error = 100.0 * sqrt(nps_variance(t.promoters, t.detractors, t.n) / t.n);
		nps_interval(&t, &e->ci_low, &e->ci_high);
	}
	else if (metric == PGCX_METRIC_CSAT)
	{
		e->n = score_dist_n(d);
		if (e->n > 0)
			csat_estimate(score_dist_top(d, 2), e->n, e);
	}
	else
	{
		score_dist_moments(d, &m);
		e->n = m.n;
		if (m.n > 0)
			mean_estimate(&m, e);
	}
}

/*
 * csat_stats(d): n, satisfied (top two boxes), CSAT, its standard error and
 * 95 % Wilson interval, in %; NULL without answers.
 */
Datum
score_dist_csat_stats(PG_FUNCTION_ARGS)
{
	ScoreDist  *d = score_dist_checked(PG_GETARG_DATUM(0));
	SurveyEstimate e;
	Datum		values[6];
	bool		nulls[6] = {false};

	score_dist_require_box_scale(d, "csat_stats", SD_BUILDER);
	e.n = score_dist_n(d);
	if (e.n == 0)
		PG_RETURN_NULL();
	csat_estimate(score_dist_top(d, 2), e.n, &e);
	values[0] = Int64GetDatum(e.n);
	values[1] = Int64GetDatum(score_dist_top(d, 2));
	pgcx_set_float(values, nulls, 2, e.value);
	pgcx_set_float(values, nulls, 3, e.std_error);
	pgcx_set_float(values, nulls, 4, e.ci_low);
	pgcx_set_float(values, nulls, 5, e.ci_high);
	PG_RETURN_DATUM(pgcx_composite(fcinfo, values, nulls));
}

/*
 * ces_stats(d): n, mean, sample standard deviation, standard error and 95 %
 * t interval; the last three NULL for one answer, all NULL for none.
 */
Datum
score_dist_ces_stats(PG_FUNCTION_ARGS)
{
	ScoreDist  *d = score_dist_checked(PG_GETARG_DATUM(0));
	Moments		m;
	SurveyEstimate e;
	Datum		values[6];
	bool		nulls[6] = {false};

	score_dist_moments(d, &m);
	if (m.n == 0)
		PG_RETURN_NULL();
	mean_estimate(&m, &e);
	values[0] = Int64GetDatum(m.n);
	pgcx_set_float(values, nulls, 1, m.mean);
	pgcx_set_float(values, nulls, 2, sqrt(m.variance));
	pgcx_set_float(values, nulls, 3, e.std_error);
	pgcx_set_float(values, nulls, 4, e.ci_low);
	pgcx_set_float(values, nulls, 5, e.ci_high);
	PG_RETURN_DATUM(pgcx_composite(fcinfo, values, nulls));
}

/*
 * csat_diff(a, b): two-sample Wald test of CSAT(a) - CSAT(b) in points:
 * diff, unpooled standard error, z, two-sided p, 95 % Wald interval; z and
 * p_value NULL when the standard error is 0; NULL when a side is empty.
 */
Datum
score_dist_csat_diff(PG_FUNCTION_ARGS)
{
	ScoreDist  *a = score_dist_checked(PG_GETARG_DATUM(0));
	ScoreDist  *b = score_dist_checked(PG_GETARG_DATUM(1));
	SurveyEstimate ea,
				eb;
	Datum		values[6];
	bool		nulls[6] = {false};
	double		diff,
				se;

	require_same_scale(a, b, "csat_diff");
	score_dist_require_box_scale(a, "csat_diff", SD_BUILDER);
	score_dist_require_box_scale(b, "csat_diff", SD_BUILDER);
	survey_estimate(a, PGCX_METRIC_CSAT, "csat_diff", &ea);
	survey_estimate(b, PGCX_METRIC_CSAT, "csat_diff", &eb);
	if (ea.n == 0 || eb.n == 0)
		PG_RETURN_NULL();
	diff = ea.value - eb.value;
	se = sqrt(ea.std_error * ea.std_error + eb.std_error * eb.std_error);
	pgcx_set_float(values, nulls, 0, diff);
	pgcx_set_float(values, nulls, 1, se);
	pgcx_set_float(values, nulls, 2, se > 0 ? diff / se : NAN);
	pgcx_set_float(values, nulls, 3, se > 0 ? 2.0 * pgcx_normal_sf(fabs(diff / se)) : NAN);
	pgcx_set_float(values, nulls, 4, diff - PGCX_Z975 * se);
	pgcx_set_float(values, nulls, 5, diff + PGCX_Z975 * se);
	PG_RETURN_DATUM(pgcx_composite(fcinfo, values, nulls));
}

/*
 * ces_diff(a, b): Welch's t test of mean(a) - mean(b): diff, standard
 * error, t, Welch-Satterthwaite df, two-sided p, 95 % interval; all but
 * diff NULL unless both sides have two answers and the standard error is
 * above 0; NULL when a side is empty.
 */
Datum
score_dist_ces_diff(PG_FUNCTION_ARGS)
{
	ScoreDist  *a = score_dist_checked(PG_GETARG_DATUM(0));
	ScoreDist  *b = score_dist_checked(PG_GETARG_DATUM(1));
	Moments		ma,
				mb;
	Datum		values[7];
	bool		nulls[7] = {false};
	double		diff,
				va,
				vb,
				se = NAN,
				df = NAN,
				t = NAN,
				q = NAN;

	require_same_scale(a, b, "ces_diff");
	score_dist_moments(a, &ma);
	score_dist_moments(b, &mb);
	if (ma.n == 0 || mb.n == 0)
		PG_RETURN_NULL();
	diff = ma.mean - mb.mean;
	va = ma.variance / (double) ma.n;	/* NaN for one answer */
	vb = mb.variance / (double) mb.n;
	if (va + vb > 0)
	{
		se = sqrt(va + vb);
		df = pgcx_welch_df(va, (double) ma.n, vb, (double) mb.n);
		t = diff / se;
		q = pgcx_t_quantile(0.975, df);
	}
	pgcx_set_float(values, nulls, 0, diff);
	pgcx_set_float(values, nulls, 1, se);
	pgcx_set_float(values, nulls, 2, t);
	pgcx_set_float(values, nulls, 3, df);
	pgcx_set_float(values, nulls, 4, isnan(t) ? NAN : 2.0 * pgcx_t_sf(fabs(t), df));
	pgcx_set_float(values, nulls, 5, diff - q * se);
	pgcx_set_float(values, nulls, 6, diff + q * se);
	PG_RETURN_DATUM(pgcx_composite(fcinfo, values, nulls));
}

/*
 * unnest(d): one row per score of the scale, lowest first: (score, answers,
 * share in %), shares NULL without answers.
 */
Datum
score_dist_unnest(PG_FUNCTION_ARGS)
{
	FuncCallContext *funcctx;
	ScoreDist  *d;
	int			i;

	if (SRF_IS_FIRSTCALL())
	{
		MemoryContext old;
		TupleDesc	tupdesc;

		funcctx = SRF_FIRSTCALL_INIT();
		old = MemoryContextSwitchTo(funcctx->multi_call_memory_ctx);
		/* a copy for the calls to come, its total checked once */
		d = score_dist_copy(score_dist_checked(PG_GETARG_DATUM(0)));
		funcctx->user_fctx = d;
		(void) score_dist_n(d);
		if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
			elog(ERROR, "unnest must return a composite type");
		funcctx->tuple_desc = BlessTupleDesc(tupdesc);
		MemoryContextSwitchTo(old);
	}
	funcctx = SRF_PERCALL_SETUP();
	d = (ScoreDist *) funcctx->user_fctx;
	i = (int) funcctx->call_cntr;
	if (i < SCORE_DIST_NSCORES(d))
	{
		int64		n = score_dist_n(d);
		Datum		values[3];
		bool		nulls[3] = {false};

		values[0] = Int32GetDatum(d->lo + i);
		values[1] = Int64GetDatum(d->counts[i]);
		pgcx_set_float(values, nulls, 2, n > 0 ? 100.0 * (double) d->counts[i] / (double) n : NAN);
		SRF_RETURN_NEXT(funcctx, HeapTupleGetDatum(heap_form_tuple(funcctx->tuple_desc,
																	values, nulls)));
	}
	SRF_RETURN_DONE(funcctx);
}
