/*
 * released.h
 *		Which released version of pgcx's SQL a call comes through, and the
 *		formulas released symbols computed with (released.c).
 */
#ifndef PGCX_RELEASED_H
#define PGCX_RELEASED_H

#include "postgres.h"
#include "fmgr.h"

extern bool pgcx_called_from_1_0_0(FunctionCallInfo fcinfo);
extern double pgcx_t_quantile_released(double p, double df);

#endif							/* PGCX_RELEASED_H */
