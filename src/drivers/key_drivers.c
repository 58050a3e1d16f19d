/*
 * key_drivers.c
 *		key_drivers(stats, names): the importance of each driver of an
 *		outcome, read from a driver_stats value.
 *
 * One row per driver, in the caller's order: its Shapley value (LMG), its
 * relative weight, its first (r² alone) and last (R² lost without it)
 * contributions and its standardized coefficient, each importance also as a
 * percentage of R² (importance.c computes them).  Before any figure, the
 * statistics are checked: too few complete rows or an outcome that never
 * varies give no figure (a NOTICE says why); a driver that never varies or
 * drivers that are linear combinations of one another are an error naming
 * them, never a weight computed from rounding noise.
 */
#include "postgres.h"

#include <math.h>

#include "funcapi.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/tuplestore.h"

#include "common/pgcx.h"
#include "drivers/driver_stats.h"

PG_FUNCTION_INFO_V1(key_drivers);

/* residual variance below which a driver counts as a combination of others */
#define COLLINEAR_TOLERANCE 1e-10

/* The names of the drivers, one per driver, none NULL (2202E, 22004). */
static char **
driver_names(ArrayType *names, int p)
{
	Datum	   *elems;
	bool	   *nulls;
	int			n,
				i;
	char	  **out;

	if (ARR_NDIM(names) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("key_drivers: the names are a %d-dimensional array", ARR_NDIM(names)),
				 errdetail("The names are a one-dimensional array, one per driver, in the drivers' order.")));
	deconstruct_array(names, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &n);
	if (n != p)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("key_drivers: %d names for %d drivers", n, p),
				 errdetail("The names are one per driver, in the drivers' order.")));
	out = palloc(sizeof(char *) * p);
	for (i = 0; i < p; i++)
	{
		if (nulls[i])
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("key_drivers: the name of driver %d is NULL", i + 1)));
		out[i] = TextDatumGetCString(elems[i]);
	}
	return out;
}

/*
 * Refuses drivers that never vary, and drivers whose values a combination
 * of the others gives (their correlation matrix is singular): swept in
 * order, a driver whose residual variance vanishes is named with the
 * drivers before it that explain it.
 */
static void
check_drivers(const DriverMoments *m, char **names)
{
	int			p = m->p;
	int			n = p + 1;
	double	   *a = palloc(sizeof(double) * p * p);
	int			i,
				j,
				k;

	for (j = 0; j < p; j++)
		if (m->sd[j + 1] == 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("key_drivers: driver \"%s\" has the same answer on every row", names[j]),
					 errdetail("A driver that never varies explains nothing; its importance is not defined."),
					 errhint("Leave \"%s\" out of the drivers.", names[j])));
	for (i = 0; i < p; i++)
		for (j = 0; j < p; j++)
			a[i * p + j] = m->corr[(i + 1) * n + (j + 1)];
	/* Gaussian elimination of the drivers' correlations, in order */
	for (k = 0; k < p; k++)
	{
		if (a[k * p + k] < COLLINEAR_TOLERANCE)
		{
			StringInfoData others;
			int			listed = 0;

			initStringInfo(&others);
			for (j = 0; j < k; j++)
				appendStringInfo(&others, "%s\"%s\"", listed++ ? ", " : "", names[j]);
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("key_drivers: driver \"%s\" is a linear combination of %s",
							names[k], others.data),
					 errdetail("Drivers that carry the same information cannot be told apart; their importances are not defined."),
					 errhint("Leave \"%s\" out, or merge it with the drivers it repeats.", names[k])));
		}
		for (i = k + 1; i < p; i++)
		{
			double		f = a[i * p + k] / a[k * p + k];

			for (j = k + 1; j < p; j++)
				a[i * p + j] -= f * a[k * p + j];
		}
	}
	pfree(a);
}

