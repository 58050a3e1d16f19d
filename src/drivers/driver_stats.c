/*
 * driver_stats.c
 *		The state of the driver_stats aggregate: the sufficient statistics
 *		of an outcome and its drivers, updated one row at a time, merged,
 *		removed (moving windows) and read as correlations.
 *
 * Unweighted integer answers are summed exactly, in 128-bit integers: the
 * state then has an exact inverse and every plan (serial, parallel, split
 * across Citus nodes) gives the same bits.  Double precision answers, and
 * weighted ones, keep weighted means and co-moments instead (the stored
 * format is in driver_stats.h).  Rows with a NULL outcome, driver or weight
 * are left out and counted.
 */
#include "postgres.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/float.h"
#include "utils/lsyscache.h"

#include "common/aggregate.h"
#include "drivers/driver_stats.h"

PG_FUNCTION_INFO_V1(driver_stats_trans);
PG_FUNCTION_INFO_V1(driver_stats_trans_weighted);
PG_FUNCTION_INFO_V1(driver_stats_combine);
PG_FUNCTION_INFO_V1(driver_stats_inverse);

/* A new state for p drivers, in the current memory context. */
static DriverStats *
driver_stats_new(int p, bool exact)
{
	Size		size = exact ? DS_EXACT_SIZE(p) : DS_MOMENT_SIZE(p);
	DriverStats *s = (DriverStats *) palloc0(size);

	SET_VARSIZE(s, size);
	s->version = DRIVER_STATS_VERSION;
	s->flags = exact ? DRIVER_STATS_EXACT : 0;
	s->p = (uint16) p;
	return s;
}

/* The state a transition updates: its argument, or a new one. */
static DriverStats *
state_for(FunctionCallInfo fcinfo, int p, bool exact)
{
	MemoryContext old;
	DriverStats *s;

	if (!PG_ARGISNULL(0))
		return (DriverStats *) PG_GETARG_POINTER(0);
	old = pgcx_state_context(fcinfo);
	s = driver_stats_new(p, exact);
	MemoryContextSwitchTo(old);
	return s;
}

/* The row's number within its aggregate, for messages. */
static int64
row_number(const DriverStats *s)
{
	return s == NULL ? 1 : s->n + s->skipped + 1;
}

/*
 * The drivers of one row: the array's length, checked against the state's,
 * and whether it holds a NULL.
 */
static int
row_drivers(FunctionCallInfo fcinfo, ArrayType *a, const DriverStats *s)
{
	int			p;

	if (ARR_NDIM(a) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("%s: the drivers of row " INT64_FORMAT " are a %d-dimensional array",
						pgcx_caller_name(fcinfo), row_number(s), ARR_NDIM(a)),
				 errdetail("The drivers of a row are a one-dimensional array, one element per driver.")));
	p = ARR_NDIM(a) == 0 ? 0 : ARR_DIMS(a)[0];
	if (p < 1)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("%s: row " INT64_FORMAT " has no driver",
						pgcx_caller_name(fcinfo), row_number(s)),
				 errdetail("Each row gives one value per driver, in the same order on every row.")));
	if (p > DRIVERS_MAX_WEIGHTS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("%s: row " INT64_FORMAT " has %d drivers, more than %d",
						pgcx_caller_name(fcinfo), row_number(s), p, DRIVERS_MAX_WEIGHTS),
				 errhint("Group the drivers, or choose the %d that matter most.", DRIVERS_MAX_WEIGHTS)));
	if (s != NULL && p != s->p)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("%s: row " INT64_FORMAT " has %d drivers, the rows before it %d",
						pgcx_caller_name(fcinfo), row_number(s), p, (int) s->p),
				 errdetail("Each row gives one value per driver, in the same order on every row.")));
	return p;
}

/*
 * The values of a one-dimensional array without NULLs (ARR_DATA_PTR, which
 * also serves arrays with NULLs, does not compile warning-free).
 */
static inline const char *
row_values(ArrayType *a)
{
	return (const char *) a + ARR_OVERHEAD_NONULLS(1);
}

