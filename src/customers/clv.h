/*
 * clv.h
 *		What the formula CLV shares with the fitted models' predictions: the
 *		error of a discount rate outside 0...1 (clv.c).
 */
#ifndef PGCX_CLV_H
#define PGCX_CLV_H

#include "common/pgcx.h"

extern void pgcx_discount_rate_error(const char *value, const char *caller) pgcx_noreturn;

#endif							/* PGCX_CLV_H */
