/*
 * rolling_benchmark_read.c
 *		What a rolling_benchmark tells: its window as one distribution
 *		(window_dist, n, nps, csat, mean), period by period (series), and
 *		its progress (trend, progression, sparkline).
 *
 * Each period's metric is the score_dist metric of its counts (nps.c,
 * csat.c), and series(rb, metric) adds that metric's 95 % interval
 * (survey_stats.c); trend is the least-squares slope of the per-period metric
 * against the period's rank, weighted by the period's answers.
 *
 * Symbols with the suffix _v2 are the behaviour of pgcx 1.2.0; the symbols
 * without it keep the behaviour of the released scripts that name them
 * (SPEC section 8).  The 1.2.0 reads of CSAT (the top two boxes) check the
 * whole window once, as score_dist's box reads do
 * (score_dist_check_box_scale): every CSAT read of a window refuses, or
 * in series leaves NULL with a NOTICE, a 0-10 window whose answers all lie
 * at or below SCORE_SMALL_SCALE_MAX.
 */
#include "postgres.h"

#include <math.h>

#include "access/htup_details.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"

#include "common/aggregate.h"
#include "common/metric.h"
#include "common/released.h"
#include "scores/nps.h"
#include "scores/score_dist.h"
#include "scores/survey_stats.h"
#include "benchmarks/rolling_benchmark.h"

PG_FUNCTION_INFO_V1(rolling_benchmark_window_dist);
PG_FUNCTION_INFO_V1(rolling_benchmark_n);
PG_FUNCTION_INFO_V1(rolling_benchmark_nps);
PG_FUNCTION_INFO_V1(rolling_benchmark_csat);
PG_FUNCTION_INFO_V1(rolling_benchmark_mean);
PG_FUNCTION_INFO_V1(rolling_benchmark_series);
PG_FUNCTION_INFO_V1(rolling_benchmark_trend);
PG_FUNCTION_INFO_V1(rolling_benchmark_progression);
PG_FUNCTION_INFO_V1(rolling_benchmark_sparkline);
PG_FUNCTION_INFO_V1(rolling_benchmark_series_stats);
PG_FUNCTION_INFO_V1(rolling_benchmark_csat_v2);
PG_FUNCTION_INFO_V1(rolling_benchmark_series_v2);
PG_FUNCTION_INFO_V1(rolling_benchmark_trend_v2);
PG_FUNCTION_INFO_V1(rolling_benchmark_progression_v2);
PG_FUNCTION_INFO_V1(rolling_benchmark_sparkline_v2);

/* The call that builds a window on a scale of its own, for hints. */
#define RB_BUILDER "rolling_benchmark(at, score, bucket, periods"

/* The distribution of period k (0 = oldest) as a score_dist. */
ScoreDist *
rb_period_dist(const RollingBenchmark *rb, int k)
{
	ScoreDist  *d = score_dist_new(rb->lo, rb->hi);

	memcpy(d->counts, rb->counts + (Size) k * RB_NSCORES(rb), sizeof(int64) * RB_NSCORES(rb));
	return d;
}

/* The whole window as one score_dist (overflow-checked). */
static ScoreDist *
window_dist(const RollingBenchmark *rb, const char *caller)
{
	ScoreDist  *d = score_dist_new(rb->lo, rb->hi);
	int			k,
				s;

	for (k = 0; k < rb->periods; k++)
		for (s = 0; s < RB_NSCORES(rb); s++)
			d->counts[s] = pgcx_count_add(d->counts[s],
										  rb->counts[(Size) k * RB_NSCORES(rb) + s], caller);
	(void) score_dist_n(d);
	return d;
}

/*
 * A metric of a distribution; false when it has no answer.  NPS needs the
 * 0-10 scale (ERROR 22023 otherwise, from nps_totals).
 */
static bool
dist_metric(const ScoreDist *d, PgcxMetric metric, const char *caller, double *value)
{
	int64		n = score_dist_n(d);
	ScoreTotals t;

	if (metric == PGCX_METRIC_NPS)
	{
		nps_totals(d, &t, caller);
		if (n == 0)
			return false;
		*value = nps_from_counts(t.promoters, t.detractors, n);
		return true;
	}
	if (n == 0)
		return false;
	*value = metric == PGCX_METRIC_CSAT ? 100.0 * score_dist_top(d, 2) / n : score_dist_mean(d);
	return true;
}

