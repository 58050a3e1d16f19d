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

#include "catalog/pg_collation.h"
#include "catalog/pg_type.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/float.h"
#include "utils/lsyscache.h"
#include "utils/typcache.h"

#include "common/aggregate.h"
#include "drivers/driver_stats.h"

PG_FUNCTION_INFO_V1(driver_stats_trans);
PG_FUNCTION_INFO_V1(driver_stats_trans_weighted);
PG_FUNCTION_INFO_V1(driver_stats_trans_keyed);
PG_FUNCTION_INFO_V1(driver_stats_trans_keyed_weighted);
PG_FUNCTION_INFO_V1(driver_stats_combine);
PG_FUNCTION_INFO_V1(driver_stats_unmerge);
PG_FUNCTION_INFO_V1(driver_stats_inverse);
PG_FUNCTION_INFO_V1(driver_stats_inverse_keyed);

/* A new state for p drivers, in the current memory context. */
static DriverStats *
driver_stats_new(int p, int flags)
{
	Size		size = DS_SIZE(p, flags);
	DriverStats *s = (DriverStats *) palloc0(size);

	SET_VARSIZE(s, size);
	s->version = DRIVER_STATS_VERSION;
	s->flags = (uint8) flags;
	s->p = (uint16) p;
	return s;
}

/* A new state where the aggregate keeps its state. */
static DriverStats *
new_state(FunctionCallInfo fcinfo, int p, int flags)
{
	MemoryContext old = pgcx_state_context(fcinfo);
	DriverStats *s = driver_stats_new(p, flags);

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
	if (s != NULL && s->p != 0 && p != s->p)
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

/* An integer argument (smallint, integer or bigint) as an int64. */
static inline int64
int_arg(FunctionCallInfo fcinfo, int argno, Oid type)
{
	return type == INT2OID ? PG_GETARG_INT16(argno) :
		type == INT4OID ? PG_GETARG_INT32(argno) : PG_GETARG_INT64(argno);
}

/* Fails with 22003: exact sums would pass 128 bits. */
static void
sums_overflow(FunctionCallInfo fcinfo)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("%s: the sums of the answers overflow 128 bits",
					pgcx_caller_name(fcinfo)),
			 errhint("Answers of a survey scale are small integers; rescale bigint answers.")));
}

/* Fails with 22003: means or co-moments would pass double precision. */
static void
moments_overflow(FunctionCallInfo fcinfo)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("%s: the co-moments of the answers overflow double precision",
					fcinfo ? pgcx_caller_name(fcinfo) : "driver_stats"),
			 errhint("Rescale the answers, e.g. to thousands.")));
}

/* Adds x to an exact sum, refusing to overflow. */
static inline void
add_exact(FunctionCallInfo fcinfo, int128 *sum, int128 x)
{
	if (unlikely(__builtin_add_overflow(*sum, x, sum)))
		sums_overflow(fcinfo);
}

/*
 * Adds (sign +1) or removes (sign -1) one complete row of integer answers
 * v[0 .. p] to the exact sums of a block.  Answers of smallint or integer
 * columns have products below 2^62: an aggregate of them (fewer than 2^63
 * rows, each counted in n) keeps every sum below 2^125, so additions need
 * no check.  Removals, and bigint answers, are checked.
 */
static void
exact_row(FunctionCallInfo fcinfo, int p, char *block, const int64 *v,
		  bool small, int sign)
{
	int128	   *sums = block_sums(block);
	int128	   *prod = block_products(block, p);
	int			i,
				j,
				k = 0;

	if (small && sign > 0)
	{
		for (i = 0; i <= p; i++)
		{
			int64		vi = v[i];

			sums[i] += vi;
			for (j = i; j <= p; j++)
				prod[k++] += vi * v[j];
		}
		return;
	}
	for (i = 0; i <= p; i++)
	{
		add_exact(fcinfo, &sums[i], (int128) sign * v[i]);
		for (j = i; j <= p; j++)
			add_exact(fcinfo, &prod[k++], (int128) sign * ((int128) v[i] * v[j]));
	}
}

/*
 * Adds one complete row of double precision answers with weight w; false
 * when a co-moment overflows.
 */
