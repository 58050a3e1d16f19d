/*
 * stats.h
 *		The statistics every metric and model uses: the normal and Student's
 *		t distributions, Welch's degrees of freedom, the Wilson interval,
 *		digamma, ln Gamma differences, ln Beta and an integrator on (0, 1)
 *		(stats.c).
 */
#ifndef PGCX_STATS_H
#define PGCX_STATS_H

#include "postgres.h"

#define PGCX_Z975	1.959963984540054	/* 97.5 % quantile of N(0, 1) */

extern double pgcx_normal_cdf(double z);
extern double pgcx_normal_sf(double z);
extern double pgcx_normal_quantile(double p);
extern double pgcx_t_sf(double t, double df);
extern double pgcx_t_cdf(double t, double df);
extern double pgcx_t_quantile(double p, double df);
extern double pgcx_welch_df(double va, double na, double vb, double nb);
extern void pgcx_wilson_interval(double k, double n, double z,
								 double *low, double *high);
extern double pgcx_digamma(double x);
extern double pgcx_lgamma_diff(double x, double h);
extern double pgcx_lbeta(double a, double b);

/* an integrand on (0, 1), given x and 1 - x (each without cancellation) */
typedef double (*pgcx_integrand) (double x, double xc, void *arg);
extern double pgcx_integrate01(pgcx_integrand f, void *arg, double tolerance, bool *ok);

#endif							/* PGCX_STATS_H */