/*
 * Do the window's answers, all periods together, look like a smaller
 * scale's read on 0-10 (score_dist_smaller_scale)?  That depends only on
 * the scores that have answers, so a distribution of 0 and 1 stands for the
 * window: no sum of counts, no overflow.
 */
static bool
window_smaller_scale(const RollingBenchmark *rb)
{
	ScoreDist  *seen = score_dist_new(rb->lo, rb->hi);
	bool		smaller;
	int			k,
				s;

	for (k = 0; k < rb->periods; k++)
		for (s = 0; s < RB_NSCORES(rb); s++)
			if (rb->counts[(Size) k * RB_NSCORES(rb) + s] != 0)
				seen->counts[s] = 1;
	smaller = score_dist_smaller_scale(seen);
	pfree(seen);
	return smaller;
}

/*
 * Can the window's boxes be read?  Not when its answers, all periods
 * together, look like a smaller scale's read on 0-10: that is said at
 * elevel (ERROR refuses the read; NOTICE tells why box columns are NULL).
 */
static bool
window_box_scale(const RollingBenchmark *rb, const char *caller, int elevel)
{
	if (!window_smaller_scale(rb))
		return true;
	return score_dist_check_box_scale(window_dist(rb, caller), caller, RB_BUILDER, elevel);
}

/* Refuses a CSAT read of a window whose boxes cannot be read. */
static void
require_window_box_scale(const RollingBenchmark *rb, PgcxMetric metric,
						 const char *caller)
{
	if (metric == PGCX_METRIC_CSAT)
		(void) window_box_scale(rb, caller, ERROR);
}

/*
 * A metric over the whole window, with the 1.2.0 scale check of CSAT;
 * false when the window has no answer.
 */
bool
rb_window_metric(const RollingBenchmark *rb, PgcxMetric metric,
				 const char *caller, double *value)
{
	ScoreDist  *d = window_dist(rb, caller);

	if (metric == PGCX_METRIC_CSAT)
		score_dist_require_box_scale(d, caller, RB_BUILDER);
	return dist_metric(d, metric, caller, value);
}

/* window_dist(rb): the window's answers as one score_dist. */
Datum
rolling_benchmark_window_dist(PG_FUNCTION_ARGS)
{
	PG_RETURN_POINTER(window_dist(rb_checked(PG_GETARG_DATUM(0)), "window_dist"));
}

/* n(rb): answers in the window. */
Datum
rolling_benchmark_n(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64(rb_total(rb_checked(PG_GETARG_DATUM(0)), "n"));
}

/* A metric over the whole window, NULL without answers. */
static Datum
window_metric(FunctionCallInfo fcinfo, PgcxMetric metric, const char *caller)
{
	double		v;

	if (!dist_metric(window_dist(rb_checked(PG_GETARG_DATUM(0)), caller), metric, caller, &v))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(v);
}

/* nps(rb): NPS over the window (0-10 scale). */
Datum
rolling_benchmark_nps(PG_FUNCTION_ARGS)
{
	return window_metric(fcinfo, PGCX_METRIC_NPS, "nps");
}

/* csat(rb): top-two-box share over the window. */
Datum
rolling_benchmark_csat(PG_FUNCTION_ARGS)
{
	return window_metric(fcinfo, PGCX_METRIC_CSAT, "csat");
}

/* csat(rb) of 1.2.0: top-two-box share over the window, scale checked. */
Datum
rolling_benchmark_csat_v2(PG_FUNCTION_ARGS)
{
	double		v;

	if (!rb_window_metric(rb_checked(PG_GETARG_DATUM(0)), PGCX_METRIC_CSAT, "csat", &v))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(v);
}

/* mean(rb): mean score over the window. */
Datum
rolling_benchmark_mean(PG_FUNCTION_ARGS)
{
	return window_metric(fcinfo, PGCX_METRIC_MEAN, "mean");
}

/* How series reads a window. */
typedef enum SeriesForm
{
	SERIES_RELEASED,			/* series(rb) of 1.1.0: csat read as is */
	SERIES_CHECKED,				/* series(rb): csat NULL for smaller-scale answers */
	SERIES_STATS				/* series(rb, metric): top2 and the metric's interval */
} SeriesForm;

/* What series keeps between its calls. */
typedef struct SeriesState
{
	RollingBenchmark *rb;		/* a copy of the window */
	bool		csat_readable;	/* false: the csat (and top2) columns are NULL */
	bool		stats;			/* the columns of series(rb, metric) */
	PgcxMetric	metric;			/* their metric */
} SeriesState;