static bool
moment_row(int p, char *block, const double *v, double w)
{
	double	   *total = block_weight(block);
	double	   *mean = block_means(block);
	double	   *m2 = block_moments(block, p);
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
	/* |M_ij| <= sqrt(M_ii M_jj): finite variances keep every value finite */
	for (i = 0; i <= p; i++)
		if (unlikely(!isfinite(m2[DS_PAIR(p, i, i)])))
			return false;
	return true;
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
 * The extended hash function of the row key's type (bigint, text or uuid),
 * found once per call site.
 */
typedef struct KeyHash
{
	Oid			type;
	FmgrInfo	proc;
} KeyHash;

/* The group of a row: its key's extended hash (seed 0) modulo the groups. */
static int
key_group(FunctionCallInfo fcinfo, Datum key)
{
	KeyHash    *kh = (KeyHash *) fcinfo->flinfo->fn_extra;
	Oid			type = pgcx_arg_type(fcinfo, 1);
	uint64		h;

	if (kh == NULL || kh->type != type)
	{
		TypeCacheEntry *tc = lookup_type_cache(type, TYPECACHE_HASH_EXTENDED_PROC_FINFO);

		/* the keys of the aggregates' forms, bigint, text and uuid, all have one */
		if (!OidIsValid(tc->hash_extended_proc))
			elog(ERROR, "%s: no extended hash function for a row key of type %s",
				 pgcx_caller_name(fcinfo), format_type_be(type));
		kh = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, sizeof(KeyHash));
		kh->type = type;
		fmgr_info_copy(&kh->proc, &tc->hash_extended_proc_finfo, fcinfo->flinfo->fn_mcxt);
		fcinfo->flinfo->fn_extra = kh;
	}
	/*
	 * A text key hashes its bytes (the C collation), whatever the column's
	 * collation and even where none is passed (a Citus worker's partial
	 * aggregate): the groups never depend on the plan.
	 */
	h = DatumGetUInt64(FunctionCall2Coll(&kh->proc, C_COLLATION_OID, key, UInt64GetDatum(0)));
	return (int) (h % DRIVER_STATS_GROUPS);
}

/*
 * The state a transition (or inverse transition) updates: NULL, the
 * aggregate's own state, or, when the function is called on its own, a
 * validated copy of its argument, which must be of the kind `flags` says.
 */
static DriverStats *
transition_state(FunctionCallInfo fcinfo, int flags)
{
	DriverStats *s;

	if (PG_ARGISNULL(0))
		return NULL;
	if (likely(pgcx_in_aggregate(fcinfo)))
		return (DriverStats *) PG_GETARG_POINTER(0);
	s = driver_stats_checked(PG_GETARG_DATUM(0));
	if (s->flags != flags)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s: the statistics given are not of this aggregate's kind",
						pgcx_caller_name(fcinfo)),
				 errdetail("Integer answers without weights are summed exactly, others keep means and co-moments; a row key divides the rows into groups.")));
	return memcpy(palloc(VARSIZE(s)), s, VARSIZE(s));
}

/*
 * One row: an optional row key (argument 1 when keyed), then the outcome,
 * the drivers and a weight (1 when weighted is false).
 */
