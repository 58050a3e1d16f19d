/*
 * metric.h
 *		The one vocabulary of metric names that every function taking one
 *		reads (metric.c).
 */
#ifndef PGCX_METRIC_H
#define PGCX_METRIC_H

#include "postgres.h"

typedef enum PgcxMetric
{
	PGCX_METRIC_NPS = 0,		/* nps */
	PGCX_METRIC_CSAT = 1,		/* csat, top2: top-two-box share in % */
	PGCX_METRIC_MEAN = 2		/* ces, mean: mean answer */
} PgcxMetric;

/* the detail of an unknown or missing metric name */
#define PGCX_METRIC_NAMES \
	"The metric is nps, csat or top2 (the top-two-box share), ces or mean (the mean answer)."

extern PgcxMetric pgcx_metric_parse(text *name, const char *caller);
extern const char *pgcx_metric_key(PgcxMetric metric);

#endif							/* PGCX_METRIC_H */
