/*
 * score_wdist.h
 *		The score_wdist type, a weighted score distribution: its stored
 *		format and the functions of score_wdist.c that the weighted
 *		aggregates (weighted.c) use.
 *
 * A score_wdist holds, per score of a closed integer scale [lo, hi]
 * (0 <= lo < hi <= 100), the number of answers with a positive weight, the
 * sum of their weights and the sum of their squared weights: all that the
 * linearisation variance of a weighted NPS, top-box share or mean needs.
 * Its stored form is
 *
 *		int32	varlena header
 *		uint8	version			SCORE_WDIST_VERSION
 *		uint8	flags			no flag is defined in version 1: must be 0
 *		uint8	lo, hi			the scale
 *		uint32	unused1, unused2	0 (the cells start 8-byte aligned)
 *		then per score, lowest first, a ScoreWCell:
 *		int64	n				answers with a positive weight
 *		float8	w, w_tail		the sum of their weights, w + w_tail
 *		float8	w2, w2_tail		the sum of their squared weights
 *
 * Each sum is a double-double: w is the sum rounded to a double and w_tail
 * the rest (|w_tail| <= ulp(w) / 2), so adding and removing a weight (a
 * moving window's inverse transition) loses only about u^2 = 2^-106 of the
 * running sum per operation instead of u = 2^-53.  A score whose answers
 * have all been removed is exactly empty again (its sums are reset to 0).
 * Double alignment and plain storage; the binary form is the same without
 * the varlena header, in network byte order.  Every read validates.
 */
#ifndef PGCX_SCORE_WDIST_H
#define PGCX_SCORE_WDIST_H

#include "postgres.h"
#include "fmgr.h"

#include "common/pgcx.h"

#define SCORE_WDIST_VERSION	1

/*
 * The accepted positive weights: their squares are normal doubles, so
 * every sum keeps its precision and no weight is lost.
 */
#define PGCX_WEIGHT_MIN		1e-150
#define PGCX_WEIGHT_MAX		1e150

typedef struct ScoreWCell
{
	int64		n;
	double		w;
	double		w_tail;
	double		w2;
	double		w2_tail;
} ScoreWCell;

typedef struct ScoreWDist
{
	int32		vl_len_;		/* varlena header (do not touch directly) */
	uint8		version;
	uint8		flags;
	uint8		lo;
	uint8		hi;
	uint32		unused1;
	uint32		unused2;
	ScoreWCell	cells[FLEXIBLE_ARRAY_MEMBER];
} ScoreWDist;

#define SCORE_WDIST_NSCORES(d)	((int) (d)->hi - (int) (d)->lo + 1)
#define SCORE_WDIST_SIZE(nscores) \
	(offsetof(ScoreWDist, cells) + sizeof(ScoreWCell) * (nscores))

/*
 * Adds x to the double-double hi + lo (Knuth's TwoSum, then the sum of the
 * two tails, renormalized): exact but for the last rounding of the tail.
 */
static inline void
pgcx_dd_add(double *hi, double *lo, double x)
{
	double		s = *hi + x;
	double		v = s - *hi;
	double		e = (*hi - (s - v)) + (x - v);
	double		t;

	e += *lo;
	t = s + e;
	*lo = e - (t - s);
	*hi = t;
}

/* The weighted totals of a distribution read by an estimate. */
typedef struct WeightedTotals
{
	int64		n;				/* answers with a positive weight */
	double		weight;			/* their sum of weights */
	double		weight2;		/* their sum of squared weights */
} WeightedTotals;

extern ScoreWDist *score_wdist_new(int lo, int hi);
extern ScoreWDist *score_wdist_copy(const ScoreWDist *d);
extern ScoreWDist *score_wdist_checked(Datum datum);
extern void score_wdist_totals(const ScoreWDist *d, WeightedTotals *t);

#endif							/* PGCX_SCORE_WDIST_H */
