/*
 * control_chart.c
 *		Control charts of a survey metric period by period:
 *		nps_control_chart, csat_control_chart and ces_control_chart, each
 *		on a rolling_benchmark or on arrays of period starts and score_dist
 *		values.  One row per period, oldest first.
 *
 * The baseline: the first baseline_periods periods pooled into one
 * distribution give the in-control metric μ0 and the standard deviation of
 * one answer σ0 (NPS: 100 √(p + d - (p - d)²), p and d the promoter and
 * detractor shares; CSAT: 100 √(p (1 - p)), p the top-two-box share; CES:
 * the population standard deviation of the answers), unless target and
 * sigma give them.  Each period t with n_t answers is standardized,
 * z_t = (estimate_t - μ0) / (σ0 / √n_t), and charted (Montgomery 2019,
 * Introduction to Statistical Quality Control, 8th ed., 6.2 and 9.1-9.2):
 *		shewhart	z_t against ± L (L = 3 by default);
 *		ewma		Z_t = λ z_t + (1 - λ) Z_{t-1}, Z_0 = 0, against the exact
 *					limits ± L √(λ / (2 - λ) (1 - (1 - λ)^{2t})) (Lucas and
 *					Saccucci 1990), L by default the one whose asymptotic
 *					chart has an in-control run length of 500 (arl.c);
 *		cusum		C⁺_t = max(0, C⁺_{t-1} + z_t - k), C⁻_t = max(0, C⁻_{t-1}
 *					- z_t - k), the statistic C⁺_t and its lower twin -C⁻_t
 *					against ± h (Page 1954).
 * t counts the periods with answers; a period without answers changes
 * nothing (its estimate, z and signal are NULL, the statistics and limits
 * those of the period before).  A signal does not reset the chart.  One
 * pass over the periods after the one over the baseline.
 */
#include "postgres.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "funcapi.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/tuplestore.h"

#include "common/metric.h"
#include "scores/nps.h"
#include "scores/score_dist.h"
#include "scores/survey_stats.h"
#include "benchmarks/rolling_benchmark.h"
#include "signals/arl.h"

PG_FUNCTION_INFO_V1(nps_control_chart);
PG_FUNCTION_INFO_V1(csat_control_chart);
PG_FUNCTION_INFO_V1(ces_control_chart);
PG_FUNCTION_INFO_V1(nps_control_chart_arrays);
PG_FUNCTION_INFO_V1(csat_control_chart_arrays);
PG_FUNCTION_INFO_V1(ces_control_chart_arrays);

/* the number of options that follow the series in every form */
#define CHART_NOPTIONS	8
#define CHART_COLUMNS	11
/* the in-control run length of the default EWMA limit */
#define CHART_EWMA_ARL	500.0
#define CHART_SHEWHART_LIMIT 3.0

#define CHART_NAMES \
	"The chart is shewhart (each period's z against ± limit), ewma (the exponentially weighted moving average) or cusum (the two one-sided cumulative sums)."

typedef enum ChartKind
{
	CHART_SHEWHART,
	CHART_EWMA,
	CHART_CUSUM
} ChartKind;

/* The options of a call, checked. */
typedef struct ChartOptions
{
	ChartKind	kind;
	double		lambda;
	double		limit;			/* L of shewhart and ewma; NaN until known */
	double		k;
	double		h;
	int			baseline;		/* baseline_periods */
	bool		has_target;
	double		target;
	bool		has_sigma;
	double		sigma;
} ChartOptions;

/* The series of one call: its periods, oldest first, on one scale. */
typedef struct ChartSeries
{
	int			n;
	DateADT    *starts;
	ScoreDist **dists;
} ChartSeries;

/* What the chart keeps from one period to the next. */
typedef struct ChartState
{
	int			t;				/* periods with answers so far */
	double		high;			/* Z_t, z_t or C⁺_t */
	double		low;			/* Z_t, z_t or -C⁻_t */
	double		lower;			/* the limits */
	double		upper;
} ChartState;

/* Refuses a NULL option (22004). */
static void
require_option(FunctionCallInfo fcinfo, int argno, const char *caller, const char *name)
{
	if (PG_ARGISNULL(argno))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("%s's %s must not be NULL", caller, name),
				 errhint("Leave %s out to use its default.", name)));
}

/* Refuses an option outside its range (22023), naming it and its value. */
static void
check_option(const char *caller, const char *name, double v, bool ok, const char *range,
			 const char *detail)
{
	if (!ok || isnan(v))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s's %s must be %s, not %g", caller, name, range, v),
				 errdetail("%s", detail)));
}

