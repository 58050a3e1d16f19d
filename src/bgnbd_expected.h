/*
 * bgnbd_expected.h
 *		The BG/NBD conditional expectation of purchases, evaluated to near
 *		full double precision in every region of the parameters
 *		(bgnbd_expected.c).
 */
#ifndef PGCX_BGNBD_EXPECTED_H
#define PGCX_BGNBD_EXPECTED_H

/* How E[Y(t) | alive] was obtained (for tests and benchmarks). */
typedef enum BgnbdMethod
{
	BGNBD_SERIES,				/* Euler-transformed hypergeometric series */
	BGNBD_INTEGRAL				/* adaptive quadrature over the dropout rate */
} BgnbdMethod;

extern double bgnbd_expected_alive(const double *m, double t, double x, double T,
								   BgnbdMethod *method);
extern double bgnbd_log_dead_odds1p_v2(const double *m, double x, double tx, double T);

#endif							/* PGCX_BGNBD_EXPECTED_H */