/* Standardized coefficients β = R_xx⁻¹ r_xy, by Gauss-Jordan sweeps. */
static void
standardized_beta(const DriverMoments *m, double *beta)
{
	int			p = m->p;
	int			n = p + 1;
	double	   *a = palloc(sizeof(double) * p * (p + 1));
	int			i,
				j,
				k;

	/* the augmented matrix [R_xx | r_xy] */
	for (i = 0; i < p; i++)
	{
		for (j = 0; j < p; j++)
			a[i * (p + 1) + j] = m->corr[(i + 1) * n + (j + 1)];
		a[i * (p + 1) + p] = m->corr[(i + 1) * n];
	}
	for (k = 0; k < p; k++)
	{
		double		d = a[k * (p + 1) + k];

		for (j = k; j <= p; j++)
			a[k * (p + 1) + j] /= d;
		for (i = 0; i < p; i++)
		{
			double		f = a[i * (p + 1) + k];

			if (i == k || f == 0)
				continue;
			for (j = k; j <= p; j++)
				a[i * (p + 1) + j] -= f * a[k * (p + 1) + j];
		}
	}
	for (i = 0; i < p; i++)
		beta[i] = a[i * (p + 1) + p];
	pfree(a);
}

/*
 * key_drivers(stats driver_stats, names text[]) → TABLE(driver, shapley,
 * shapley_pct, relative_weight, relative_weight_pct, first, last, beta, r2,
 * n, skipped)
 */
Datum
key_drivers(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	DriverStats *s;
	DriverMoments m;
	char	  **names;
	double	   *r2,
			   *shapley,
			   *conditional,
			   *weights,
			   *beta;
	int			p,
				j;
	uint32		all;

	InitMaterializedSRF(fcinfo, 0);
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	s = driver_stats_checked(PG_GETARG_DATUM(0));
	p = s->p;
	if (PG_ARGISNULL(1))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("key_drivers: the names of the drivers are NULL")));
	names = driver_names(PG_GETARG_ARRAYTYPE_P(1), p);
	if (p > DRIVERS_MAX_SUBSETS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("key_drivers: Shapley values of %d drivers would need R² of 2^%d subsets", p, p),
				 errdetail("key_drivers computes them exactly for up to %d drivers.", DRIVERS_MAX_SUBSETS),
				 errhint("Use driver_weights(), Johnson's relative weights, for up to %d drivers.",
						 DRIVERS_MAX_WEIGHTS)));
	if (s->n < p + 2)
	{
		ereport(NOTICE,
				(errmsg("key_drivers: " INT64_FORMAT " complete rows for %d drivers, no importance computed",
						s->n, p),
				 errdetail("Importances need at least as many complete rows as drivers plus 2 (" INT64_FORMAT " rows were left out for a missing answer).",
						   s->skipped)));
		PG_RETURN_NULL();
	}
	driver_stats_moments(s, &m);
	if (m.sd[0] == 0)
	{
		ereport(NOTICE,
				(errmsg("key_drivers: the outcome has the same answer on every complete row, no importance computed"),
				 errdetail("Drivers explain the variation of an outcome; this one does not vary.")));
		PG_RETURN_NULL();
	}
	check_drivers(&m, names);

	all = (uint32) 1 << p;
	r2 = palloc(sizeof(double) * all);
	shapley = palloc(sizeof(double) * p);
	conditional = palloc(sizeof(double) * p * p);
	weights = palloc(sizeof(double) * p);
	beta = palloc(sizeof(double) * p);
	importance_subset_r2(m.corr, p, r2);
	importance_shapley(r2, p, shapley, conditional);
	importance_relative_weights(m.corr, p, weights);
	standardized_beta(&m, beta);

	for (j = 0; j < p; j++)
	{
		Datum		values[11];
		bool		nulls[11] = {0};
		double		full = r2[all - 1];

		values[0] = CStringGetTextDatum(names[j]);
		values[1] = Float8GetDatum(shapley[j]);
		values[2] = Float8GetDatum(100.0 * shapley[j] / full);
		values[3] = Float8GetDatum(weights[j]);
		values[4] = Float8GetDatum(100.0 * weights[j] / full);
		values[5] = Float8GetDatum(r2[(uint32) 1 << j]);
		values[6] = Float8GetDatum(full - r2[(all - 1) & ~((uint32) 1 << j)]);
		values[7] = Float8GetDatum(beta[j]);
		values[8] = Float8GetDatum(full);
		values[9] = Int64GetDatum(m.n);
		values[10] = Int64GetDatum(m.skipped);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}
