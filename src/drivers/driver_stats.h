/*
 * driver_stats.h
 *		The driver_stats type: the sufficient statistics of an outcome and
 *		its drivers (driver_stats.c), from which key_drivers.c computes
 *		their importance.
 *
 * Stored format, version 1 (a varlena, 8-byte aligned fields):
 *
 *	version (uint8), flags (uint8), p (uint16: drivers, 1 to
 *	DRIVERS_MAX_WEIGHTS; 0 while no row has had drivers, with n = 0), n
 *	(int64: complete rows), skipped (int64: rows left out), then
 *	- with DRIVER_STATS_GROUPED (a row key was given): the complete rows of
 *	  each of the DRIVER_STATS_GROUPS groups (int64 each), then one block per
 *	  group; otherwise one block for all rows.
 *	A block is
 *	- with DRIVER_STATS_EXACT (unweighted integer answers): the exact sums
 *	  of the p + 1 variables (outcome first) and of their products, the
 *	  upper triangle of the (p + 1) x (p + 1) matrix row by row, each a
 *	  128-bit integer;
 *	- otherwise (double precision answers, or weights): the total weight,
 *	  the p + 1 weighted means, and the upper triangle of the weighted
 *	  co-moments Σ w (v_i - mean_i)(v_j - mean_j), each a float8, updated
 *	  one row at a time (Welford 1962, weighted by West 1979) and merged
 *	  with Chan, Golub and LeVeque's (1979) formula.
 *
 * A row goes to group (the row key's extended hash, seed 0, as an unsigned
 * 64-bit integer) mod DRIVER_STATS_GROUPS: the groups, and the intervals of
 * the delete-a-group jackknife computed from them, do not depend on the plan.
 */
#ifndef PGCX_DRIVER_STATS_H
#define PGCX_DRIVER_STATS_H

#include "postgres.h"
#include "fmgr.h"
#if PG_VERSION_NUM >= 160000
#include "varatt.h"			/* VARSIZE and friends, in postgres.h before 16 */
#endif

#include "drivers/importance.h"

#define DRIVER_STATS_VERSION 1
#define DRIVER_STATS_EXACT 0x01
#define DRIVER_STATS_GROUPED 0x02
#define DRIVER_STATS_FLAGS (DRIVER_STATS_EXACT | DRIVER_STATS_GROUPED)
/* the groups of a state with a row key (jackknife replicates) */
#define DRIVER_STATS_GROUPS 20

typedef struct DriverStats
{
	int32		vl_len_;
	uint8		version;
	uint8		flags;
	uint16		p;
	int64		n;
	int64		skipped;
	/* the sums or moments follow, 8-byte aligned */
} DriverStats;

/* the variables (outcome and drivers) and their products */
#define DS_VARS(p)			((p) + 1)
#define DS_PAIRS(p)			(DS_VARS(p) * (DS_VARS(p) + 1) / 2)
/* index of the product of variables i <= j in the upper triangle */
#define DS_PAIR(p, i, j)	((i) * DS_VARS(p) - (i) * ((i) - 1) / 2 + ((j) - (i)))

/* the values of a block: sums and products, or weight, means and moments */
#define DS_EXACT_VALUES(p)	(DS_VARS(p) + DS_PAIRS(p))
#define DS_MOMENT_VALUES(p) (1 + DS_VARS(p) + DS_PAIRS(p))
#define DS_BLOCK_SIZE(p, exact) \
	((exact) ? sizeof(int128) * DS_EXACT_VALUES(p) : sizeof(double) * DS_MOMENT_VALUES(p))
#define DS_SIZE(p, flags) \
	(sizeof(DriverStats) + (((flags) & DRIVER_STATS_GROUPED) ? \
	 DRIVER_STATS_GROUPS * (sizeof(int64) + DS_BLOCK_SIZE(p, (flags) & DRIVER_STATS_EXACT)) : \
	 DS_BLOCK_SIZE(p, (flags) & DRIVER_STATS_EXACT)))

static inline int
ds_groups(const DriverStats *s)
{
	return (s->flags & DRIVER_STATS_GROUPED) ? DRIVER_STATS_GROUPS : 1;
}

/* the complete rows of each group (grouped states only) */
static inline int64 *
ds_group_n(DriverStats *s)
{
	return (int64 *) (s + 1);
}

/* the block of group g (0 without groups) */
static inline char *
ds_block(DriverStats *s, int g)
{
	char	   *blocks = (char *) (s + 1);

	if (s->flags & DRIVER_STATS_GROUPED)
		blocks += sizeof(int64) * DRIVER_STATS_GROUPS;
	return blocks + g * DS_BLOCK_SIZE(s->p, s->flags & DRIVER_STATS_EXACT);
}

/* in an exact block: the sums, then the products */
static inline int128 *
block_sums(char *block)
{
	return (int128 *) block;
}

static inline int128 *
block_products(char *block, int p)
{
	return (int128 *) block + DS_VARS(p);
}

/* in a block of moments: the weight, the means, then the co-moments */
static inline double *
block_weight(char *block)
{
	return (double *) block;
}

static inline double *
block_means(char *block)
{
	return (double *) block + 1;
}

static inline double *
block_moments(char *block, int p)
{
	return (double *) block + 1 + DS_VARS(p);
}

/* What a final function reads of a state: its correlations and more. */
typedef struct DriverMoments
{
	int			p;
	int64		n;
	int64		skipped;
	double		weight;			/* total weight (n without weights) */
	double	   *mean;			/* p + 1 */
	double	   *sd;				/* p + 1, population standard deviations */
	double	   *corr;			/* (p + 1) x (p + 1) correlation matrix */
} DriverMoments;

extern const char *driver_stats_problem(const DriverStats *s, Size size);
extern DriverStats *driver_stats_checked(Datum d);
extern void driver_stats_moments(DriverStats *s, DriverMoments *m);
extern DriverStats *driver_stats_total(DriverStats *s);
extern DriverStats *driver_stats_without_group(DriverStats *s, DriverStats *total, int g);

#endif							/* PGCX_DRIVER_STATS_H */
