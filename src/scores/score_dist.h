/*
 * score_dist.h
 *		The score_dist type: its stored format and the functions of
 *		score_dist.c that other files use (creation, validation, merging,
 *		the basic counts and box reads).
 *
 * A score_dist holds one 64-bit count per score of a closed integer scale
 * [lo, hi] with 0 <= lo < hi <= 100.  Its stored form is
 *
 *		int32	varlena header
 *		uint8	version			SCORE_DIST_VERSION
 *		uint8	flags			no flag is defined in version 1: must be 0
 *		uint8	lo, hi			the scale
 *		int64	counts[hi - lo + 1]
 *
 * with double alignment and plain storage, so a value read from a table is
 * used in place.  Its binary (send/receive) form is the same without the
 * varlena header, the counts in network byte order.  Every read of a value
 * (text input, binary receive, and every function taking one) validates it.
 */
#ifndef PGCX_SCORE_DIST_H
#define PGCX_SCORE_DIST_H

#include "postgres.h"
#include "fmgr.h"

#define SCORE_DIST_VERSION	1
#define SCORE_MAX			100
/*
 * The highest answer of the smaller scales (1-5 CSAT, 1-7 CES 2.0): a 0-10
 * distribution with no answer above it is refused by box reads.
 */
#define SCORE_SMALL_SCALE_MAX	7

typedef struct ScoreDist
{
	int32		vl_len_;		/* varlena header (do not touch directly) */
	uint8		version;
	uint8		flags;
	uint8		lo;
	uint8		hi;
	int64		counts[FLEXIBLE_ARRAY_MEMBER];
} ScoreDist;

#define SCORE_DIST_NSCORES(d)	((int) (d)->hi - (int) (d)->lo + 1)
#define SCORE_DIST_SIZE(nscores) \
	(offsetof(ScoreDist, counts) + sizeof(int64) * (nscores))

#define DatumGetScoreDist(x)	((ScoreDist *) PG_DETOAST_DATUM(x))
#define PG_GETARG_SCORE_DIST(n) DatumGetScoreDist(PG_GETARG_DATUM(n))

extern ScoreDist *score_dist_new(int lo, int hi);
extern ScoreDist *score_dist_copy(const ScoreDist *d);
extern const char *score_dist_problem(const ScoreDist *d, Size size);
extern ScoreDist *score_dist_checked(Datum datum);
extern void score_dist_add_into(ScoreDist *into, const ScoreDist *from,
								const char *caller);
extern void score_dist_require_same_scale(const ScoreDist *a,
										  const ScoreDist *b,
										  const char *caller);
extern int64 score_dist_n(const ScoreDist *d);
extern int64 score_dist_top(const ScoreDist *d, int k);
extern bool score_dist_smaller_scale(const ScoreDist *d);
extern bool score_dist_check_box_scale(const ScoreDist *d, const char *caller,
									   const char *builder, int elevel);
extern void score_dist_require_box_scale(const ScoreDist *d, const char *caller,
										 const char *builder);
extern double score_dist_mean(const ScoreDist *d);

#endif							/* PGCX_SCORE_DIST_H */