/* A value of a row as an integer of the state's exact sums. */
static inline int64
int_element(const char *data, Oid type, int k)
{
	switch (type)
	{
		case INT2OID:
			return ((const int16 *) data)[k];
		case INT4OID:
			return ((const int32 *) data)[k];
		default:
			return ((const int64 *) data)[k];
	}
}

/* Adds x to an exact sum, refusing to overflow (only int8 answers can). */
static inline void
add_exact(FunctionCallInfo fcinfo, int128 *sum, int128 x)
{
	if (unlikely(__builtin_add_overflow(*sum, x, sum)))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("%s: the sums of the answers overflow 128 bits",
						pgcx_caller_name(fcinfo)),
				 errhint("Answers of a survey scale are small integers; rescale bigint answers.")));
}

/*
 * Adds (sign +1) or removes (sign -1) one complete row of integer answers
 * to exact sums.
 */
static void
exact_row(FunctionCallInfo fcinfo, DriverStats *s, int64 y, const char *x, Oid type, int sign)
{
	int			p = s->p;
	int128	   *sums = ds_sums(s);
	int128	   *prod = ds_products(s);
	int64		v[DRIVERS_MAX_WEIGHTS + 1];
	int			i,
				j,
				k = 0;

	v[0] = y;
	for (i = 0; i < p; i++)
		v[i + 1] = int_element(x, type, i);
	for (i = 0; i <= p; i++)
	{
		add_exact(fcinfo, &sums[i], (int128) sign * v[i]);
		for (j = i; j <= p; j++)
			add_exact(fcinfo, &prod[k++], (int128) sign * ((int128) v[i] * v[j]));
	}
}

/* Adds one complete row of double precision answers with weight w. */
static void
moment_row(DriverStats *s, const double *v, double w)
{
	int			p = s->p;
	double	   *total = ds_weight(s);
	double	   *mean = ds_means(s);
	double	   *m2 = ds_moments(s);
	double		delta[DRIVERS_MAX_WEIGHTS + 1];
	double		f;
	int			i,
				j,
				k = 0;

	*total += w;
	f = w / *total;
	for (i = 0; i <= p; i++)
	{
		delta[i] = v[i] - mean[i];
		mean[i] += f * delta[i];
	}
	/* West (1979): M_ij += w (v_i - old mean_i)(v_j - new mean_j) */
	for (i = 0; i <= p; i++)
		for (j = i; j <= p; j++)
			m2[k++] += w * delta[i] * (v[j] - mean[j]);
}

/* A double precision value of a row, refused when not finite (22023). */
static double
finite_answer(FunctionCallInfo fcinfo, const DriverStats *s, double v, int driver)
{
	if (!isfinite(v))
	{
		if (driver == 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s: the outcome of row " INT64_FORMAT " is %s",
							pgcx_caller_name(fcinfo), row_number(s), float8out_internal(v)),
					 errdetail("Answers are finite numbers.")));
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s: driver %d of row " INT64_FORMAT " is %s",
						pgcx_caller_name(fcinfo), driver, row_number(s), float8out_internal(v)),
				 errdetail("Answers are finite numbers.")));
	}
	return v;
}

/*
 * One row: outcome (argument 1), drivers (argument 2) and a weight (1 when
 * weighted is false).
 */