static Datum
trans(FunctionCallInfo fcinfo, bool weighted, bool keyed)
{
	int			ya = keyed ? 2 : 1;
	Oid			ytype = pgcx_arg_type(fcinfo, ya);
	/* the outcome and the drivers of every form are of one kind */
	int			flags = (!weighted && ytype != FLOAT8OID ? DRIVER_STATS_EXACT : 0) |
		(keyed ? DRIVER_STATS_GROUPED : 0);
	DriverStats *s = transition_state(fcinfo, flags);
	ArrayType  *a;
	Oid			xtype;
	int			p,
				g = 0;
	double		w = 1.0;

	if (PG_ARGISNULL(ya + 1))
	{
		/* no drivers: before any array, a state of 0 drivers counts the row */
		if (s == NULL)
			s = new_state(fcinfo, 0, flags);
		s->skipped = pgcx_count_add(s->skipped, 1, pgcx_caller_name(fcinfo));
		PG_RETURN_POINTER(s);
	}
	a = PG_GETARG_ARRAYTYPE_P(ya + 1);
	xtype = ARR_ELEMTYPE(a);
	p = row_drivers(fcinfo, a, s);
	if (s != NULL && s->p == 0)
	{
		/* the first row with drivers: the rows left out before it carry over */
		int64		skipped = s->skipped;

		s = new_state(fcinfo, p, flags);
		s->skipped = skipped;
	}
	if (PG_ARGISNULL(ya) || (weighted && PG_ARGISNULL(ya + 2)) ||
		(keyed && PG_ARGISNULL(1)) || ARR_HASNULL(a))
	{
		if (s == NULL)
			s = new_state(fcinfo, p, flags);
		s->skipped = pgcx_count_add(s->skipped, 1, pgcx_caller_name(fcinfo));
		PG_RETURN_POINTER(s);
	}
	if (weighted)
	{
		w = PG_GETARG_FLOAT8(ya + 2);
		if (!isfinite(w) || w < 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s: the weight of row " INT64_FORMAT " is %s",
							pgcx_caller_name(fcinfo), row_number(s), float8out_internal(w)),
					 errdetail("Weights are finite and not negative.")));
	}
	if (s == NULL)
		s = new_state(fcinfo, p, flags);
	if (keyed)
	{
		g = key_group(fcinfo, PG_GETARG_DATUM(1));
		ds_group_n(s)[g]++;		/* below s->n, which is checked */
	}
	if (s->flags & DRIVER_STATS_EXACT)
	{
		int64		v[DRIVERS_MAX_WEIGHTS + 1];
		const char *x = row_values(a);
		int			i;

		v[0] = int_arg(fcinfo, ya, ytype);
		for (i = 0; i < p; i++)
			v[i + 1] = int_element(x, xtype, i);
		exact_row(fcinfo, p, ds_block(s, g), v,
				  ytype != INT8OID && xtype != INT8OID, 1);
	}
	else
	{
		double		v[DRIVERS_MAX_WEIGHTS + 1];
		int			i;

		v[0] = finite_answer(fcinfo, s, ytype == FLOAT8OID ? PG_GETARG_FLOAT8(ya) :
							 (double) int_arg(fcinfo, ya, ytype), 0);
		for (i = 0; i < p; i++)
			v[i + 1] = finite_answer(fcinfo, s, xtype == FLOAT8OID ?
									 ((const double *) row_values(a))[i] :
									 (double) int_element(row_values(a), xtype, i),
									 i + 1);
		if (w > 0 && !moment_row(p, ds_block(s, g), v, w))
			moments_overflow(fcinfo);
	}
	s->n = pgcx_count_add(s->n, 1, pgcx_caller_name(fcinfo));
	PG_RETURN_POINTER(s);
}

/* driver_stats(outcome, drivers): one row, unweighted */
Datum
driver_stats_trans(PG_FUNCTION_ARGS)
{
	return trans(fcinfo, false, false);
}

/* driver_stats(outcome, drivers, weight): one row, weighted */
Datum
driver_stats_trans_weighted(PG_FUNCTION_ARGS)
{
	return trans(fcinfo, true, false);
}

/* driver_stats(row_key, outcome, drivers): one row, unweighted */
Datum
driver_stats_trans_keyed(PG_FUNCTION_ARGS)
{
	return trans(fcinfo, false, true);
}

/* driver_stats(row_key, outcome, drivers, weight): one row, weighted */
Datum
driver_stats_trans_keyed_weighted(PG_FUNCTION_ARGS)
{
	return trans(fcinfo, true, true);
}

