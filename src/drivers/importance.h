/*
 * importance.h
 *		The relative importance of drivers from a correlation matrix
 *		(importance.c): R² of every subset, Shapley values (LMG),
 *		conditional and complete dominance, Johnson's relative weights.
 *
 * Matrices are (p + 1) x (p + 1), row-major, index 0 the outcome and
 * 1 .. p the drivers; subsets of drivers are bit masks, bit j - 1 for
 * driver j.
 */
#ifndef PGCX_IMPORTANCE_H
#define PGCX_IMPORTANCE_H

#include "postgres.h"

/* the most drivers whose 2^p subsets are enumerated */
#define DRIVERS_MAX_SUBSETS 20
/* the most drivers for relative weights */
#define DRIVERS_MAX_WEIGHTS 100

extern void importance_subset_r2(const double *corr, int p, double *r2);
extern void importance_shapley(const double *r2, int p, double *shapley,
							   double *conditional);
extern void importance_complete(const double *r2, int p, double tolerance, bool *dominates);
extern void importance_relative_weights(const double *corr, int p, double *weights);
extern int	importance_symmetric_eigen(double *a, int n, double *values, double *vectors);

#endif							/* PGCX_IMPORTANCE_H */