static Datum
trans(FunctionCallInfo fcinfo, bool weighted)
{
	DriverStats *s = PG_ARGISNULL(0) ? NULL : (DriverStats *) PG_GETARG_POINTER(0);
	Oid			ytype = pgcx_arg_type(fcinfo, 1);
	ArrayType  *a;
	Oid			xtype;
	int			p;
	bool		exact;
	double		w = 1.0;

	if (!pgcx_in_aggregate(fcinfo))
		elog(ERROR, "%s called outside an aggregate", pgcx_caller_name(fcinfo));
	if (PG_ARGISNULL(2))
	{
		if (s == NULL)
			PG_RETURN_NULL();	/* nothing known yet of the drivers */
		s->skipped = pgcx_count_add(s->skipped, 1, pgcx_caller_name(fcinfo));
		PG_RETURN_POINTER(s);
	}
	a = PG_GETARG_ARRAYTYPE_P(2);
	xtype = ARR_ELEMTYPE(a);
	p = row_drivers(fcinfo, a, s);
	exact = !weighted && ytype != FLOAT8OID && xtype != FLOAT8OID;
	if (PG_ARGISNULL(1) || (weighted && PG_ARGISNULL(3)))
	{
		s = state_for(fcinfo, p, exact);
		s->skipped = pgcx_count_add(s->skipped, 1, pgcx_caller_name(fcinfo));
		PG_RETURN_POINTER(s);
	}
	if (weighted)
	{
		w = PG_GETARG_FLOAT8(3);
		if (!isfinite(w) || w < 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s: the weight of row " INT64_FORMAT " is %s",
							pgcx_caller_name(fcinfo), row_number(s), float8out_internal(w)),
					 errdetail("Weights are finite and not negative.")));
	}
	s = state_for(fcinfo, p, exact);
	if (ARR_HASNULL(a))
	{
		s->skipped = pgcx_count_add(s->skipped, 1, pgcx_caller_name(fcinfo));
		PG_RETURN_POINTER(s);
	}
	if (s->flags & DRIVER_STATS_EXACT)
	{
		int64		y = ytype == INT2OID ? PG_GETARG_INT16(1) :
			ytype == INT4OID ? PG_GETARG_INT32(1) : PG_GETARG_INT64(1);

		exact_row(fcinfo, s, y, row_values(a), xtype, 1);
	}
	else
	{
		double		v[DRIVERS_MAX_WEIGHTS + 1];
		int			i;

		v[0] = finite_answer(fcinfo, s, ytype == FLOAT8OID ? PG_GETARG_FLOAT8(1) :
							 ytype == INT2OID ? PG_GETARG_INT16(1) :
							 ytype == INT4OID ? PG_GETARG_INT32(1) :
							 (double) PG_GETARG_INT64(1), 0);
		for (i = 0; i < p; i++)
			v[i + 1] = finite_answer(fcinfo, s, xtype == FLOAT8OID ?
									 ((const double *) row_values(a))[i] :
									 (double) int_element(row_values(a), xtype, i),
									 i + 1);
		if (w > 0)
			moment_row(s, v, w);
	}
	s->n = pgcx_count_add(s->n, 1, pgcx_caller_name(fcinfo));
	PG_RETURN_POINTER(s);
}

/* driver_stats(outcome, drivers): one row, unweighted */
Datum
driver_stats_trans(PG_FUNCTION_ARGS)
{
	return trans(fcinfo, false);
}

/* driver_stats(outcome, drivers, weight): one row, weighted */
Datum
driver_stats_trans_weighted(PG_FUNCTION_ARGS)
{
	return trans(fcinfo, true);
}

/* Says what is wrong with a stored state of `size` bytes, or NULL. */
const char *
driver_stats_problem(const DriverStats *s, Size size)
{
	if (size < sizeof(DriverStats))
		return "The value is shorter than its header.";
	if (s->version != DRIVER_STATS_VERSION)
		return psprintf("Version %d is not one this pgcx reads (it reads version %d).",
						s->version, DRIVER_STATS_VERSION);
	if ((s->flags & ~DRIVER_STATS_EXACT) != 0)
		return "The flags word has bits that version 1 does not define.";
	if (s->p < 1 || s->p > DRIVERS_MAX_WEIGHTS)
		return psprintf("The number of drivers must be 1 to %d.", DRIVERS_MAX_WEIGHTS);
	if (size != ((s->flags & DRIVER_STATS_EXACT) ? DS_EXACT_SIZE(s->p) : DS_MOMENT_SIZE(s->p)))
		return "The size does not match the number of drivers.";
	if (s->n < 0 || s->skipped < 0)
		return "The counts of rows must not be negative.";
	if (s->flags & DRIVER_STATS_EXACT)
	{
		const int128 *sums = (const int128 *) (s + 1);
		const int128 *prod = sums + DS_VARS(s->p);
		int			i;

		/* Σx² ≥ 0, and nothing without rows */
		for (i = 0; i < DS_VARS(s->p); i++)
		{
			int128		sq = prod[DS_PAIR(s->p, i, i)];

			if (sq < 0 || (s->n == 0 && (sq != 0 || sums[i] != 0)))
				return "The sums do not come from rows: a sum of squares is negative, or there are sums without rows.";
		}
	}
	else
	{
		const double *w = (const double *) (s + 1);
		const double *m2 = w + 1 + DS_VARS(s->p);
		int			i;

		if (!(*w >= 0) || (s->n == 0 && *w != 0))
			return "The total weight must not be negative, and is 0 without rows.";
		for (i = 0; i < DS_VARS(s->p); i++)
			if (!(m2[DS_PAIR(s->p, i, i)] >= 0))
				return "A co-moment of a variable with itself must not be negative.";
	}
	return NULL;
}