/* Says what is wrong with one block of a stored state of n rows, or NULL. */
static const char *
block_problem(int p, bool exact, const char *block, int64 n)
{
	int			i;

	if (exact)
	{
		const int128 *sums = (const int128 *) block;
		const int128 *prod = sums + DS_VARS(p);

		/* Σx² ≥ 0, and nothing without rows */
		for (i = 0; i < DS_VARS(p); i++)
			if (prod[DS_PAIR(p, i, i)] < 0)
				return "The sums do not come from rows: a sum of squares is negative, or there are sums without rows.";
		if (n == 0)
			for (i = 0; i < DS_EXACT_VALUES(p); i++)
				if (sums[i] != 0)
					return "The sums do not come from rows: a sum of squares is negative, or there are sums without rows.";
	}
	else
	{
		const double *w = (const double *) block;
		const double *m2 = w + 1 + DS_VARS(p);

		for (i = 0; i < DS_MOMENT_VALUES(p); i++)
			if (!isfinite(w[i]))
				return "The weight, means and comoments are finite.";
		if (!(*w >= 0) || (n == 0 && *w != 0))
			return "The total weight must not be negative, and is 0 without rows.";
		/* rows that weigh nothing leave the means and co-moments at 0 */
		if (*w == 0)
			for (i = 1; i < DS_MOMENT_VALUES(p); i++)
				if (w[i] != 0)
					return "Means and co-moments without weight must be 0.";
		for (i = 0; i < DS_VARS(p); i++)
			if (!(m2[DS_PAIR(p, i, i)] >= 0))
				return "A co-moment of a variable with itself must not be negative.";
	}
	return NULL;
}

/* Says what is wrong with a stored state of `size` bytes, or NULL. */
const char *
driver_stats_problem(const DriverStats *s, Size size)
{
	bool		exact;
	int			g;
	int64		total = 0;
	const char *problem;

	if (size < sizeof(DriverStats))
		return "The value is shorter than its header.";
	if (s->version != DRIVER_STATS_VERSION)
		return psprintf("Version %d is not one this pgcx reads (it reads version %d).",
						s->version, DRIVER_STATS_VERSION);
	if ((s->flags & ~DRIVER_STATS_FLAGS) != 0)
		return "The flags word has bits that version 1 does not define.";
	if (s->p > DRIVERS_MAX_WEIGHTS)
		return psprintf("The number of drivers must be 1 to %d (0 before any row with drivers).",
						DRIVERS_MAX_WEIGHTS);
	if (size != DS_SIZE(s->p, s->flags))
		return "The size does not match the number of drivers.";
	if (s->n < 0 || s->skipped < 0)
		return "The counts of rows must not be negative.";
	if (s->p == 0 && s->n != 0)
		return "Complete rows have drivers: a value of 0 drivers has none.";
	exact = (s->flags & DRIVER_STATS_EXACT) != 0;
	if (!(s->flags & DRIVER_STATS_GROUPED))
		return block_problem(s->p, exact, ds_block((DriverStats *) s, 0), s->n);
	for (g = 0; g < DRIVER_STATS_GROUPS; g++)
	{
		int64		n = ds_group_n((DriverStats *) s)[g];

		if (n < 0 || pg_add_s64_overflow(total, n, &total))
			return "The counts of rows of the groups must not be negative.";
		problem = block_problem(s->p, exact, ds_block((DriverStats *) s, g), n);
		if (problem)
			return problem;
	}
	if (total != s->n)
		return "The rows of the groups do not add up to the complete rows.";
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

/* Refuses to merge two states of different kinds (22023). */
static void
check_kind(FunctionCallInfo fcinfo, const DriverStats *a, const DriverStats *b)
{
	if ((a->flags ^ b->flags) & DRIVER_STATS_EXACT)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s: cannot merge exact integer statistics with weighted or double precision ones",
						pgcx_caller_name(fcinfo)),
				 errdetail("Integer answers without weights are summed exactly; others keep means and co-moments.")));
	if ((a->flags ^ b->flags) & DRIVER_STATS_GROUPED)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s: cannot merge statistics gathered with a row key with statistics gathered without",
						pgcx_caller_name(fcinfo)),
				 errdetail("A row key divides the rows into groups, which the other value does not have.")));
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
	check_kind(fcinfo, a, b);
}

/*
 * Adds (sign 1) or removes (sign -1) the rows of block b to block a, in
 * place; fcinfo (for messages) may be NULL.
 */
