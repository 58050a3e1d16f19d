/*
 * metric.c
 *		The one vocabulary of metric names, shared by every function that
 *		takes one (trend, progression, sparkline, benchmark,
 *		benchmark_rating, mirror_gap):
 *
 *			nps			Net Promoter Score of 0-10 answers
 *			csat, top2	top-two-box share of the scale, in %
 *			ces, mean	mean answer
 *
 * Names are read in any case.
 */
#include "postgres.h"

#include "utils/builtins.h"

#include "common/metric.h"

PG_FUNCTION_INFO_V1(pgcx_canonical_metric);

typedef struct MetricName
{
	const char *name;
	PgcxMetric	metric;
} MetricName;

static const MetricName metric_names[] = {
	{"nps", PGCX_METRIC_NPS},
	{"csat", PGCX_METRIC_CSAT},
	{"top2", PGCX_METRIC_CSAT},
	{"ces", PGCX_METRIC_MEAN},
	{"mean", PGCX_METRIC_MEAN},
};

/* The metric a name means; ERROR 22023 listing the names for any other. */
PgcxMetric
pgcx_metric_parse(text *name, const char *caller)
{
	char	   *s = text_to_cstring(name);

	for (int i = 0; i < (int) lengthof(metric_names); i++)
		if (pg_strcasecmp(s, metric_names[i].name) == 0)
			return metric_names[i].metric;
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("unknown metric \"%s\" in %s", s, caller),
			 errdetail(PGCX_METRIC_NAMES)));
	pg_unreachable();
}

/* The name sector_benchmark keys a metric's rows by: nps, csat or ces. */
const char *
pgcx_metric_key(PgcxMetric metric)
{
	static const char *const canonical[] = {"nps", "csat", "ces"};

	return canonical[metric];
}

/*
 * canonical_metric(metric, caller): the name sector_benchmark keys its rows
 * by (nps, csat or ces) for any name of the vocabulary; errors name the
 * calling function.
 */
Datum
pgcx_canonical_metric(PG_FUNCTION_ARGS)
{
	char	   *caller = text_to_cstring(PG_GETARG_TEXT_PP(1));
	PgcxMetric	metric = pgcx_metric_parse(PG_GETARG_TEXT_PP(0), caller);

	PG_RETURN_TEXT_P(cstring_to_text(pgcx_metric_key(metric)));
}
