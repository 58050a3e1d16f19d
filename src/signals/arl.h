/*
 * arl.h
 *		The run-length solver of arl.c for other C code: the EWMA limit L
 *		whose in-control average run length is a given one (the default
 *		limit of the EWMA control chart, control_chart.c).
 */
#ifndef PGCX_ARL_H
#define PGCX_ARL_H

#include "postgres.h"

extern double pgcx_ewma_limit(double lambda, double arl, int sides,
							  const char *caller);

#endif							/* PGCX_ARL_H */