static void
merge_block(FunctionCallInfo fcinfo, int p, bool exact, char *a, const char *b, int sign)
{
	int			i,
				j,
				k = 0;

	if (exact)
	{
		int128	   *x = (int128 *) a;
		const int128 *y = (const int128 *) b;

		for (i = 0; i < DS_EXACT_VALUES(p); i++)
			if (unlikely(__builtin_add_overflow(x[i], sign * y[i], &x[i])))
			{
				if (fcinfo)
					sums_overflow(fcinfo);
				ereport(ERROR,
						(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
						 errmsg("the sums of the answers overflow 128 bits")));
			}
	}
	else
	{
		/* Chan, Golub and LeVeque (1979), pairwise update, weighted */
		double		wa = *block_weight(a),
					wb = *block_weight((char *) b),
					w = wa + wb;
		double	   *ma = block_means(a);
		const double *mb = block_means((char *) b);
		double	   *m2a = block_moments(a, p);
		const double *m2b = block_moments((char *) b, p);
		double		d[DRIVERS_MAX_WEIGHTS + 1];

		double		f,
					g;

		Assert(sign == 1);
		if (wb == 0)
			return;
		if (wa == 0)
		{
			/* a holds no weight, and then only zeros: the merge is b */
			memcpy(a, b, DS_BLOCK_SIZE(p, false));
			return;
		}
		/* wa wb / w and wb / w, neither of which can overflow */
		f = (wa / w) * wb;
		g = wb / w;
		for (i = 0; i <= p; i++)
			d[i] = mb[i] - ma[i];
		for (i = 0; i <= p; i++)
			for (j = i; j <= p; j++, k++)
				m2a[k] += m2b[k] + (d[i] * f) * d[j];
		for (i = 0; i <= p; i++)
			ma[i] += d[i] * g;
		*block_weight(a) = w;
		for (i = 0; i < DS_MOMENT_VALUES(p); i++)
			if (!isfinite(((double *) a)[i]))
				moments_overflow(fcinfo);
	}
}

/* Adds the rows of b to a, in place. */
static void
merge(FunctionCallInfo fcinfo, DriverStats *a, DriverStats *b)
{
	bool		exact = (a->flags & DRIVER_STATS_EXACT) != 0;
	int			g;

	a->n = pgcx_count_add(a->n, b->n, pgcx_caller_name(fcinfo));
	a->skipped = pgcx_count_add(a->skipped, b->skipped, pgcx_caller_name(fcinfo));
	for (g = 0; g < ds_groups(a); g++)
	{
		if (a->flags & DRIVER_STATS_GROUPED)
			ds_group_n(a)[g] += ds_group_n(b)[g];	/* each below a->n */
		merge_block(fcinfo, a->p, exact, ds_block(a, g), ds_block(b, g), 1);
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
	if (a->p == 0 || b->p == 0)
	{
		/* rows without drivers only: their count joins the other side */
		DriverStats *known = a->p == 0 ? b : a;
		int64		skipped = pgcx_count_add(a->skipped, b->skipped, pgcx_caller_name(fcinfo));

		if ((a->flags ^ b->flags) != 0)
			check_kind(fcinfo, a, b);
		if (known == a && pgcx_in_aggregate(fcinfo))
		{
			a->skipped = skipped;
			PG_RETURN_POINTER(a);
		}
		known = pgcx_copy_to_state(fcinfo, known, VARSIZE(known));
		known->skipped = skipped;
		PG_RETURN_POINTER(known);
	}
	check_alike(fcinfo, a, b);
	if (!pgcx_in_aggregate(fcinfo))
		a = memcpy(palloc(VARSIZE(a)), a, VARSIZE(a));
	merge(fcinfo, a, b);
	PG_RETURN_POINTER(a);
}

/*
 * The inverse transition of rollup(driver_stats) over a moving window:
 * removes statistics that were merged in before.  Exact sums only; for
 * means and co-moments it returns NULL, and PostgreSQL merges the frame
 * again.
 */
Datum
driver_stats_unmerge(PG_FUNCTION_ARGS)
{
	DriverStats *a,
			   *b;
	const char *problem;
	int			g;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	if (PG_ARGISNULL(0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s: cannot remove statistics from an empty rollup", pgcx_caller_name(fcinfo)),
				 errdetail("Only statistics that were merged in can be removed.")));
	a = driver_stats_checked(PG_GETARG_DATUM(0));
	b = driver_stats_checked(PG_GETARG_DATUM(1));
	if (!(a->flags & DRIVER_STATS_EXACT))
		PG_RETURN_NULL();
	if (!pgcx_in_aggregate(fcinfo))
		a = memcpy(palloc(VARSIZE(a)), a, VARSIZE(a));
	if (b->p != 0 && a->p != b->p)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s: cannot remove the statistics of %d drivers from those of %d",
						pgcx_caller_name(fcinfo), (int) b->p, (int) a->p),
				 errdetail("Only statistics that were merged in can be removed.")));
	if (b->p != 0)
		check_alike(fcinfo, a, b);
	a->skipped -= b->skipped;	/* both are counts, not negative */
	if (b->p != 0)
	{
		a->n -= b->n;
		for (g = 0; g < ds_groups(a); g++)
		{
			if (a->flags & DRIVER_STATS_GROUPED)
				ds_group_n(a)[g] -= ds_group_n(b)[g];
			merge_block(fcinfo, a->p, true, ds_block(a, g), ds_block(b, g), -1);
		}
	}
	problem = driver_stats_problem(a, VARSIZE(a));
	if (problem || a->skipped < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s: cannot remove statistics that were not merged in", pgcx_caller_name(fcinfo)),
				 errdetail("Only statistics that were merged in can be removed.")));
	PG_RETURN_POINTER(a);
}

