/*
 * key_drivers.c
 *		The final functions of driver_stats: the importance of each driver
 *		of an outcome (key_drivers, driver_weights), R² (driver_r2), the
 *		importance-performance quadrant (driver_performance) and dominance
 *		(driver_dominance, driver_conditional_dominance).
 *
 * Every function reads the statistics the same way (figures_of): too few
 * complete rows, no weight or an outcome that never varies give NULL
 * figures and a NOTICE saying why; a driver that never varies or drivers
 * that are linear combinations of one another are an error naming them,
 * never a weight computed from rounding noise.
 *
 * Intervals come from a delete-a-group jackknife (JK1) when the statistics
 * were gathered with a row key: with G = DRIVER_STATS_GROUPS groups and
 * θ_(g) the figure without group g, SE² = (G - 1) / G Σ (θ_(g) - θ̄)², and
 * the 95 % interval is θ ± t(0.975, G - 1) SE.  The groups come from a hash
 * of the key, so the interval does not depend on the plan.
 */
#include "postgres.h"

#include <math.h>

#include "funcapi.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
#include "utils/tuplestore.h"

#include "common/pgcx.h"
#include "common/parse.h"
#include "common/stats.h"
#include "drivers/driver_stats.h"

PG_FUNCTION_INFO_V1(key_drivers);
PG_FUNCTION_INFO_V1(driver_weights);
PG_FUNCTION_INFO_V1(driver_r2);
PG_FUNCTION_INFO_V1(driver_performance);
PG_FUNCTION_INFO_V1(driver_dominance);
PG_FUNCTION_INFO_V1(driver_conditional_dominance);

/* residual variance below which a driver counts as a combination of others */
#define COLLINEAR_TOLERANCE 1e-10
/* a coefficient this small, relative to the largest, is not a part */
#define PART_TOLERANCE 1e-6
/* one increment of R² exceeds another by more than this share of R² */
#define DOMINANCE_TOLERANCE 1e-12

/* what a final function computes beyond R² and the standardized betas */
#define WANT_SUBSETS 0x01		/* R² of every subset: Shapley, dominance */
#define WANT_WEIGHTS 0x02		/* relative weights */

typedef enum FigureStatus
{
	FIGURES_OK,
	FIGURES_FEW_ROWS,			/* fewer complete rows than drivers + 2 */
	FIGURES_NO_WEIGHT,			/* the rows weigh nothing */
	FIGURES_CONSTANT_OUTCOME,
	FIGURES_CONSTANT_DRIVER,	/* driver `bad` never varies */
	FIGURES_COLLINEAR			/* driver `bad` combines earlier ones */
} FigureStatus;

/* The figures of one state (all rows, or a jackknife replicate). */
typedef struct Figures
{
	int			p;
	FigureStatus status;
	int			bad;			/* the driver of a status about a driver */
	DriverMoments m;
	double		r2;				/* R² of all drivers */
	double	   *beta;			/* standardized coefficients */
	double	   *first;			/* r² of each driver alone */
	double	   *last;			/* R² lost without each driver */
	double	   *subset_r2;		/* 2^p, with WANT_SUBSETS */
	double	   *shapley;		/* with WANT_SUBSETS */
	double	   *conditional;	/* p x p, with WANT_SUBSETS */
	double	   *weights;		/* with WANT_WEIGHTS */
} Figures;

/* The caller of a final function, its statistics and the drivers' names. */
typedef struct FinalCall
{
	const char *name;
	DriverStats *stats;			/* as given (with groups, if any) */
	DriverStats *total;			/* without groups */
	int			p;
	char	  **names;
} FinalCall;