/* Sets column i to v, or NULL when v is NaN. */
static void
series_float(Datum *values, bool *nulls, int i, double v)
{
	nulls[i] = isnan(v);
	values[i] = Float8GetDatum(nulls[i] ? 0.0 : v);
}

/*
 * One row of series, period k of the window: period_start, n, nps, csat,
 * mean; with stats, then top2 and the metric's value, standard error and
 * 95 % interval.
 */
static HeapTuple
series_row(TupleDesc tupdesc, const SeriesState *st, int k)
{
	const RollingBenchmark *rb = st->rb;
	ScoreDist  *d = rb_period_dist(rb, k);
	Datum		values[10];
	bool		nulls[10] = {false};
	double		v;

	values[0] = DateADTGetDatum(rb_period_start(rb, rb->end - rb->periods + 1 + k));
	values[1] = Int64GetDatum(score_dist_n(d));
	series_float(values, nulls, 2, rb->lo == 0 && rb->hi == 10 &&
				 dist_metric(d, PGCX_METRIC_NPS, "series", &v) ? v : NAN);
	series_float(values, nulls, 3, st->csat_readable &&
				 dist_metric(d, PGCX_METRIC_CSAT, "series", &v) ? v : NAN);
	series_float(values, nulls, 4, dist_metric(d, PGCX_METRIC_MEAN, "series", &v) ? v : NAN);
	if (st->stats)
	{
		SurveyEstimate e;

		values[5] = values[3];
		nulls[5] = nulls[3];
		survey_estimate(d, st->metric, "series", &e);
		series_float(values, nulls, 6, e.value);
		series_float(values, nulls, 7, e.std_error);
		series_float(values, nulls, 8, e.ci_low);
		series_float(values, nulls, 9, e.ci_high);
	}
	return heap_form_tuple(tupdesc, values, nulls);
}

/*
 * series: one row per period, oldest first; empty periods have n = 0 and
 * NULL metrics, and nps is NULL on a scale other than 0-10.  Checked
 * (1.2.0), the csat column (and top2) is NULL in every row, with a NOTICE,
 * when the window's answers look like a smaller scale's read on 0-10;
 * series(rb, 'csat'), whose metric is that box share, is then refused.
 * The stats form adds top2 and per period the metric's value, standard
 * error and 95 % interval (NPS adjusted Wald, CSAT Wilson, mean Student's
 * t); its nps metric needs the 0-10 scale.
 */
static Datum
series_srf(FunctionCallInfo fcinfo, SeriesForm form)
{
	FuncCallContext *funcctx;
	SeriesState *st;

	if (SRF_IS_FIRSTCALL())
	{
		MemoryContext old;
		TupleDesc	tupdesc;
		RollingBenchmark *rb;

		funcctx = SRF_FIRSTCALL_INIT();
		old = MemoryContextSwitchTo(funcctx->multi_call_memory_ctx);
		rb = rb_checked(PG_GETARG_DATUM(0));
		st = palloc0(sizeof(SeriesState));
		/* keep a copy of the window for the calls to come */
		st->rb = memcpy(palloc(VARSIZE(rb)), rb, VARSIZE(rb));
		st->stats = (form == SERIES_STATS);
		if (st->stats)
			st->metric = pgcx_metric_parse(PG_GETARG_TEXT_PP(1), "series");
		st->csat_readable = form == SERIES_RELEASED ||
			window_box_scale(st->rb, "series",
							 st->stats && st->metric == PGCX_METRIC_CSAT ? ERROR : NOTICE);
		funcctx->user_fctx = st;
		if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
			elog(ERROR, "series must return a composite type");
		funcctx->tuple_desc = BlessTupleDesc(tupdesc);
		funcctx->max_calls = st->rb->periods;
		MemoryContextSwitchTo(old);
	}
	funcctx = SRF_PERCALL_SETUP();
	st = (SeriesState *) funcctx->user_fctx;
	if (funcctx->call_cntr < funcctx->max_calls)
	{
		HeapTuple	row = series_row(funcctx->tuple_desc, st, (int) funcctx->call_cntr);

		SRF_RETURN_NEXT(funcctx, HeapTupleGetDatum(row));
	}
	SRF_RETURN_DONE(funcctx);
}

/* series(rb) as released: every column read as the window's scale says. */
Datum
rolling_benchmark_series(PG_FUNCTION_ARGS)
{
	return series_srf(fcinfo, SERIES_RELEASED);
}