/*
 * The state after an inverse transition.  A moving window removes only rows
 * it added; a call on its own may try others, and a state that no rows can
 * give is refused.
 */
static Datum
removed(FunctionCallInfo fcinfo, DriverStats *s)
{
	if (!pgcx_in_aggregate(fcinfo) && driver_stats_problem(s, VARSIZE(s)) != NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s: cannot remove a row that was not added", pgcx_caller_name(fcinfo)),
				 errdetail("Only a row that was added can be removed.")));
	PG_RETURN_POINTER(s);
}

/*
 * The inverse transition of a moving window: removes one row.  Exact sums
 * only; for means and co-moments it returns NULL, which makes PostgreSQL
 * compute the window's frame again.
 */
static Datum
inverse(FunctionCallInfo fcinfo, bool keyed)
{
	DriverStats *s;
	int			ya = keyed ? 2 : 1;
	Oid			ytype = pgcx_arg_type(fcinfo, ya);
	ArrayType  *a;
	int64		v[DRIVERS_MAX_WEIGHTS + 1];
	int			g = 0,
				i;

	/* a moving window never removes a row from a NULL state; a call alone may */
	if (PG_ARGISNULL(0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s: cannot remove a row from statistics of no rows", pgcx_caller_name(fcinfo)),
				 errdetail("Only a row that was added can be removed.")));
	s = transition_state(fcinfo, DRIVER_STATS_EXACT | (keyed ? DRIVER_STATS_GROUPED : 0));
	if (!(s->flags & DRIVER_STATS_EXACT))
		PG_RETURN_NULL();
	if (PG_ARGISNULL(ya + 1) || PG_ARGISNULL(ya) || (keyed && PG_ARGISNULL(1)) ||
		ARR_HASNULL(a = PG_GETARG_ARRAYTYPE_P(ya + 1)))
	{
		s->skipped--;
		return removed(fcinfo, s);
	}
	if (row_drivers(fcinfo, a, s) != s->p)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s: cannot remove a row with drivers from statistics of none", pgcx_caller_name(fcinfo)),
				 errdetail("Only a row that was added can be removed.")));
	if (keyed)
	{
		g = key_group(fcinfo, PG_GETARG_DATUM(1));
		ds_group_n(s)[g]--;
	}
	v[0] = int_arg(fcinfo, ya, ytype);
	for (i = 0; i < s->p; i++)
		v[i + 1] = int_element(row_values(a), ARR_ELEMTYPE(a), i);
	exact_row(fcinfo, s->p, ds_block(s, g), v, false, -1);
	s->n--;
	return removed(fcinfo, s);
}

