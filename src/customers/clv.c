/*
 * clv.c
 *		Customer lifetime value by formula (SPEC section 5):
 *		clv(basket, frequency, lifespan) = basket x frequency x lifespan, and
 *		clv(basket, frequency, lifespan, margin, d), the margin on the value
 *		per time unit discounted over the lifespan as an annuity:
 *			value x (1 - (1 + d)^-L) / d,  value x L when d = 0,
 *		with value = margin x basket x frequency.  numeric arguments give a
 *		numeric result: exact for the product, and to numeric's working
 *		precision (16 or more significant digits) where the annuity factor
 *		needs a power and a division; float8 arguments give a float8.
 */
#include "postgres.h"

#include <math.h>

#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/numeric.h"

#include "common/released.h"
#include "customers/calls.h"
#include "customers/clv.h"

PG_FUNCTION_INFO_V1(clv_numeric);
PG_FUNCTION_INFO_V1(clv_float8);
PG_FUNCTION_INFO_V1(clv_discounted_numeric);
PG_FUNCTION_INFO_V1(clv_discounted_float8);
PG_FUNCTION_INFO_V1(clv_int4);
PG_FUNCTION_INFO_V1(clv_discounted_int4);
PG_FUNCTION_INFO_V1(clv_discounted_int4_rate_int4);

static const char *const arg_names[] = {"avg_basket", "purchase_frequency", "lifespan",
"margin", "discount_rate"};

/*
 * The 22023 error of a discount rate outside 0...1 (`value` as text), for
 * clv, clv_predict and the sBG lifetimes: rates are fractions per time
 * unit, and one above 1 is most likely a percentage.
 */
void
pgcx_discount_rate_error(const char *value, const char *caller)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("discount_rate %s is out of range for %s", value, caller),
			 errdetail("The discount rate is a fraction per time unit, from 0 to 1."),
			 value[0] != '-' && strcmp(value, "NaN") != 0 ?
			 errhint("Rates are fractions, as the margin is: write 0.1 for 10 %%.") : 0));
	pg_unreachable();
}

/* Raises the 22023 error of a clv argument outside its range. */
static void
clv_bad_argument(int argno, const char *value)
{
	if (argno == 4)
		pgcx_discount_rate_error(value, "clv");
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s %s is out of range for clv", arg_names[argno], value),
			 argno == 3 ? errdetail("The margin is a share from 0 to 1.") :
			 errdetail("Amounts, frequencies, lifespans and rates are finite and not negative.")));
}

/*
 * Is argument argno a share, at most 1 (the margin and the discount rate)?
 * Called through pgcx 1.0.0's SQL, the discount rate is not: 1.0.0 took
 * any rate that is not negative, and its symbols keep doing so there.
 */
static inline bool
is_share(FunctionCallInfo fcinfo, int argno)
{
	return argno == 3 || (argno == 4 && !pgcx_called_from_1_0_0(fcinfo));
}

/*
 * Numeric argument argno, checked: finite, >= 0, and <= 1 for the margin
 * and the discount rate.
 */
static Datum
numeric_arg(FunctionCallInfo fcinfo, int argno)
{
	Numeric		num = PG_GETARG_NUMERIC(argno);
	Datum		d = NumericGetDatum(num);
	bool		finite;

#if PG_VERSION_NUM >= 140000
	finite = !numeric_is_nan(num) && !numeric_is_inf(num);
#else
	finite = !numeric_is_nan(num);
#endif
	if (!finite ||
		DatumGetInt32(DirectFunctionCall2(numeric_cmp, d,
										  DirectFunctionCall1(int4_numeric, Int32GetDatum(0)))) < 0 ||
		(is_share(fcinfo, argno) &&
		 DatumGetInt32(DirectFunctionCall2(numeric_cmp, d,
										   DirectFunctionCall1(int4_numeric, Int32GetDatum(1)))) > 0))
		clv_bad_argument(argno, numeric_normalize(num));
	return d;
}

/* float8 argument argno, checked like numeric_arg. */
static double
float8_arg(FunctionCallInfo fcinfo, int argno)
{
	double		v = PG_GETARG_FLOAT8(argno);

	if (isnan(v) || isinf(v) || v < 0 || (is_share(fcinfo, argno) && v > 1))
		clv_bad_argument(argno, psprintf("%g", v));
	return v;
}