/* The names of the drivers, one per driver, none NULL (2202E, 22004). */
static char **
driver_names(const char *caller, ArrayType *names, int p)
{
	Datum	   *elems;
	bool	   *nulls;
	int			n,
				i;
	char	  **out;

	if (ARR_NDIM(names) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("%s: the names are a %d-dimensional array", caller, ARR_NDIM(names)),
				 errdetail("The names are a one-dimensional array, one per driver, in the drivers' order.")));
	deconstruct_array(names, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &n);
	if (n != p)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("%s: %d names for %d drivers", caller, n, p),
				 errdetail("The names are one per driver, in the drivers' order.")));
	out = palloc(sizeof(char *) * p);
	for (i = 0; i < p; i++)
	{
		if (nulls[i])
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("%s: the name of driver %d is NULL", caller, i + 1)));
		out[i] = TextDatumGetCString(elems[i]);
	}
	return out;
}

/*
 * Reads the statistics (argument 0) and, when names_arg >= 0, the names of
 * the drivers; max_drivers is the most the function handles.  Returns false
 * when the statistics are NULL.
 */
static bool
final_call(FunctionCallInfo fcinfo, const char *name, int names_arg, int max_drivers,
		   FinalCall *call)
{
	call->name = name;
	if (PG_ARGISNULL(0))
		return false;
	call->stats = driver_stats_checked(PG_GETARG_DATUM(0));
	call->p = call->stats->p;
	if (call->p == 0)
	{
		ereport(NOTICE,
				(errmsg("%s: no row has drivers, no figure computed (" INT64_FORMAT " rows left out)",
						name, call->stats->skipped),
				 errdetail("The drivers of every row were NULL.")));
		return false;
	}
	call->names = NULL;
	if (names_arg >= 0)
	{
		if (PG_ARGISNULL(names_arg))
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("%s: the names of the drivers are NULL", name)));
		call->names = driver_names(name, PG_GETARG_ARRAYTYPE_P(names_arg), call->p);
	}
	if (call->p > max_drivers)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("%s: %d drivers would need R² of 2^%d subsets", name, call->p, call->p),
				 errdetail("Shapley values and dominance are computed exactly for up to %d drivers.",
						   DRIVERS_MAX_SUBSETS),
				 strcmp(name, "driver_performance") == 0 ?
				 errhint("Rank them by relative weights, importance => 'relative_weight', for up to %d drivers.",
						 DRIVERS_MAX_WEIGHTS) :
				 errhint("Use driver_weights(), Johnson's relative weights, for up to %d drivers.",
						 DRIVERS_MAX_WEIGHTS)));
	call->total = driver_stats_total(call->stats);
	return true;
}

/*
 * Checks the drivers' correlations: a driver that never varies, or whose
 * residual variance vanishes once the drivers before it are swept out
 * (Gaussian elimination in order), is f->bad.
 */
static FigureStatus
check_drivers(Figures *f)
{
	int			p = f->p;
	int			n = p + 1;
	double	   *a = palloc(sizeof(double) * p * p);
	int			i,
				j,
				k;

	for (j = 0; j < p; j++)
		if (f->m.sd[j + 1] == 0)
		{
			f->bad = j;
			return FIGURES_CONSTANT_DRIVER;
		}
	for (i = 0; i < p; i++)
		for (j = 0; j < p; j++)
			a[i * p + j] = f->m.corr[(i + 1) * n + (j + 1)];
	for (k = 0; k < p; k++)
	{
		if (!(a[k * p + k] >= COLLINEAR_TOLERANCE))
		{
			f->bad = k;
			return FIGURES_COLLINEAR;
		}
		for (i = k + 1; i < p; i++)
		{
			double		c = a[i * p + k] / a[k * p + k];

			for (j = k + 1; j < p; j++)
				a[i * p + j] -= c * a[k * p + j];
		}
	}
	pfree(a);
	return FIGURES_OK;
}

/*
 * Solves the m x m system a x = b by Gauss-Jordan elimination (a positive
 * definite, destroyed; a is row-major with m + 1 columns, b its last).
 */