/* series(rb) of 1.2.0: csat NULL for smaller-scale answers read on 0-10. */
Datum
rolling_benchmark_series_v2(PG_FUNCTION_ARGS)
{
	return series_srf(fcinfo, SERIES_CHECKED);
}

/* series(rb, metric): series(rb)'s columns, top2, the metric's interval. */
Datum
rolling_benchmark_series_stats(PG_FUNCTION_ARGS)
{
	return series_srf(fcinfo, SERIES_STATS);
}

/*
 * The metric of every period (value[k], weight[k] = answers, 0 for an empty
 * period); returns the number of non-empty periods.
 */
static int
period_metrics(const RollingBenchmark *rb, PgcxMetric metric, const char *caller,
			   double *value, double *weight)
{
	int			k,
				filled = 0;

	for (k = 0; k < rb->periods; k++)
	{
		ScoreDist  *d = rb_period_dist(rb, k);

		weight[k] = 0;
		if (dist_metric(d, metric, caller, &value[k]))
		{
			weight[k] = (double) score_dist_n(d);
			filled++;
		}
		pfree(d);
	}
	return filled;
}

/*
 * trend(rb, metric): weighted least-squares slope of the per-period metric
 * against the period's rank, weights = answers; metric points per period.
 * NULL with fewer than two non-empty periods.  With scale_checked (1.2.0),
 * a CSAT trend of a window of smaller-scale answers read on 0-10 is refused.
 */
/*
 * The metric argument (argument 1) of trend, progression and sparkline.
 * The released symbols (not scale_checked) called through pgcx 1.0.0's
 * SQL keep 1.0.0's vocabulary, nps, csat or mean, and its error: 1.1.0
 * widened the vocabulary under the same symbols.
 */
static PgcxMetric
metric_arg(FunctionCallInfo fcinfo, const char *caller, bool scale_checked)
{
	text	   *name = PG_GETARG_TEXT_PP(1);
	char	   *s;

	if (scale_checked || !pgcx_called_from_1_0_0(fcinfo))
		return pgcx_metric_parse(name, caller);
	s = text_to_cstring(name);
	if (strcmp(s, "nps") == 0)
		return PGCX_METRIC_NPS;
	if (strcmp(s, "csat") == 0)
		return PGCX_METRIC_CSAT;
	if (strcmp(s, "mean") == 0)
		return PGCX_METRIC_MEAN;
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("unknown metric \"%s\" in %s", s, caller),
			 errdetail("The metric is nps, csat or mean.")));
	return PGCX_METRIC_NPS;		/* keep the compiler quiet */
}

static Datum
trend_of(FunctionCallInfo fcinfo, bool scale_checked)
{
	RollingBenchmark *rb = rb_checked(PG_GETARG_DATUM(0));
	PgcxMetric	metric = metric_arg(fcinfo, "trend", scale_checked);
	double	   *y = palloc(sizeof(double) * rb->periods);
	double	   *w = palloc(sizeof(double) * rb->periods);
	double		sw = 0,
				sx = 0,
				sy = 0,
				sxx = 0,
				sxy = 0,
				xm,
				ym;
	int			k;

	if (scale_checked)
		require_window_box_scale(rb, metric, "trend");
	if (period_metrics(rb, metric, "trend", y, w) < 2)
		PG_RETURN_NULL();
	for (k = 0; k < rb->periods; k++)
	{
		sw += w[k];
		sx += w[k] * k;
		sy += w[k] * y[k];
	}
	xm = sx / sw;
	ym = sy / sw;
	for (k = 0; k < rb->periods; k++)
	{
		sxx += w[k] * (k - xm) * (k - xm);
		sxy += w[k] * (k - xm) * (y[k] - ym);
	}
	PG_RETURN_FLOAT8(sxy / sxx);
}

/*
 * progression(rb, metric): metric of the newest non-empty period minus that
 * of the oldest; NULL with fewer than two non-empty periods.  With
 * scale_checked (1.2.0), CSAT is checked as in trend.
 */