/*
 * Reads and checks the options starting at argument `first`: chart,
 * lambda, limit, k, h, baseline_periods, target, sigma.  Every option given
 * is checked against its own range whatever the chart; limit does not
 * apply to cusum, whose limits are ± h, and is refused there.
 */
static void
read_options(FunctionCallInfo fcinfo, int first, const char *caller, ChartOptions *o)
{
	char	   *chart;

	require_option(fcinfo, first, caller, "chart");
	require_option(fcinfo, first + 1, caller, "lambda");
	require_option(fcinfo, first + 3, caller, "k");
	require_option(fcinfo, first + 4, caller, "h");
	require_option(fcinfo, first + 5, caller, "baseline_periods");

	chart = text_to_cstring(PG_GETARG_TEXT_PP(first));
	if (pg_strcasecmp(chart, "shewhart") == 0)
		o->kind = CHART_SHEWHART;
	else if (pg_strcasecmp(chart, "ewma") == 0)
		o->kind = CHART_EWMA;
	else if (pg_strcasecmp(chart, "cusum") == 0)
		o->kind = CHART_CUSUM;
	else
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown chart \"%s\" in %s", chart, caller),
				 errhint(CHART_NAMES)));

	o->lambda = PG_GETARG_FLOAT8(first + 1);
	check_option(caller, "lambda", o->lambda, o->lambda > 0 && o->lambda <= 1, "in (0, 1]",
				 "lambda is the weight of the newest period in the EWMA; 1 is the Shewhart chart.");
	o->limit = NAN;
	if (!PG_ARGISNULL(first + 2))
	{
		o->limit = PG_GETARG_FLOAT8(first + 2);
		check_option(caller, "limit", o->limit, isfinite(o->limit) && o->limit > 0,
					 "positive and finite",
					 "limit is L, the half-width of the limits in standard deviations of the statistic.");
		if (o->kind == CHART_CUSUM)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s's cusum chart takes no limit (%g given)", caller, o->limit),
					 errdetail("The limits of the cusum chart are ± h."),
					 errhint("Give h instead, e.g. h => %g.", o->limit)));
	}
	o->k = PG_GETARG_FLOAT8(first + 3);
	check_option(caller, "k", o->k, isfinite(o->k) && o->k >= 0, "at least 0 and finite",
				 "k is the cusum's reference value, in standard errors: half the shift it is designed to detect.");
	o->h = PG_GETARG_FLOAT8(first + 4);
	check_option(caller, "h", o->h, isfinite(o->h) && o->h > 0, "positive and finite",
				 "h is the cusum's decision interval, in standard errors.");
	o->baseline = PG_GETARG_INT32(first + 5);
	if (o->baseline < 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s's baseline_periods must be at least 1, not %d", caller, o->baseline),
				 errdetail("The baseline is the first baseline_periods periods of the series.")));
	o->has_target = !PG_ARGISNULL(first + 6);
	o->target = o->has_target ? PG_GETARG_FLOAT8(first + 6) : NAN;
	if (o->has_target)
		check_option(caller, "target", o->target, isfinite(o->target), "finite",
					 "target is the in-control value of the metric.");
	o->has_sigma = !PG_ARGISNULL(first + 7);
	o->sigma = o->has_sigma ? PG_GETARG_FLOAT8(first + 7) : NAN;
	if (o->has_sigma)
		check_option(caller, "sigma", o->sigma, isfinite(o->sigma) && o->sigma > 0,
					 "positive and finite",
					 "sigma is the standard deviation of one answer in the metric's units.");
}

/* The series of a rolling_benchmark: every period of its window. */
static void
series_of_window(Datum datum, ChartSeries *s)
{
	RollingBenchmark *rb = rb_checked(datum);

	s->n = rb->periods;
	s->starts = palloc(sizeof(DateADT) * s->n);
	s->dists = palloc(sizeof(ScoreDist *) * s->n);
	for (int k = 0; k < s->n; k++)
	{
		s->starts[k] = rb_period_start(rb, rb->end - rb->periods + 1 + k);
		s->dists[k] = rb_period_dist(rb, k);
	}
}

/* Refuses an array of more than one dimension (2202E). */
static void
require_one_dimension(ArrayType *a, const char *caller, const char *what)
{
	if (ARR_NDIM(a) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("%s's %s are a %d-dimensional array", caller, what, ARR_NDIM(a)),
				 errdetail("The periods and the distributions are one-dimensional arrays, one element per period.")));
}