static void
solve_augmented(double *a, int m)
{
	int			i,
				j,
				k;

	for (k = 0; k < m; k++)
	{
		double		d = a[k * (m + 1) + k];

		for (j = k; j <= m; j++)
			a[k * (m + 1) + j] /= d;
		for (i = 0; i < m; i++)
		{
			double		c = a[i * (m + 1) + k];

			if (i == k || c == 0)
				continue;
			for (j = k; j <= m; j++)
				a[i * (m + 1) + j] -= c * a[k * (m + 1) + j];
		}
	}
}

/*
 * The error of collinear drivers: driver k is (nearly) the combination of
 * the drivers before it that the regression of k on them weighs.
 */
static void
collinear_error(const char *caller, Figures *f, char **names, bool named)
{
	int			k = f->bad;
	int			n = f->p + 1;
	double	   *a = palloc(sizeof(double) * (k + 1) * (k + 1) + 1);
	double		largest = 0;
	StringInfoData parts;
	int			i,
				j,
				listed = 0;

	/* the regression of driver k on drivers 0 .. k - 1, which are not collinear */
	for (i = 0; i < k; i++)
	{
		for (j = 0; j < k; j++)
			a[i * (k + 1) + j] = f->m.corr[(i + 1) * n + (j + 1)];
		a[i * (k + 1) + k] = f->m.corr[(i + 1) * n + (k + 1)];
	}
	solve_augmented(a, k);
	for (i = 0; i < k; i++)
		largest = Max(largest, fabs(a[i * (k + 1) + k]));
	initStringInfo(&parts);
	for (i = 0; i < k; i++)
		if (fabs(a[i * (k + 1) + k]) > PART_TOLERANCE * largest)
		{
			if (named)
				appendStringInfo(&parts, "%s\"%s\"", listed++ ? ", " : "", names[i]);
			else
				appendStringInfo(&parts, "%s%d", listed++ ? ", " : "drivers ", i + 1);
		}
	if (!named)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s: driver %d is a linear combination of %s", caller, k + 1, parts.data),
				 errdetail("Drivers that carry the same information cannot be told apart; their importances are not defined."),
				 errhint("Leave driver %d out, or merge it with the drivers it repeats.", k + 1)));
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s: driver \"%s\" is a linear combination of %s",
					caller, names[k], parts.data),
			 errdetail("Drivers that carry the same information cannot be told apart; their importances are not defined."),
			 errhint("Leave \"%s\" out, or merge it with the drivers it repeats.", names[k])));
}

/*
 * The figures of a state without groups: f->status says whether they could
 * be computed; `want` adds subsets and relative weights to R², betas,
 * first and last.
 */
