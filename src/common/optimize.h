/*
 * optimize.h
 *		The maximum-likelihood optimizer shared by the fitted models
 *		(BG/NBD, Gamma-Gamma, sBG): BFGS on unconstrained parameters.
 */
#ifndef PGCX_OPTIMIZE_H
#define PGCX_OPTIMIZE_H

#define PGCX_OPTIM_MAX_PARAMS	8

/*
 * The function to minimise at x[0..n-1]: returns its value and writes its
 * gradient into grad.  A value that is not finite (NaN or infinity) marks x
 * as outside the domain; the line search then steps back.
 */
typedef double (*pgcx_objective) (const double *x, double *grad, void *arg);

typedef struct PgcxOptimResult
{
	double		value;			/* objective at the returned x */
	int			iterations;		/* BFGS iterations made */
	bool		converged;		/* gradient small enough before the bound */
} PgcxOptimResult;

extern PgcxOptimResult pgcx_minimize(pgcx_objective f, void *arg,
									 double *x, int n, int max_iterations);

#endif
