/*
 * nps.h
 *		The Net Promoter Score of a distribution's counts: its totals, value,
 *		variance and 95 % interval, for every function that reads an NPS
 *		(nps.c).
 */
#ifndef PGCX_NPS_H
#define PGCX_NPS_H

#include "postgres.h"

#include "scores/score_dist.h"

/* Totals of a 0-10 distribution, the inputs of the NPS. */
typedef struct ScoreTotals
{
	int64		n;				/* answers */
	int64		promoters;		/* 9-10 (0-10 scale only) */
	int64		passives;		/* 7-8 */
	int64		detractors;		/* 0-6 */
} ScoreTotals;

extern void nps_require_scale(int lo, int hi, const char *caller);
extern void nps_totals(const ScoreDist *d, ScoreTotals *t, const char *caller);
extern double nps_from_counts(double promoters, double detractors, double n);
extern double nps_variance(double promoters, double detractors, double n);
extern void nps_interval(const ScoreTotals *t, double *low, double *high);

#endif							/* PGCX_NPS_H */