/*
 * The series of two arrays: as many period starts, strictly increasing,
 * none NULL, as distributions, none NULL, all on one scale.
 */
static void
series_of_arrays(ArrayType *periods, ArrayType *dists, const char *caller, ChartSeries *s)
{
	Datum	   *pd,
			   *dd;
	bool	   *pn,
			   *dn;
	int			np,
				nd;
	int16		typlen;
	bool		typbyval;
	char		typalign;

	require_one_dimension(periods, caller, "periods");
	require_one_dimension(dists, caller, "dists");
	deconstruct_array(periods, DATEOID, sizeof(DateADT), true, TYPALIGN_INT, &pd, &pn, &np);
	get_typlenbyvalalign(ARR_ELEMTYPE(dists), &typlen, &typbyval, &typalign);
	deconstruct_array(dists, ARR_ELEMTYPE(dists), typlen, typbyval, typalign, &dd, &dn, &nd);
	if (np != nd)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("%s received %d periods for %d distributions", caller, np, nd),
				 errdetail("The periods and the distributions are one element per period, in the same order.")));
	s->n = np;
	s->starts = palloc(sizeof(DateADT) * Max(np, 1));
	s->dists = palloc(sizeof(ScoreDist *) * Max(np, 1));
	for (int i = 0; i < np; i++)
	{
		if (pn[i] || dn[i])
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("%s received a NULL %s at position %d", caller,
							pn[i] ? "period" : "distribution", i + 1),
					 pn[i] ?
					 errdetail("Every period of the series has a start date.") :
					 errdetail("A period without answers is an empty distribution, not NULL."),
					 pn[i] ? 0 :
					 errhint("Give an empty distribution for a period without answers, e.g. coalesce(dist, '{\"lo\":0,\"hi\":10,\"counts\":[0,0,0,0,0,0,0,0,0,0,0]}')")));
		s->starts[i] = DatumGetDateADT(pd[i]);
		s->dists[i] = score_dist_checked(dd[i]);
		if (i > 0 && s->starts[i] <= s->starts[i - 1])
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s's period %s at position %d does not follow %s",
							caller,
							DatumGetCString(DirectFunctionCall1(date_out, pd[i])), i + 1,
							DatumGetCString(DirectFunctionCall1(date_out, pd[i - 1]))),
					 errdetail("The periods are strictly increasing, oldest first, each given once.")));
		if (i > 0 && (s->dists[i]->lo != s->dists[0]->lo || s->dists[i]->hi != s->dists[0]->hi))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s's distribution at position %d is on %d-%d, the first on %d-%d",
							caller, i + 1, s->dists[i]->lo, s->dists[i]->hi,
							s->dists[0]->lo, s->dists[0]->hi),
					 errdetail("All the distributions of a series are on one scale.")));
	}
}

/*
 * The metric of a distribution with answers, and the standard deviation
 * of one answer in the metric's units.
 */
static void
metric_of(const ScoreDist *d, PgcxMetric metric, const char *caller,
		  double *value, double *sd)
{
	int64		n = score_dist_n(d);

	if (metric == PGCX_METRIC_NPS)
	{
		ScoreTotals t;

		nps_totals(d, &t, caller);
		*value = nps_from_counts(t.promoters, t.detractors, n);
		if (sd)
			*sd = 100.0 * sqrt(nps_variance(t.promoters, t.detractors, n));
	}
	else if (metric == PGCX_METRIC_CSAT)
	{
		double		p = (double) score_dist_top(d, 2) / (double) n;

		*value = 100.0 * (double) score_dist_top(d, 2) / (double) n;
		if (sd)
			*sd = 100.0 * sqrt(p * (1 - p));
	}
	else
	{
		Moments		m;

		score_dist_moments(d, &m);
		*value = m.mean;
		/* the population variance: the sample one times (n - 1) / n */
		if (sd)
			*sd = n < 2 ? 0.0 : sqrt(m.variance * ((double) (n - 1) / (double) n));
	}
}

/*
 * The scale checks of the metric over the whole series: NPS on 0-10 only;
 * CSAT refuses a 0-10 series whose answers all lie at or below
 * SCORE_SMALL_SCALE_MAX, as csat(score_dist) does.
 */
