/*
 * survey_stats.h
 *		A metric of a distribution (NPS, CSAT or the mean) with its 95 %
 *		interval, as the *_stats accessors compute it (survey_stats.c).
 */
#ifndef PGCX_SURVEY_STATS_H
#define PGCX_SURVEY_STATS_H

#include "postgres.h"

#include "common/metric.h"
#include "scores/score_dist.h"

typedef struct SurveyEstimate
{
	int64		n;				/* answers */
	double		value;			/* the metric; NaN without answers */
	double		std_error;		/* NaN when it cannot be computed */
	double		ci_low;			/* NaN when it cannot be computed */
	double		ci_high;
} SurveyEstimate;

extern void survey_estimate(const ScoreDist *d, PgcxMetric metric,
							const char *caller, SurveyEstimate *e);

#endif							/* PGCX_SURVEY_STATS_H */
