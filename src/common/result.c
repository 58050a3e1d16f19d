/*
 * result.c
 *		The composite results of pgcx's functions (result.h).
 */
#include "postgres.h"

#include <math.h>

#include "access/htup_details.h"
#include "funcapi.h"

#include "common/aggregate.h"
#include "common/result.h"

/* A composite result of the calling function, from values and nulls. */
Datum
pgcx_composite(FunctionCallInfo fcinfo, Datum *values, bool *nulls)
{
	TupleDesc	tupdesc;

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "%s must return a composite type", pgcx_caller_name(fcinfo));
	return HeapTupleGetDatum(heap_form_tuple(BlessTupleDesc(tupdesc), values, nulls));
}

/* A float8 column: NULL for NaN (a figure that cannot be computed). */
void
pgcx_set_float(Datum *values, bool *nulls, int i, double v)
{
	nulls[i] = isnan(v);
	values[i] = Float8GetDatum(nulls[i] ? 0.0 : v);
}
