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
 *		int64	ops				the rows and states added and removed behind
 *								the sums (n when nothing was removed)
 *		float8	w, w_tail, w_peak	the sum of their weights, w + w_tail, and
 *								the largest value it has held
 *		float8	w2, w2_tail, w2_peak	the same for their squared weights
 *
 * Each sum is a double-double: w is the sum rounded to a double and w_tail
 * the rest (|w_tail| <= ulp(w) / 2), so adding and removing a weight (a
 * moving window's inverse transition) loses only about u^2 = 2^-106 of the
 * magnitudes involved per operation instead of u = 2^-53.  Each operation,
 * a row added or removed or two states merged, errs by at most 2^-102 of
 * the sum's peak (a double-double addition errs by at most 2^-104 of its
 * operands, and a merge, made of two, is counted with the rows below it),
 * so the error of w + w_tail is at most ops x w_peak x 2^-102.  A sum whose
 * bound exceeds 2^-60 of it is not accurate enough: a removal that would
 * leave one makes the moving window compute its frame anew (the inverse
 * transition returns NULL).  Added up only, a sum's bound is n x 2^-102 of
 * it (its peak is the sum itself, ops = n), the same whatever the order
 * or the plan.  A score whose answers have all been removed is exactly
 * empty again (all its fields reset to 0).
 *
 * Double alignment and plain storage; the binary form is the same without
 * the varlena header, in network byte order.  Every read validates.
 */
#ifndef PGCX_SCORE_WDIST_H
#define PGCX_SCORE_WDIST_H

#include "postgres.h"
#include "fmgr.h"

#include "common/pgcx.h"
#include "scores/score_dist.h"

#define SCORE_WDIST_VERSION	1

/*
 * The accepted positive weights: their squares are normal doubles, so
 * every sum keeps its precision and no weight is lost.
 */
#define PGCX_WEIGHT_MIN		1e-150
#define PGCX_WEIGHT_MAX		1e150

/* A sum of weights (or of squared weights), its tail and its peak. */
typedef struct WeightSum
{
	double		sum;			/* the sum rounded to a double */
	double		tail;			/* the rest: sum + tail is the double-double */
	double		peak;			/* the largest sum held since the score was empty */
} WeightSum;

typedef struct ScoreWCell
{
	int64		n;
	int64		ops;			/* additions, removals and merges behind the sums */
	WeightSum	w;				/* Σw */
	WeightSum	w2;				/* Σw² */
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
 * A sum is accurate enough to be kept when its error bound, ops x peak x
 * 2^-102, is at most 2^-60 of it: when ops x peak <= 2^42 x sum.
 */
#define WSUM_ACCURACY	4398046511104.0	/* 2^42 */

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

/* Adds x (of either sign) to a sum, keeping its peak. */
static inline void
wsum_add(WeightSum *s, double x)
{
	pgcx_dd_add(&s->sum, &s->tail, x);
	if (s->sum > s->peak)
		s->peak = s->sum;
}

/* Adds (sign 1) or removes (sign -1) the sum b into a. */
static inline void
wsum_merge(WeightSum *a, const WeightSum *b, double sign)
{
	pgcx_dd_add(&a->sum, &a->tail, sign * b->sum);
	pgcx_dd_add(&a->sum, &a->tail, sign * b->tail);
	if (b->peak > a->peak)
		a->peak = b->peak;
	if (a->sum > a->peak)
		a->peak = a->sum;
}

/*
 * Is the sum accurate enough to be kept after `ops` operations (its error
 * bound within 2^-60 of it)?
 */
static inline bool
wsum_accurate(const WeightSum *s, int64 ops)
{
	return (double) ops * s->peak <= WSUM_ACCURACY * s->sum;
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
extern const char *score_wdist_cell_problem(const ScoreWCell *c);
extern void score_wdist_totals(const ScoreWDist *d, WeightedTotals *t);
extern ScoreDist *score_wdist_counts(const ScoreWDist *d);

#endif							/* PGCX_SCORE_WDIST_H */