static void
figures_of(DriverStats *s, int want, Figures *f)
{
	int			p = s->p;
	int			n = p + 1;
	double	   *a;
	int			i,
				j;

	memset(f, 0, sizeof(*f));
	f->p = p;
	f->m.n = s->n;
	f->m.skipped = s->skipped;
	if (s->n < p + 2)
	{
		f->status = FIGURES_FEW_ROWS;
		return;
	}
	driver_stats_moments(s, &f->m);
	if (!(f->m.weight > 0))
	{
		f->status = FIGURES_NO_WEIGHT;
		return;
	}
	if (f->m.sd[0] == 0)
	{
		f->status = FIGURES_CONSTANT_OUTCOME;
		return;
	}
	f->status = check_drivers(f);
	if (f->status != FIGURES_OK)
		return;

	/* β = R_xx⁻¹ r_xy with the diagonal of R_xx⁻¹ (for last): [R_xx | r_xy | I] */
	a = palloc(sizeof(double) * p * (2 * p + 1));
	for (i = 0; i < p; i++)
	{
		for (j = 0; j < p; j++)
		{
			a[i * (2 * p + 1) + j] = f->m.corr[(i + 1) * n + (j + 1)];
			a[i * (2 * p + 1) + p + 1 + j] = (i == j);
		}
		a[i * (2 * p + 1) + p] = f->m.corr[(i + 1) * n];
	}
	for (int k = 0; k < p; k++)
	{
		double		d = a[k * (2 * p + 1) + k];

		for (j = k; j <= 2 * p; j++)
			a[k * (2 * p + 1) + j] /= d;
		for (i = 0; i < p; i++)
		{
			double		c = a[i * (2 * p + 1) + k];

			if (i == k || c == 0)
				continue;
			for (j = k; j <= 2 * p; j++)
				a[i * (2 * p + 1) + j] -= c * a[k * (2 * p + 1) + j];
		}
	}
	f->beta = palloc(sizeof(double) * p);
	f->first = palloc(sizeof(double) * p);
	f->last = palloc(sizeof(double) * p);
	f->r2 = 0;
	for (j = 0; j < p; j++)
	{
		double		r = f->m.corr[(j + 1) * n];

		f->beta[j] = a[j * (2 * p + 1) + p];
		f->first[j] = r * r;
		f->r2 += f->beta[j] * r;
	}
	/* R²(P) - R²(P \ j) = β_j² / (R_xx⁻¹)_jj */
	for (j = 0; j < p; j++)
		f->last[j] = f->beta[j] * f->beta[j] / a[j * (2 * p + 1) + p + 1 + j];
	pfree(a);

	if (want & WANT_SUBSETS)
	{
		uint32		all = (uint32) 1 << p;

		f->subset_r2 = palloc(sizeof(double) * all);
		f->shapley = palloc(sizeof(double) * p);
		f->conditional = palloc(sizeof(double) * p * p);
		importance_subset_r2(f->m.corr, p, f->subset_r2);
		importance_shapley(f->subset_r2, p, f->shapley, f->conditional);
		/* the same R² as the walk's, so that the Shapley values add up to it */
		f->r2 = f->subset_r2[all - 1];
		for (j = 0; j < p; j++)
			f->last[j] = f->r2 - f->subset_r2[(all - 1) & ~((uint32) 1 << j)];
	}
	if (want & WANT_WEIGHTS)
	{
		f->weights = palloc(sizeof(double) * p);
		importance_relative_weights(f->m.corr, p, f->weights);
	}
}

/*
 * The figures of all rows: an error for a constant or collinear driver, a
 * NOTICE for figures that cannot be computed (false then).
 */
static bool
figures_of_total(FinalCall *call, int want, Figures *f)
{
	figures_of(call->total, want, f);
	switch (f->status)
	{
		case FIGURES_OK:
			return true;
		case FIGURES_FEW_ROWS:
			ereport(NOTICE,
					(errmsg("%s: " INT64_FORMAT " complete rows for %d drivers, no figure computed",
							call->name, f->m.n, f->p),
					 errdetail("Importances need at least as many complete rows as drivers plus 2 (" INT64_FORMAT " rows were left out for a missing answer).",
							   f->m.skipped)));
			return false;
		case FIGURES_NO_WEIGHT:
			ereport(NOTICE,
					(errmsg("%s: the complete rows all weigh 0, no figure computed", call->name)));
			return false;
		case FIGURES_CONSTANT_OUTCOME:
			ereport(NOTICE,
					(errmsg("%s: the outcome has the same answer on every complete row, no figure computed",
							call->name),
					 errdetail("Drivers explain the variation of an outcome; this one does not vary.")));
			return false;
		case FIGURES_CONSTANT_DRIVER:
			if (call->names == NULL)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("%s: driver %d has the same answer on every row", call->name, f->bad + 1),
						 errdetail("A driver that never varies explains nothing; its importance is not defined."),
						 errhint("Leave driver %d out of the drivers.", f->bad + 1)));
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s: driver \"%s\" has the same answer on every row",
							call->name, call->names[f->bad]),
					 errdetail("A driver that never varies explains nothing; its importance is not defined."),
					 errhint("Leave \"%s\" out of the drivers.", call->names[f->bad])));
			break;
		case FIGURES_COLLINEAR:
			collinear_error(call->name, f, call->names, call->names != NULL);
			break;
	}
	return false;
}

