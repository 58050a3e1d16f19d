/*
 * bgnbd_expected.h
 *		The BG/NBD conditional expectation of purchases, evaluated to near
 *		full double precision in every region of the parameters
 *		(bgnbd_expected.c).
 */
#ifndef PGCX_BGNBD_EXPECTED_H
#define PGCX_BGNBD_EXPECTED_H

#include <math.h>

/* How E[Y(t) | alive] was obtained (for tests and benchmarks). */
typedef enum BgnbdMethod
{
	BGNBD_SERIES,				/* Euler-transformed hypergeometric series */
	BGNBD_INTEGRAL				/* adaptive quadrature over the dropout rate */
} BgnbdMethod;

extern double bgnbd_expected_alive(const double *m, double t, double x, double T,
								   BgnbdMethod *method);
extern double bgnbd_log_dead_odds1p_v2(const double *m, double x, double tx, double T);

/*
 * log(1 + exp(lbase) ((alpha+T)/(alpha+tx))^(r+x)) for a customer with
 * repeat purchases, lbase = log(a / (b+x-1)): minus the log of P(alive),
 * without overflow for large odds.
 */
static inline double
bgnbd_log1p_odds(double lbase, const double *m, double x, double tx, double T)
{
	double		lr = lbase + (m[0] + x) * log1p((T - tx) / (m[1] + tx));

	return lr > 0 ? lr + log1p(exp(-lr)) : log1p(exp(lr));
}

#endif							/* PGCX_BGNBD_EXPECTED_H */
