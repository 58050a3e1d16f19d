/*
 * calls.h
 *		Helpers of the forms for literal types that call the main form's C
 *		function directly, and the numeric conversions they need (calls.c).
 */
#ifndef PGCX_CALLS_H
#define PGCX_CALLS_H

#include "postgres.h"
#include "fmgr.h"
#include "utils/numeric.h"

extern Datum pgcx_call_as(FunctionCallInfo fcinfo, PGFunction f, const Datum *args);
extern Datum pgcx_int4_numeric(int32 v);
extern double pgcx_numeric_float8(Numeric num);
extern bool pgcx_numeric_between(Numeric num, int32 lo, int32 hi);

#endif							/* PGCX_CALLS_H */