/*
 * The jackknife intervals of `count` figures per driver: extract(f, out)
 * writes a replicate's figures (count x p) into out; low and high receive
 * the intervals around the full sample's `value`.  False (and a NOTICE)
 * when the statistics have no groups or a replicate has no figures.
 */
typedef void (*FigureExtract) (const Figures *f, double *out);

static bool
jackknife(FinalCall *call, int want, FigureExtract extract, int count,
		  const double *value, double *low, double *high)
{
	int			p = call->p;
	int			m = count * p;
	int			G = DRIVER_STATS_GROUPS;
	double	   *rep = palloc(sizeof(double) * G * m);
	double		t = pgcx_t_quantile(0.975, G - 1);
	MemoryContext work,
				old;
	Figures		f;
	int			g,
				i;

	if (!(call->stats->flags & DRIVER_STATS_GROUPED))
	{
		ereport(NOTICE,
				(errmsg("%s: no intervals, the statistics were gathered without a row key", call->name),
				 errhint("Give each row's key first, driver_stats(row_key, outcome, drivers), for the intervals of the delete-a-group jackknife.")));
		return false;
	}
	/* each replicate's figures in a context of their own, emptied after it */
	work = AllocSetContextCreate(CurrentMemoryContext, "jackknife replicate",
								 ALLOCSET_DEFAULT_SIZES);
	old = MemoryContextSwitchTo(work);
	for (g = 0; g < G; g++)
	{
		figures_of(driver_stats_without_group(call->stats, call->total, g), want, &f);
		if (f.status != FIGURES_OK)
		{
			MemoryContextSwitchTo(old);
			ereport(NOTICE,
					(errmsg("%s: no intervals, the rows without group %d of %d give no figures", call->name, g + 1, G),
					 errdetail("Each interval comes from the figures of the rows without one group of rows, for each of %d groups; these rows have too few answers, or a driver or the outcome that does not vary.", G)));
			MemoryContextDelete(work);
			return false;
		}
		extract(&f, rep + g * m);
		MemoryContextReset(work);
	}
	MemoryContextSwitchTo(old);
	MemoryContextDelete(work);
	for (i = 0; i < m; i++)
	{
		double		mean = 0,
					ss = 0,
					se;

		for (g = 0; g < G; g++)
			mean += rep[g * m + i];
		mean /= G;
		for (g = 0; g < G; g++)
			ss += (rep[g * m + i] - mean) * (rep[g * m + i] - mean);
		se = sqrt(ss * (G - 1) / G);
		low[i] = value[i] - t * se;
		high[i] = value[i] + t * se;
	}
	pfree(rep);
	return true;
}

/* The importances of a replicate: its Shapley values if any, then its weights. */
static void
extract_importances(const Figures *f, double *out)
{
	if (f->shapley)
	{
		memcpy(out, f->shapley, sizeof(double) * f->p);
		out += f->p;
	}
	memcpy(out, f->weights, sizeof(double) * f->p);
}

/* Puts one row into the materialized result. */
static void
put_row(FunctionCallInfo fcinfo, Datum *values, bool *nulls)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;

	tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
}

/* A float8 column, NULL when not known. */
static inline void
set_float(Datum *values, bool *nulls, int col, bool known, double v)
{
	nulls[col] = !known;
	values[col] = known ? Float8GetDatum(v) : (Datum) 0;
}

/*
 * The rows of key_drivers (with_shapley) and driver_weights: per driver,
 * its name, [its Shapley value, share and interval,] then its relative
 * weight, share and interval, first, last, beta, R², n and skipped.
 */