static void
check_scale(const ChartSeries *s, PgcxMetric metric, const char *caller,
			const char *builder)
{
	ScoreDist  *all;

	if (metric == PGCX_METRIC_NPS)
		nps_require_scale(s->dists[0]->lo, s->dists[0]->hi, caller);
	if (metric != PGCX_METRIC_CSAT)
		return;
	all = score_dist_new(s->dists[0]->lo, s->dists[0]->hi);
	for (int i = 0; i < s->n; i++)
		score_dist_add_into(all, s->dists[i], caller);
	score_dist_require_box_scale(all, caller, builder);
	pfree(all);
}

/*
 * μ0 and σ0 of the chart: target and sigma, or the metric of the first
 * baseline periods pooled and the standard deviation of one of their
 * answers.
 */
static void
baseline_of(const ChartSeries *s, PgcxMetric metric, ChartOptions *o, const char *caller,
			double *mu0, double *sigma0)
{
	ScoreDist  *pooled;
	double		value,
				sd;
	char	   *what;

	*mu0 = o->target;
	*sigma0 = o->sigma;
	if (o->has_target && o->has_sigma)
		return;
	if (o->baseline > s->n)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s's baseline_periods %d exceeds the %d periods of the series",
						caller, o->baseline, s->n),
				 errdetail("The baseline is the first baseline_periods periods of the series."),
				 errhint("Give fewer baseline_periods, or target and sigma.")));
	what = o->baseline == 1 ? pstrdup("the first period") :
		psprintf("the first %d periods", o->baseline);
	pooled = score_dist_new(s->dists[0]->lo, s->dists[0]->hi);
	for (int i = 0; i < o->baseline; i++)
		score_dist_add_into(pooled, s->dists[i], caller);
	if (score_dist_n(pooled) == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s's baseline, %s, has no answers", caller, what),
				 errdetail("The in-control metric and standard deviation are read from the baseline's answers."),
				 errhint("Give more baseline_periods, or target and sigma.")));
	metric_of(pooled, metric, caller, &value, &sd);
	if (!o->has_target)
		*mu0 = value;
	if (!o->has_sigma)
	{
		if (!(sd > 0))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s's baseline, %s, has no spread: every answer counts the same",
							caller, what),
					 errdetail("The standard deviation of one baseline answer is 0, so no period can be standardized."),
					 errhint("Give sigma, the standard deviation of one answer in the metric's units.")));
		*sigma0 = sd;
	}
	pfree(pooled);
}

/* The chart's state before the first period: statistics 0, limits at t = 0. */
static void
chart_start(const ChartOptions *o, ChartState *st)
{
	st->t = 0;
	st->high = st->low = 0;
	st->upper = o->kind == CHART_CUSUM ? o->h : o->kind == CHART_EWMA ? 0 : o->limit;
	st->lower = 0.0 - st->upper;	/* 0, not -0, while the limits are 0 */
}

/* One period with answers, z its standardized metric, into the state. */
static void
chart_step(const ChartOptions *o, ChartState *st, double z)
{
	double		lambda = o->lambda;

	st->t++;
	switch (o->kind)
	{
		case CHART_SHEWHART:
			st->high = st->low = z;
			break;
		case CHART_EWMA:
			st->high = st->low = lambda * z + (1 - lambda) * st->high;
			st->upper = o->limit *
				sqrt(lambda / (2 - lambda) * (1 - pow(1 - lambda, 2.0 * st->t)));
			st->lower = 0.0 - st->upper;
			break;
		case CHART_CUSUM:
			st->high = Max(0, st->high + z - o->k);
			st->low = 0.0 - Max(0, -st->low - z - o->k);
			break;
	}
}

/* Puts a float8 column, or NULL. */
static void
put_float(Datum *values, bool *nulls, int i, double v, bool isnull)
{
	nulls[i] = isnull;
	values[i] = Float8GetDatum(isnull ? 0.0 : v);
}

/*
 * The chart of a series: checks, baseline, then one row per period into
 * the tuplestore of the call.
 */
