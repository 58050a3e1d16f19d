/*
 * driver_stats.h
 *		The driver_stats type: the sufficient statistics of an outcome and
 *		its drivers (driver_stats.c), from which key_drivers.c computes
 *		their importance.
 *
 * Stored format, version 1 (a varlena, 8-byte aligned fields):
 *
 *	version (uint8), flags (uint8), p (uint16: drivers, 1 to
 *	DRIVERS_MAX_WEIGHTS), n (int64: complete rows), skipped (int64: rows
 *	left out), then
 *	- with DRIVER_STATS_EXACT (unweighted integer answers): the exact sums
 *	  of the p + 1 variables (outcome first) and of their products, the
 *	  upper triangle of the (p + 1) x (p + 1) matrix row by row, each a
 *	  128-bit integer;
 *	- otherwise (double precision answers, or weights): the total weight,
 *	  the p + 1 weighted means, and the upper triangle of the weighted
 *	  co-moments Σ w (v_i - mean_i)(v_j - mean_j), each a float8, updated
 *	  one row at a time (Welford 1962, weighted by West 1979) and merged
 *	  with Chan, Golub and LeVeque's (1979) formula.
 */
#ifndef PGCX_DRIVER_STATS_H
#define PGCX_DRIVER_STATS_H

#include "postgres.h"
#include "fmgr.h"

#include "drivers/importance.h"

#define DRIVER_STATS_VERSION 1
#define DRIVER_STATS_EXACT 0x01

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

#define DS_EXACT_SIZE(p)	(sizeof(DriverStats) + sizeof(int128) * (DS_VARS(p) + DS_PAIRS(p)))
#define DS_MOMENT_SIZE(p)	(sizeof(DriverStats) + sizeof(double) * (1 + DS_VARS(p) + DS_PAIRS(p)))

static inline int128 *
ds_sums(DriverStats *s)
{
	return (int128 *) (s + 1);
}

static inline int128 *
ds_products(DriverStats *s)
{
	return ds_sums(s) + DS_VARS(s->p);
}

static inline double *
ds_weight(DriverStats *s)
{
	return (double *) (s + 1);
}

static inline double *
ds_means(DriverStats *s)
{
	return ds_weight(s) + 1;
}

static inline double *
ds_moments(DriverStats *s)
{
	return ds_means(s) + DS_VARS(s->p);
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

#endif							/* PGCX_DRIVER_STATS_H */