static Datum
importance_rows(FunctionCallInfo fcinfo, bool with_shapley)
{
	int			want = WANT_WEIGHTS | (with_shapley ? WANT_SUBSETS : 0);
	FinalCall	call;
	Figures		f;
	bool		known,
				ci = false;
	double	   *value = NULL,
			   *low = NULL,
			   *high = NULL;
	int			p,
				j;

	InitMaterializedSRF(fcinfo, 0);
	if (!final_call(fcinfo, with_shapley ? "key_drivers" : "driver_weights", 1,
					with_shapley ? DRIVERS_MAX_SUBSETS : DRIVERS_MAX_WEIGHTS, &call))
		return (Datum) 0;
	p = call.p;
	known = figures_of_total(&call, want, &f);
	if (known)
	{
		/* the Shapley values (if asked), then the relative weights */
		value = palloc(sizeof(double) * 2 * p);
		low = palloc(sizeof(double) * 2 * p);
		high = palloc(sizeof(double) * 2 * p);
		extract_importances(&f, value);
		ci = jackknife(&call, want, extract_importances, with_shapley ? 2 : 1, value, low, high);
	}
	for (j = 0; j < p; j++)
	{
		Datum		values[15];
		bool		nulls[15];
		int			col = 1,
					w = with_shapley ? p + j : j;	/* the weight's index in value */

		values[0] = CStringGetTextDatum(call.names[j]);
		nulls[0] = false;
		if (with_shapley)
		{
			set_float(values, nulls, col++, known, known ? f.shapley[j] : 0);
			set_float(values, nulls, col++, known, known ? 100.0 * f.shapley[j] / f.r2 : 0);
			set_float(values, nulls, col++, ci, ci ? low[j] : 0);
			set_float(values, nulls, col++, ci, ci ? high[j] : 0);
		}
		set_float(values, nulls, col++, known, known ? f.weights[j] : 0);
		set_float(values, nulls, col++, known, known ? 100.0 * f.weights[j] / f.r2 : 0);
		set_float(values, nulls, col++, ci, ci ? low[w] : 0);
		set_float(values, nulls, col++, ci, ci ? high[w] : 0);
		set_float(values, nulls, col++, known, known ? f.first[j] : 0);
		set_float(values, nulls, col++, known, known ? f.last[j] : 0);
		set_float(values, nulls, col++, known, known ? f.beta[j] : 0);
		set_float(values, nulls, col++, known, f.r2);
		values[col] = Int64GetDatum(f.m.n);
		nulls[col++] = false;
		values[col] = Int64GetDatum(f.m.skipped);
		nulls[col++] = false;
		put_row(fcinfo, values, nulls);
	}
	return (Datum) 0;
}

/*
 * key_drivers(stats driver_stats, names text[]) → TABLE(driver, shapley,
 * shapley_pct, shapley_ci_low, shapley_ci_high, relative_weight,
 * relative_weight_pct, relative_weight_ci_low, relative_weight_ci_high,
 * first, last, beta, r2, n, skipped): for up to DRIVERS_MAX_SUBSETS drivers.
 */
Datum
key_drivers(PG_FUNCTION_ARGS)
{
	return importance_rows(fcinfo, true);
}

/*
 * driver_weights(stats driver_stats, names text[]) → TABLE(driver,
 * relative_weight, relative_weight_pct, relative_weight_ci_low,
 * relative_weight_ci_high, first, last, beta, r2, n, skipped): for up to
 * DRIVERS_MAX_WEIGHTS drivers.
 */
Datum
driver_weights(PG_FUNCTION_ARGS)
{
	return importance_rows(fcinfo, false);
}

/*
 * driver_r2(stats driver_stats) → TABLE(r2, adjusted_r2, n, skipped): one
 * row; adjusted R² = 1 - (1 - R²)(n - 1)/(n - p - 1).
 */