static void
chart_rows(FunctionCallInfo fcinfo, const ChartSeries *s, PgcxMetric metric,
		   ChartOptions *o, const char *caller, const char *builder)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	ChartState	st;
	double		mu0,
				sigma0;

	check_scale(s, metric, caller, builder);
	baseline_of(s, metric, o, caller, &mu0, &sigma0);
	if (isnan(o->limit) && o->kind == CHART_EWMA)
		o->limit = pgcx_ewma_limit(o->lambda, CHART_EWMA_ARL, 2, caller);
	else if (isnan(o->limit))
		o->limit = CHART_SHEWHART_LIMIT;
	chart_start(o, &st);
	for (int i = 0; i < s->n; i++)
	{
		Datum		values[CHART_COLUMNS];
		bool		nulls[CHART_COLUMNS] = {false};
		int64		n = score_dist_n(s->dists[i]);

		values[0] = DateADTGetDatum(s->starts[i]);
		values[1] = Int64GetDatum(n);
		if (n == 0)
		{
			for (int c = 2; c <= 4; c++)
				put_float(values, nulls, c, 0, true);
			nulls[9] = nulls[10] = true;
		}
		else
		{
			double		estimate,
						se,
						z,
						above,
						below;

			metric_of(s->dists[i], metric, caller, &estimate, NULL);
			se = sigma0 / sqrt((double) n);
			z = (estimate - mu0) / se;
			chart_step(o, &st, z);
			put_float(values, nulls, 2, estimate, false);
			put_float(values, nulls, 3, se, false);
			put_float(values, nulls, 4, z, false);
			above = st.high - st.upper;
			below = st.lower - st.low;
			values[9] = BoolGetDatum(above > 0 || below > 0);
			if (above > 0 || below > 0)
				values[10] = CStringGetTextDatum(above >= below ? "up" : "down");
			else
				nulls[10] = true;
		}
		put_float(values, nulls, 5, st.high, false);
		put_float(values, nulls, 6, st.low, false);
		put_float(values, nulls, 7, st.lower, false);
		put_float(values, nulls, 8, st.upper, false);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
}

/* A control chart of a rolling_benchmark (argument 0); no rows for NULL. */
static Datum
chart_of_window(FunctionCallInfo fcinfo, PgcxMetric metric, const char *caller)
{
	ChartOptions o;
	ChartSeries s;

	read_options(fcinfo, 1, caller, &o);
	InitMaterializedSRF(fcinfo, 0);
	if (PG_ARGISNULL(0))
		return (Datum) 0;
	series_of_window(PG_GETARG_DATUM(0), &s);
	chart_rows(fcinfo, &s, metric, &o, caller, "rolling_benchmark(at, score, bucket, periods");
	return (Datum) 0;
}

/*
 * A control chart of arrays of period starts and distributions (arguments
 * 0 and 1); no rows when either is NULL or both are empty.
 */
static Datum
chart_of_arrays(FunctionCallInfo fcinfo, PgcxMetric metric, const char *caller)
{
	ChartOptions o;
	ChartSeries s;

	read_options(fcinfo, 2, caller, &o);
	InitMaterializedSRF(fcinfo, 0);
	if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
		return (Datum) 0;
	series_of_arrays(PG_GETARG_ARRAYTYPE_P(0), PG_GETARG_ARRAYTYPE_P(1), caller, &s);
	if (s.n == 0)
		return (Datum) 0;
	chart_rows(fcinfo, &s, metric, &o, caller, "score_dist_agg(score");
	return (Datum) 0;
}

/* nps_control_chart(rb, options) */
Datum
nps_control_chart(PG_FUNCTION_ARGS)
{
	return chart_of_window(fcinfo, PGCX_METRIC_NPS, "nps_control_chart");
}

/* csat_control_chart(rb, options) */
Datum
csat_control_chart(PG_FUNCTION_ARGS)
{
	return chart_of_window(fcinfo, PGCX_METRIC_CSAT, "csat_control_chart");
}

/* ces_control_chart(rb, options) */
Datum
ces_control_chart(PG_FUNCTION_ARGS)
{
	return chart_of_window(fcinfo, PGCX_METRIC_MEAN, "ces_control_chart");
}

/* nps_control_chart(periods, dists, options) */
Datum
nps_control_chart_arrays(PG_FUNCTION_ARGS)
{
	return chart_of_arrays(fcinfo, PGCX_METRIC_NPS, "nps_control_chart");
}

/* csat_control_chart(periods, dists, options) */
Datum
csat_control_chart_arrays(PG_FUNCTION_ARGS)
{
	return chart_of_arrays(fcinfo, PGCX_METRIC_CSAT, "csat_control_chart");
}

/* ces_control_chart(periods, dists, options) */
Datum
ces_control_chart_arrays(PG_FUNCTION_ARGS)
{
	return chart_of_arrays(fcinfo, PGCX_METRIC_MEAN, "ces_control_chart");
}