/* clv(numeric, numeric, numeric): basket x frequency x lifespan, exact. */
Datum
clv_numeric(PG_FUNCTION_ARGS)
{
	Datum		basket = numeric_arg(fcinfo, 0);
	Datum		frequency = numeric_arg(fcinfo, 1);
	Datum		lifespan = numeric_arg(fcinfo, 2);

	return DirectFunctionCall2(numeric_mul,
							   DirectFunctionCall2(numeric_mul, basket, frequency),
							   lifespan);
}

/* clv(float8, float8, float8). */
Datum
clv_float8(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT8(float8_arg(fcinfo, 0) * float8_arg(fcinfo, 1) * float8_arg(fcinfo, 2));
}

/* clv(numeric x 5): margin on the value per unit, discounted over the lifespan. */
Datum
clv_discounted_numeric(PG_FUNCTION_ARGS)
{
	Datum		basket = numeric_arg(fcinfo, 0);
	Datum		frequency = numeric_arg(fcinfo, 1);
	Datum		lifespan = numeric_arg(fcinfo, 2);
	Datum		margin = numeric_arg(fcinfo, 3);
	Datum		rate = numeric_arg(fcinfo, 4);
	Datum		zero = DirectFunctionCall1(int4_numeric, Int32GetDatum(0));
	Datum		one = DirectFunctionCall1(int4_numeric, Int32GetDatum(1));
	Datum		value;
	Datum		factor;

	value = DirectFunctionCall2(numeric_mul,
								DirectFunctionCall2(numeric_mul, margin, basket),
								frequency);
	if (DatumGetInt32(DirectFunctionCall2(numeric_cmp, rate, zero)) == 0)
		factor = lifespan;
	else
	{
		/* (1 - (1 + d)^-L) / d */
		Datum		growth = DirectFunctionCall2(numeric_power,
												 DirectFunctionCall2(numeric_add, one, rate),
												 DirectFunctionCall1(numeric_uminus, lifespan));

		factor = DirectFunctionCall2(numeric_div,
									 DirectFunctionCall2(numeric_sub, one, growth),
									 rate);
	}
	/* a power and a division leave trailing zeros of their working scale */
	return DirectFunctionCall1(numeric_trim_scale,
							   DirectFunctionCall2(numeric_mul, value, factor));
}

/* clv(float8 x 5). */
Datum
clv_discounted_float8(PG_FUNCTION_ARGS)
{
	double		basket = float8_arg(fcinfo, 0);
	double		frequency = float8_arg(fcinfo, 1);
	double		lifespan = float8_arg(fcinfo, 2);
	double		margin = float8_arg(fcinfo, 3);
	double		rate = float8_arg(fcinfo, 4);
	double		value = margin * basket * frequency;

	if (rate == 0)
		PG_RETURN_FLOAT8(value * lifespan);
	/* -expm1(-L log1p(d)) = 1 - (1 + d)^-L, accurate for small rates */
	PG_RETURN_FLOAT8(value * -expm1(-lifespan * log1p(rate)) / rate);
}

/*
 * Arguments 0 to nargs - 1 of a clv form for literals as numeric: the int4
 * ones converted (is_int4[i]), the numeric ones as they are.
 */
static void
numeric_args(FunctionCallInfo fcinfo, const bool *is_int4, int nargs, Datum *args)
{
	int			i;

	for (i = 0; i < nargs; i++)
		args[i] = is_int4[i] ? pgcx_int4_numeric(PG_GETARG_INT32(i)) : PG_GETARG_DATUM(i);
}

/* clv(int4, int4, int4): clv(numeric x 3) for integer literals (exact). */
Datum
clv_int4(PG_FUNCTION_ARGS)
{
	static const bool is_int4[] = {true, true, true};
	Datum		args[3];

	numeric_args(fcinfo, is_int4, 3, args);
	return pgcx_call_as(fcinfo, clv_numeric, args);
}

/* clv(int4, int4, int4, numeric, numeric): clv(numeric x 5) for integer amounts. */
Datum
clv_discounted_int4(PG_FUNCTION_ARGS)
{
	static const bool is_int4[] = {true, true, true, false, false};
	Datum		args[5];

	numeric_args(fcinfo, is_int4, 5, args);
	return pgcx_call_as(fcinfo, clv_discounted_numeric, args);
}

/* clv(int4, int4, int4, numeric, int4): clv(numeric x 5) with an integer rate. */
Datum
clv_discounted_int4_rate_int4(PG_FUNCTION_ARGS)
{
	static const bool is_int4[] = {true, true, true, false, true};
	Datum		args[5];

	numeric_args(fcinfo, is_int4, 5, args);
	return pgcx_call_as(fcinfo, clv_discounted_numeric, args);
}
