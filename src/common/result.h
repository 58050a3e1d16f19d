/*
 * result.h
 *		The composite results of pgcx's functions: the row of a function
 *		returning a composite type, and its float8 columns, NULL for a
 *		figure that cannot be computed (result.c).
 */
#ifndef PGCX_RESULT_H
#define PGCX_RESULT_H

#include "postgres.h"
#include "fmgr.h"

extern Datum pgcx_composite(FunctionCallInfo fcinfo, Datum *values, bool *nulls);
extern void pgcx_set_float(Datum *values, bool *nulls, int i, double v);

#endif							/* PGCX_RESULT_H */
