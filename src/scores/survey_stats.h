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

/* n, mean and sample variance of a distribution's answers. */
typedef struct Moments
{
	int64		n;
	double		mean;			/* NaN when n = 0 */
	double		variance;		/* divisor n - 1; NaN when n < 2 */
} Moments;

extern void score_dist_moments(const ScoreDist *d, Moments *m);
extern void survey_estimate(const ScoreDist *d, PgcxMetric metric,
							const char *caller, SurveyEstimate *e);

#endif							/* PGCX_SURVEY_STATS_H */