Datum
driver_stats_inverse(PG_FUNCTION_ARGS)
{
	return inverse(fcinfo, false);
}

Datum
driver_stats_inverse_keyed(PG_FUNCTION_ARGS)
{
	return inverse(fcinfo, true);
}

/* A state of the same drivers and kind, without groups. */
static DriverStats *
ungrouped_like(const DriverStats *s)
{
	return driver_stats_new(s->p, s->flags & ~DRIVER_STATS_GROUPED);
}

/* The rows of every group of a state, as a state without groups. */
DriverStats *
driver_stats_total(DriverStats *s)
{
	DriverStats *t;
	int			g;

	if (!(s->flags & DRIVER_STATS_GROUPED))
		return s;
	t = ungrouped_like(s);
	t->n = s->n;
	t->skipped = s->skipped;
	for (g = 0; g < DRIVER_STATS_GROUPS; g++)
		merge_block(NULL, s->p, (s->flags & DRIVER_STATS_EXACT) != 0,
					ds_block(t, 0), ds_block(s, g), 1);
	return t;
}

/*
 * The rows of every group but g, as a state without groups (the replicate
 * of the delete-a-group jackknife); total is driver_stats_total(s).
 * Exact sums subtract the group; moments merge the other groups.
 */
DriverStats *
driver_stats_without_group(DriverStats *s, DriverStats *total, int g)
{
	bool		exact = (s->flags & DRIVER_STATS_EXACT) != 0;
	DriverStats *t;
	int			h;

	Assert(s->flags & DRIVER_STATS_GROUPED);
	if (exact)
	{
		t = memcpy(palloc(VARSIZE(total)), total, VARSIZE(total));
		merge_block(NULL, s->p, true, ds_block(t, 0), ds_block(s, g), -1);
	}
	else
	{
		t = ungrouped_like(s);
		for (h = 0; h < DRIVER_STATS_GROUPS; h++)
			if (h != g)
				merge_block(NULL, s->p, false, ds_block(t, 0), ds_block(s, h), 1);
	}
	t->n = s->n - ds_group_n(s)[g];
	t->skipped = 0;
	return t;
}

/*
 * The means, standard deviations and correlation matrix of a state without
 * groups, in the current memory context.  Exact sums give each covariance
 * as (n Σxy - Σx Σy) / n², computed in 128 bits, then rounded once.
 */
void
driver_stats_moments(DriverStats *s, DriverMoments *m)
{
	int			p = s->p;
	int			n = DS_VARS(p);
	double	   *cov = palloc(sizeof(double) * n * n);
	char	   *block = ds_block(s, 0);
	int			i,
				j,
				k = 0;

	Assert(!(s->flags & DRIVER_STATS_GROUPED));
	m->p = p;
	m->n = s->n;
	m->skipped = s->skipped;
	m->mean = palloc(sizeof(double) * n);
	m->sd = palloc(sizeof(double) * n);
	m->corr = palloc(sizeof(double) * n * n);
	if (s->flags & DRIVER_STATS_EXACT)
	{
		int128	   *sums = block_sums(block);
		int128	   *prod = block_products(block, p);
		double		nn = (double) s->n;

		m->weight = nn;
		for (i = 0; i < n; i++)
			m->mean[i] = (double) sums[i] / nn;
		for (i = 0; i < n; i++)
			for (j = i; j < n; j++, k++)
			{
				int128		c,
							d;

				/* n Σxy - Σx Σy: |.| < 2^127 unless the sums are near overflow */
				if (__builtin_mul_overflow((int128) s->n, prod[k], &c) ||
					__builtin_mul_overflow(sums[i], sums[j], &d) ||
					__builtin_sub_overflow(c, d, &c))
					cov[i * n + j] = ((long double) prod[k] -
									  (long double) sums[i] * (long double) sums[j] / nn) / nn;
				else
					cov[i * n + j] = (double) c / (nn * nn);
				cov[j * n + i] = cov[i * n + j];
			}
	}
	else
	{
		double	   *m2 = block_moments(block, p);
		double		w = *block_weight(block);

		m->weight = w;
		for (i = 0; i < n; i++)
			m->mean[i] = block_means(block)[i];
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
