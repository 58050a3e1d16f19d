/*
 * calls.c
 *		Helpers of the forms that exist so that calls resolve exactly to
 *		pgcx: a form for literal types (attrition(int4, int4), clv(int4, ...),
 *		sbg_expected_lifetime(sbg, numeric)) converts its arguments and calls
 *		the main form's C function directly, so that an error raised there
 *		reaches the user as the main form's, with no CONTEXT line of a SQL
 *		wrapper function.
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/numeric.h"

#include "customers/calls.h"

/*
 * Calls `f` with the arguments `args` (none NULL: the forms are STRICT) in
 * place of the caller's, with the caller's flinfo (its result type), and
 * returns its result, NULL included.
 */
Datum
pgcx_call_as(FunctionCallInfo fcinfo, PGFunction f, const Datum *args)
{
	LOCAL_FCINFO(inner, FUNC_MAX_ARGS);
	Datum		result;
	int			i;

	InitFunctionCallInfoData(*inner, fcinfo->flinfo, fcinfo->nargs,
							 fcinfo->fncollation, fcinfo->context, fcinfo->resultinfo);
	for (i = 0; i < fcinfo->nargs; i++)
	{
		inner->args[i].value = args[i];
		inner->args[i].isnull = false;
	}
	result = f(inner);
	fcinfo->isnull = inner->isnull;
	return result;
}

/* An int4 as numeric. */
Datum
pgcx_int4_numeric(int32 v)
{
	return DirectFunctionCall1(int4_numeric, Int32GetDatum(v));
}

/*
 * A numeric as float8, as the cast numeric::float8 gives it (NaN and
 * +-Infinity as themselves; ERROR 22003 beyond float8's range).
 */
double
pgcx_numeric_float8(Numeric num)
{
	return DatumGetFloat8(DirectFunctionCall1(numeric_float8, NumericGetDatum(num)));
}

/* Is num from lo to hi (NaN is not)? */
bool
pgcx_numeric_between(Numeric num, int32 lo, int32 hi)
{
	Datum		d = NumericGetDatum(num);

	return DatumGetInt32(DirectFunctionCall2(numeric_cmp, d, pgcx_int4_numeric(lo))) >= 0 &&
		DatumGetInt32(DirectFunctionCall2(numeric_cmp, d, pgcx_int4_numeric(hi))) <= 0;
}