static Datum
progression_of(FunctionCallInfo fcinfo, bool scale_checked)
{
	RollingBenchmark *rb = rb_checked(PG_GETARG_DATUM(0));
	PgcxMetric	metric = metric_arg(fcinfo, "progression", scale_checked);
	double	   *y = palloc(sizeof(double) * rb->periods);
	double	   *w = palloc(sizeof(double) * rb->periods);
	int			first = 0,
				last = rb->periods - 1;

	if (scale_checked)
		require_window_box_scale(rb, metric, "progression");
	if (period_metrics(rb, metric, "progression", y, w) < 2)
		PG_RETURN_NULL();
	while (w[first] == 0)
		first++;
	while (w[last] == 0)
		last--;
	PG_RETURN_FLOAT8(y[last] - y[first]);
}

/*
 * sparkline(rb, metric [, fixed_scale]): one of ▁▂▃▄▅▆▇█ per period (a
 * space for an empty one).  By default the bars span the series' own
 * minimum to maximum, so that a change shows (a flat line of ▄ when they
 * are equal); with fixed_scale they span the metric's whole range (NPS
 * -100..100, CSAT 0..100, mean lo..hi), so that rows compare by eye.
 * With scale_checked (1.2.0), CSAT is checked as in trend.  Called
 * through 1.0.0's SQL, the released symbol draws 1.0.0's bars: the
 * two-argument form on the metric's whole range.
 */
static Datum
sparkline_of(FunctionCallInfo fcinfo, bool scale_checked)
{
	static const char *const bars[] = {"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
	RollingBenchmark *rb = rb_checked(PG_GETARG_DATUM(0));
	PgcxMetric	metric = metric_arg(fcinfo, "sparkline", scale_checked);
	bool		fixed_scale;
	double	   *y = palloc(sizeof(double) * rb->periods);
	double	   *w = palloc(sizeof(double) * rb->periods);
	double		lo,
				hi;
	StringInfoData buf;
	char	   *out;
	int			k;

	/*
	 * 1.0.0's two-argument form drew its bars on the metric's whole range;
	 * its symbol keeps doing so in a database still at 1.0.0.
	 */
	if (PG_NARGS() > 2)
		fixed_scale = PG_GETARG_BOOL(2);
	else
		fixed_scale = !scale_checked && pgcx_called_from_1_0_0(fcinfo);
	if (scale_checked)
		require_window_box_scale(rb, metric, "sparkline");
	(void) period_metrics(rb, metric, "sparkline", y, w);
	if (fixed_scale)
	{
		lo = metric == PGCX_METRIC_NPS ? -100 : metric == PGCX_METRIC_CSAT ? 0 : rb->lo;
		hi = metric == PGCX_METRIC_MEAN ? rb->hi : 100;
	}
	else
	{
		lo = INFINITY;
		hi = -INFINITY;
		for (k = 0; k < rb->periods; k++)
			if (w[k] != 0)
			{
				lo = Min(lo, y[k]);
				hi = Max(hi, y[k]);
			}
	}
	initStringInfo(&buf);
	for (k = 0; k < rb->periods; k++)
	{
		int			level = hi > lo ? (int) floor((y[k] - lo) / (hi - lo) * 8) : 3;

		if (w[k] == 0)
			appendStringInfoChar(&buf, ' ');
		else
			appendStringInfoString(&buf, bars[Max(0, Min(7, level))]);
	}
	out = pg_any_to_server(buf.data, buf.len, PG_UTF8);
	PG_RETURN_TEXT_P(cstring_to_text(out));
}

/* trend(rb, metric) as released. */
Datum
rolling_benchmark_trend(PG_FUNCTION_ARGS)
{
	return trend_of(fcinfo, false);
}

/* trend(rb, metric) of 1.2.0: CSAT of the window scale checked. */
Datum
rolling_benchmark_trend_v2(PG_FUNCTION_ARGS)
{
	return trend_of(fcinfo, true);
}

/* progression(rb, metric) as released. */
Datum
rolling_benchmark_progression(PG_FUNCTION_ARGS)
{
	return progression_of(fcinfo, false);
}

/* progression(rb, metric) of 1.2.0: CSAT of the window scale checked. */
Datum
rolling_benchmark_progression_v2(PG_FUNCTION_ARGS)
{
	return progression_of(fcinfo, true);
}

/* sparkline(rb, metric [, fixed_scale]) as released. */
Datum
rolling_benchmark_sparkline(PG_FUNCTION_ARGS)
{
	return sparkline_of(fcinfo, false);
}

/* sparkline(rb, metric [, fixed_scale]) of 1.2.0: CSAT scale checked. */
Datum
rolling_benchmark_sparkline_v2(PG_FUNCTION_ARGS)
{
	return sparkline_of(fcinfo, true);
}