/* A driver_stats argument, detoasted and validated (22P03 when damaged). */
DriverStats *
driver_stats_checked(Datum d)
{
	DriverStats *s = (DriverStats *) PG_DETOAST_DATUM(d);
	const char *problem = driver_stats_problem(s, VARSIZE(s));

	if (problem)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid driver_stats value"),
				 errdetail("%s", problem)));
	return s;
}

/* Refuses to merge two states that do not describe the same drivers. */
static void
check_alike(FunctionCallInfo fcinfo, const DriverStats *a, const DriverStats *b)
{
	if (a->p != b->p)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("%s: cannot merge the statistics of %d drivers with those of %d",
						pgcx_caller_name(fcinfo), (int) a->p, (int) b->p)));
	if (a->flags != b->flags)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s: cannot merge exact integer statistics with weighted or double precision ones",
						pgcx_caller_name(fcinfo)),
				 errdetail("Integer answers without weights are summed exactly; others keep means and co-moments.")));
}

/* Adds (sign 1) or removes (sign -1) the rows of b from a, in place. */
static void
merge(FunctionCallInfo fcinfo, DriverStats *a, const DriverStats *b, int sign)
{
	int			p = a->p;
	int			i;

	a->n = pgcx_count_add(a->n, sign * b->n, pgcx_caller_name(fcinfo));
	a->skipped = pgcx_count_add(a->skipped, sign * b->skipped, pgcx_caller_name(fcinfo));
	if (a->flags & DRIVER_STATS_EXACT)
	{
		int128	   *x = ds_sums(a);
		const int128 *y = ds_sums((DriverStats *) b);

		for (i = 0; i < DS_VARS(p) + DS_PAIRS(p); i++)
			add_exact(fcinfo, &x[i], sign * y[i]);
	}
	else
	{
		/* Chan, Golub and LeVeque (1979), pairwise update, weighted */
		double		wa = *ds_weight(a),
					wb = *ds_weight((DriverStats *) b),
					w = wa + wb;
		double	   *ma = ds_means(a);
		const double *mb = ds_means((DriverStats *) b);
		double	   *m2a = ds_moments(a);
		const double *m2b = ds_moments((DriverStats *) b);
		double		d[DRIVERS_MAX_WEIGHTS + 1];
		int			j,
					k = 0;

		Assert(sign == 1);
		if (wb == 0)
			return;
		for (i = 0; i <= p; i++)
			d[i] = mb[i] - ma[i];
		for (i = 0; i <= p; i++)
			for (j = i; j <= p; j++, k++)
				m2a[k] += m2b[k] + d[i] * d[j] * wa * wb / w;
		for (i = 0; i <= p; i++)
			ma[i] += d[i] * wb / w;
		*ds_weight(a) = w;
	}
}