Datum
driver_r2(PG_FUNCTION_ARGS)
{
	FinalCall	call;
	Figures		f;
	bool		known;
	Datum		values[4];
	bool		nulls[4];
	double		n;

	InitMaterializedSRF(fcinfo, 0);
	if (!final_call(fcinfo, "driver_r2", -1, DRIVERS_MAX_WEIGHTS, &call))
		return (Datum) 0;
	known = figures_of_total(&call, 0, &f);
	n = (double) f.m.n;
	set_float(values, nulls, 0, known, f.r2);
	set_float(values, nulls, 1, known, 1.0 - (1.0 - f.r2) * (n - 1) / (n - call.p - 1));
	values[2] = Int64GetDatum(f.m.n);
	values[3] = Int64GetDatum(f.m.skipped);
	nulls[2] = nulls[3] = false;
	put_row(fcinfo, values, nulls);
	return (Datum) 0;
}

/*
 * driver_performance(stats, names, scale_min, scale_max, importance) →
 * TABLE(driver, mean, performance, importance_pct, quadrant): each driver's
 * mean rescaled to 0-100 by its scale's bounds, beside its importance as a
 * share of R² (Shapley values, or relative weights), and its quadrant of
 * Martilla and James's (1977) importance-performance analysis, split at
 * the mean importance and the mean performance of the drivers.
 */
Datum
driver_performance(PG_FUNCTION_ARGS)
{
	FinalCall	call;
	Figures		f;
	bool		known,
				by_shapley;
	double		lo,
				hi,
				mean_perf = 0,
				mean_imp = 0;
	double	   *perf,
			   *imp;
	char	   *importance;
	int			p,
				j;

	InitMaterializedSRF(fcinfo, 0);
	if (PG_ARGISNULL(2) || PG_ARGISNULL(3) || PG_ARGISNULL(4))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("driver_performance: the scale's bounds and the importance must not be NULL")));
	lo = PG_GETARG_FLOAT8(2);
	hi = PG_GETARG_FLOAT8(3);
	importance = text_to_cstring(PG_GETARG_TEXT_PP(4));
	if (!isfinite(lo) || !isfinite(hi) || !(lo < hi))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("driver_performance: the scale from %s to %s is not a scale",
						pgcx_float8_text(lo), pgcx_float8_text(hi)),
				 errdetail("The bounds are finite and the lowest answer comes first, e.g. 1 and 5.")));
	if (strcmp(importance, "shapley") == 0)
		by_shapley = true;
	else if (strcmp(importance, "relative_weight") == 0)
		by_shapley = false;
	else
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("driver_performance: unknown importance \"%s\"", importance),
				 errhint("The importance is 'shapley' or 'relative_weight'.")));
	if (!final_call(fcinfo, "driver_performance", 1,
					by_shapley ? DRIVERS_MAX_SUBSETS : DRIVERS_MAX_WEIGHTS, &call))
		return (Datum) 0;
	p = call.p;
	known = figures_of_total(&call, by_shapley ? WANT_SUBSETS : WANT_WEIGHTS, &f);
	perf = palloc(sizeof(double) * p);
	imp = palloc(sizeof(double) * p);
	if (known)
	{
		for (j = 0; j < p; j++)
		{
			double		mean = f.m.mean[j + 1];

			if (mean < lo || mean > hi)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("driver_performance: the mean %s of driver \"%s\" lies outside the scale from %s to %s",
								pgcx_float8_text(mean), call.names[j],
								pgcx_float8_text(lo), pgcx_float8_text(hi)),
						 errhint("Give the bounds of the scale on which the drivers were answered.")));
			perf[j] = 100.0 * (mean - lo) / (hi - lo);
			imp[j] = 100.0 * (by_shapley ? f.shapley[j] : f.weights[j]) / f.r2;
			mean_perf += perf[j] / p;
			mean_imp += imp[j] / p;
		}
	}
	for (j = 0; j < p; j++)
	{
		Datum		values[5];
		bool		nulls[5];

		values[0] = CStringGetTextDatum(call.names[j]);
		nulls[0] = false;
		set_float(values, nulls, 1, known, known ? f.m.mean[j + 1] : 0);
		set_float(values, nulls, 2, known, perf[j]);
		set_float(values, nulls, 3, known, imp[j]);
		nulls[4] = !known;
		if (known)
			values[4] = CStringGetTextDatum(imp[j] >= mean_imp ?
											(perf[j] >= mean_perf ? "keep_up_the_good_work" : "concentrate_here") :
											(perf[j] >= mean_perf ? "possible_overkill" : "low_priority"));
		put_row(fcinfo, values, nulls);
	}
	return (Datum) 0;
}