/* The combine function: a + b, into a when an aggregate owns it. */
Datum
driver_stats_combine(PG_FUNCTION_ARGS)
{
	DriverStats *a,
			   *b;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();	/* two workers without rows */
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	b = driver_stats_checked(PG_GETARG_DATUM(1));
	if (PG_ARGISNULL(0))
		PG_RETURN_POINTER(pgcx_copy_to_state(fcinfo, b, VARSIZE(b)));
	a = driver_stats_checked(PG_GETARG_DATUM(0));
	check_alike(fcinfo, a, b);
	if (!pgcx_in_aggregate(fcinfo))
		a = memcpy(palloc(VARSIZE(a)), a, VARSIZE(a));
	merge(fcinfo, a, b, 1);
	PG_RETURN_POINTER(a);
}

/*
 * The inverse transition of a moving window: removes one row.  Exact sums
 * only; for means and co-moments it returns NULL, which makes PostgreSQL
 * compute the window's frame again.
 */
Datum
driver_stats_inverse(PG_FUNCTION_ARGS)
{
	DriverStats *s = (DriverStats *) PG_GETARG_POINTER(0);
	ArrayType  *a;
	Oid			ytype = pgcx_arg_type(fcinfo, 1);

	if (!(s->flags & DRIVER_STATS_EXACT))
		PG_RETURN_NULL();
	if (PG_ARGISNULL(2) || PG_ARGISNULL(1))
	{
		s->skipped--;
		PG_RETURN_POINTER(s);
	}
	a = PG_GETARG_ARRAYTYPE_P(2);
	if (ARR_HASNULL(a))
	{
		s->skipped--;
		PG_RETURN_POINTER(s);
	}
	exact_row(fcinfo, s, ytype == INT2OID ? PG_GETARG_INT16(1) :
			  ytype == INT4OID ? PG_GETARG_INT32(1) : PG_GETARG_INT64(1),
			  row_values(a), ARR_ELEMTYPE(a), -1);
	s->n--;
	PG_RETURN_POINTER(s);
}

/*
 * The means, standard deviations and correlation matrix of a state, in the
 * current memory context.  Exact sums give each covariance as
 * (n Σxy - Σx Σy) / n², computed in 128 bits, then rounded once.
 */
void
driver_stats_moments(DriverStats *s, DriverMoments *m)
{
	int			p = s->p;
	int			n = DS_VARS(p);
	double	   *cov = palloc(sizeof(double) * n * n);
	int			i,
				j,
				k = 0;

	m->p = p;
	m->n = s->n;
	m->skipped = s->skipped;
	m->mean = palloc(sizeof(double) * n);
	m->sd = palloc(sizeof(double) * n);
	m->corr = palloc(sizeof(double) * n * n);
	if (s->flags & DRIVER_STATS_EXACT)
	{
		int128	   *sums = ds_sums(s);
		int128	   *prod = ds_products(s);
		double		nn = (double) s->n;

		m->weight = nn;
		for (i = 0; i < n; i++)
			m->mean[i] = (double) sums[i] / nn;
		for (i = 0; i < n; i++)
			for (j = i; j < n; j++, k++)
			{
				int128		c;

				/* n Σxy - Σx Σy: |.| < 2^127 unless the sums are near overflow */
				if (__builtin_mul_overflow((int128) s->n, prod[k], &c) ||
					__builtin_sub_overflow(c, sums[i] * sums[j], &c))
					cov[i * n + j] = ((long double) prod[k] -
									  (long double) sums[i] * (long double) sums[j] / nn) / nn;
				else
					cov[i * n + j] = (double) c / (nn * nn);
				cov[j * n + i] = cov[i * n + j];
			}
	}
	else
	{
		double	   *m2 = ds_moments(s);
		double		w = *ds_weight(s);

		m->weight = w;
		for (i = 0; i < n; i++)
			m->mean[i] = ds_means(s)[i];
		for (i = 0; i < n; i++)
			for (j = i; j < n; j++, k++)
				cov[i * n + j] = cov[j * n + i] = m2[k] / w;
	}
	for (i = 0; i < n; i++)
		m->sd[i] = sqrt(cov[i * n + i]);
	for (i = 0; i < n; i++)
		for (j = 0; j < n; j++)
			m->corr[i * n + j] = (i == j) ? 1.0 :
				cov[i * n + j] / (m->sd[i] * m->sd[j]);
	pfree(cov);
}