/*
 * driver_dominance(stats, names) → TABLE(driver, other, complete,
 * conditional, general): for each ordered pair of drivers, whether the
 * first dominates the second completely (a larger increment of R² on every
 * subset of the other drivers), conditionally (a larger mean increment
 * over the subsets of each size) and generally (a larger Shapley value),
 * after Azen and Budescu (2003); "larger" means by more than 10⁻¹² of R².
 */
Datum
driver_dominance(PG_FUNCTION_ARGS)
{
	FinalCall	call;
	Figures		f;
	bool		known;
	bool	   *complete = NULL;
	double		tol = 0;
	int			p,
				i,
				j,
				k;

	InitMaterializedSRF(fcinfo, 0);
	if (!final_call(fcinfo, "driver_dominance", 1, DRIVERS_MAX_SUBSETS, &call))
		return (Datum) 0;
	p = call.p;
	known = figures_of_total(&call, WANT_SUBSETS, &f);
	if (known)
	{
		tol = DOMINANCE_TOLERANCE * f.r2;
		complete = palloc(sizeof(bool) * p * p);
		importance_complete(f.subset_r2, p, tol, complete);
	}
	for (j = 0; j < p; j++)
		for (i = 0; i < p; i++)
		{
			Datum		values[5];
			bool		nulls[5] = {false, false, !known, !known, !known};

			if (i == j)
				continue;
			values[0] = CStringGetTextDatum(call.names[j]);
			values[1] = CStringGetTextDatum(call.names[i]);
			if (known)
			{
				bool		conditional = true;

				for (k = 0; k < p; k++)
					if (!(f.conditional[j * p + k] - f.conditional[i * p + k] > tol))
						conditional = false;
				values[2] = BoolGetDatum(complete[j * p + i]);
				values[3] = BoolGetDatum(conditional);
				values[4] = BoolGetDatum(f.shapley[j] - f.shapley[i] > tol);
			}
			put_row(fcinfo, values, nulls);
		}
	return (Datum) 0;
}

/*
 * driver_conditional_dominance(stats, names) → TABLE(driver, subset_size,
 * increment): each driver's mean increment of R² over the subsets of k
 * other drivers, k = 0 .. p - 1 (their mean is its Shapley value).
 */
Datum
driver_conditional_dominance(PG_FUNCTION_ARGS)
{
	FinalCall	call;
	Figures		f;
	bool		known;
	int			p,
				j,
				k;

	InitMaterializedSRF(fcinfo, 0);
	if (!final_call(fcinfo, "driver_conditional_dominance", 1, DRIVERS_MAX_SUBSETS, &call))
		return (Datum) 0;
	p = call.p;
	known = figures_of_total(&call, WANT_SUBSETS, &f);
	for (j = 0; j < p; j++)
		for (k = 0; k < p; k++)
		{
			Datum		values[3];
			bool		nulls[3] = {false, false, !known};

			values[0] = CStringGetTextDatum(call.names[j]);
			values[1] = Int32GetDatum(k);
			values[2] = known ? Float8GetDatum(f.conditional[j * p + k]) : (Datum) 0;
			put_row(fcinfo, values, nulls);
		}
	return (Datum) 0;
}
