/*
 * bgnbd.c
 *		Probabilistic customer lifetime value (SPEC section 5.1): the BG/NBD
 *		model of purchases (Fader, Hardie & Lee 2005, "Counting your
 *		customers the easy way", Marketing Science 24(2)), the Gamma-Gamma
 *		model of spend (Fader, Hardie & Lee 2005, "RFM and CLV", Journal of
 *		Marketing Research 42(4); Fader & Hardie 2013, "The Gamma-Gamma
 *		model of monetary value"), and the CLV they predict together.
 *
 * bgnbd_fit and gamma_gamma_fit are aggregates over customers whose state
 * (cohort.c) holds the distinct customer summaries with their counts.  The
 * final functions maximise the log-likelihood over the log-parameters with
 * the shared BFGS optimizer (optimize.c) and analytic gradients, without
 * any penalty term, and report the log-likelihood and whether the
 * optimizer converged.
 */
#include "postgres.h"

#include <float.h>
#include <math.h>

#include "access/htup_details.h"
#include "executor/executor.h"
#include "funcapi.h"
#include "miscadmin.h"

#include "common/compare.h"
#include "common/optimize.h"
#include "common/parse.h"
#include "common/stats.h"
#include "customers/bgnbd_expected.h"
#include "customers/clv.h"
#include "customers/cohort.h"
#include "customers/model.h"

#define FIT_MAX_ITERATIONS	1000
#define SERIES_MAX_TERMS	50000000	/* of the hypergeometric series */
#define CLV_MAX_HORIZON		100000

PG_FUNCTION_INFO_V1(bgnbd_state_in);
PG_FUNCTION_INFO_V1(bgnbd_state_out);
PG_FUNCTION_INFO_V1(bgnbd_state_recv);
PG_FUNCTION_INFO_V1(bgnbd_state_send);
PG_FUNCTION_INFO_V1(bgnbd_fit_accum);
PG_FUNCTION_INFO_V1(bgnbd_fit_combine);
PG_FUNCTION_INFO_V1(bgnbd_fit_final);
PG_FUNCTION_INFO_V1(bgnbd_fit_final_v2);
PG_FUNCTION_INFO_V1(gamma_gamma_state_in);
PG_FUNCTION_INFO_V1(gamma_gamma_state_out);
PG_FUNCTION_INFO_V1(gamma_gamma_state_recv);
PG_FUNCTION_INFO_V1(gamma_gamma_state_send);
PG_FUNCTION_INFO_V1(gamma_gamma_fit_accum);
PG_FUNCTION_INFO_V1(gamma_gamma_fit_combine);
PG_FUNCTION_INFO_V1(gamma_gamma_fit_final);
PG_FUNCTION_INFO_V1(gamma_gamma_fit_final_v2);
PG_FUNCTION_INFO_V1(bgnbd_expected_purchases);
PG_FUNCTION_INFO_V1(bgnbd_p_alive);
PG_FUNCTION_INFO_V1(gamma_gamma_expected_spend);
PG_FUNCTION_INFO_V1(clv_predict);

/* ---------------------------------------------------------------------
 * Checks of a customer's summary
 * ---------------------------------------------------------------------
 */

/* Whether x, finite and not negative, is a whole number (as x == floor(x)). */
static inline bool
whole_number(double x)
{
	/* every double from 2^52 up is whole */
	return x >= 4503599627370496.0 || x == (double) (int64) x;
}

/*
 * Says what is wrong with a purchase summary (frequency x, recency tx,
 * age T), or NULL; *code is the SQLSTATE.
 */
static const char *
purchases_problem(double x, double tx, double T, int *code)
{
	*code = ERRCODE_INVALID_PARAMETER_VALUE;
	if (!isfinite(x) || !isfinite(tx) || !isfinite(T))
		return "Frequency, recency and t are finite numbers.";
	if (x < 0 || tx < 0 || T < 0)
		return "Frequency, recency and t are not negative.";
	if (x != floor(x))
	{
		*code = ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE;
		return "The frequency is a whole number of repeat purchases.";
	}
	if (tx > T)
		return "The recency (the age at the last purchase) cannot exceed t (the age at the end of observation).";
	if (x == 0 && tx != 0)
		return "A customer without repeat purchases has recency 0.";
	return NULL;
}

/* row_problem of bgnbd_state: values (frequency, recency, t). */
static const char *
bgnbd_row_problem(const double *v)
{
	int			code;

	return purchases_problem(v[0], v[1], v[2], &code);
}

/* Raises the error of the bad purchase summary (x, tx, T) in `caller`. */
static pg_noinline void
purchases_error(const char *caller, double x, double tx, double T)
{
	int			code;
	const char *problem = purchases_problem(x, tx, T, &code);

	if (problem)
		ereport(ERROR,
				(errcode(code),
				 errmsg("invalid customer (frequency %s, recency %s, t %s) in %s",
						pgcx_float8_text(x), pgcx_float8_text(tx), pgcx_float8_text(T), caller),
				 errdetail("%s", problem)));
}

/*
 * Raises the error of a bad purchase summary in `caller`.  The common case
 * is checked first, inline: 0 <= tx <= T < Infinity and x a whole number, 0
 * only with tx = 0; NaN fails every comparison and takes the full check,
 * which words the error.
 */
static inline void
check_purchases(const char *caller, double x, double tx, double T)
{
	if (likely(tx >= 0 && tx <= T && T <= DBL_MAX &&
			   x >= 0 && x <= DBL_MAX && whole_number(x) &&
			   (x != 0 || tx == 0)))
		return;
	purchases_error(caller, x, tx, T);
}

/* Says what is wrong with a spend summary (frequency x, mean spend m), or NULL. */
static const char *
spend_problem(double x, double m, int *code)
{
	*code = ERRCODE_INVALID_PARAMETER_VALUE;
	if (!isfinite(x) || !isfinite(m))
		return "Frequency and monetary are finite numbers.";
	if (x < 0 || m < 0)
		return "Frequency and monetary are not negative.";
	if (x != floor(x))
	{
		*code = ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE;
		return "The frequency is a whole number of repeat purchases.";
	}
	if (x > 0 && m == 0)
		return "The mean spend of a customer with repeat purchases is positive.";
	return NULL;
}

/* row_problem of gamma_gamma_state: values (frequency > 0, monetary). */
static const char *
gamma_gamma_row_problem(const double *v)
{
	int			code;
	const char *problem = spend_problem(v[0], v[1], &code);

	if (problem == NULL && v[0] == 0)
		return "gamma_gamma_state holds customers with repeat purchases only.";
	return problem;
}

/* Raises the error of the bad spend summary (x, m) in `caller`. */
static pg_noinline void
spend_error(const char *caller, double x, double m)
{
	int			code;
	const char *problem = spend_problem(x, m, &code);

	if (problem)
		ereport(ERROR,
				(errcode(code),
				 errmsg("invalid customer (frequency %s, monetary %s) in %s",
						pgcx_float8_text(x), pgcx_float8_text(m), caller),
				 errdetail("%s", problem)));
}

/*
 * Raises the error of a bad spend summary in `caller`; the common case
 * first, inline, as in check_purchases.
 */
static inline void
check_spend(const char *caller, double x, double m)
{
	if (likely(x >= 0 && x <= DBL_MAX && whole_number(x) &&
			   m >= 0 && m <= DBL_MAX && (m != 0 || x == 0)))
		return;
	spend_error(caller, x, m);
}

static const CohortType bgnbd_type = {
	"bgnbd_state", "bgnbd_fit", 3,
	"The form is {\"rows\":[[frequency,recency,t,customers],...]}, rows in increasing order.",
	bgnbd_row_problem
};

static const CohortType gamma_gamma_type = {
	"gamma_gamma_state", "gamma_gamma_fit", 2,
	"The form is {\"rows\":[[frequency,monetary,customers],...]}, rows in increasing order.",
	gamma_gamma_row_problem
};

/* ---------------------------------------------------------------------
 * State types and transitions
 * ---------------------------------------------------------------------
 */

/* bgnbd_state_in(cstring): text input. */
Datum
bgnbd_state_in(PG_FUNCTION_ARGS)
{
	return cohort_in(fcinfo, &bgnbd_type);
}

/* bgnbd_state_out(bgnbd_state): text output. */
Datum
bgnbd_state_out(PG_FUNCTION_ARGS)
{
	return cohort_out(fcinfo, &bgnbd_type);
}

/* bgnbd_state_recv(internal): binary input, validated. */
Datum
bgnbd_state_recv(PG_FUNCTION_ARGS)
{
	return cohort_recv(fcinfo, &bgnbd_type);
}

/* bgnbd_state_send(bgnbd_state): binary output. */
Datum
bgnbd_state_send(PG_FUNCTION_ARGS)
{
	return cohort_send(fcinfo, &bgnbd_type);
}

/* gamma_gamma_state_in(cstring): text input. */
Datum
gamma_gamma_state_in(PG_FUNCTION_ARGS)
{
	return cohort_in(fcinfo, &gamma_gamma_type);
}

/* gamma_gamma_state_out(gamma_gamma_state): text output. */
Datum
gamma_gamma_state_out(PG_FUNCTION_ARGS)
{
	return cohort_out(fcinfo, &gamma_gamma_type);
}

/* gamma_gamma_state_recv(internal): binary input, validated. */
Datum
gamma_gamma_state_recv(PG_FUNCTION_ARGS)
{
	return cohort_recv(fcinfo, &gamma_gamma_type);
}

/* gamma_gamma_state_send(gamma_gamma_state): binary output. */
Datum
gamma_gamma_state_send(PG_FUNCTION_ARGS)
{
	return cohort_send(fcinfo, &gamma_gamma_type);
}

/*
 * bgnbd_fit transition: counts one customer (frequency, recency, t); a row
 * with a NULL is skipped.
 */
Datum
bgnbd_fit_accum(PG_FUNCTION_ARGS)
{
	double		v[3];

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2) || PG_ARGISNULL(3))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	v[0] = PG_GETARG_FLOAT8(1);
	v[1] = PG_GETARG_FLOAT8(2);
	v[2] = PG_GETARG_FLOAT8(3);
	check_purchases("bgnbd_fit", v[0], v[1], v[2]);
	return cohort_accum(fcinfo, &bgnbd_type, v);
}

/* bgnbd_fit combine function: adds two partial states. */
Datum
bgnbd_fit_combine(PG_FUNCTION_ARGS)
{
	return cohort_combine(fcinfo, &bgnbd_type);
}

/*
 * gamma_gamma_fit transition: counts one customer (frequency, monetary);
 * customers without repeat purchases tell nothing of spend and are not
 * counted; a row with a NULL is skipped.
 */
Datum
gamma_gamma_fit_accum(PG_FUNCTION_ARGS)
{
	double		v[2];

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	v[0] = PG_GETARG_FLOAT8(1);
	v[1] = PG_GETARG_FLOAT8(2);
	check_spend("gamma_gamma_fit", v[0], v[1]);
	if (v[0] == 0)
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	return cohort_accum(fcinfo, &gamma_gamma_type, v);
}

/* gamma_gamma_fit combine function: adds two partial states. */
Datum
gamma_gamma_fit_combine(PG_FUNCTION_ARGS)
{
	return cohort_combine(fcinfo, &gamma_gamma_type);
}

/*
 * The key of a bgnbd_state (compare.h): the number of rows, then each
 * row's frequency, recency, t and customers, the rows in ascending order.
 */
static void
bgnbd_state_key(Datum value, PgcxKey *key)
{
	cohort_key(value, &bgnbd_type, key);
}

/*
 * = <> < <= > >=, btree and hash support of bgnbd_state (compare.h):
 * bgnbd_state_eq, bgnbd_state_ne, bgnbd_state_lt, bgnbd_state_le,
 * bgnbd_state_gt, bgnbd_state_ge, bgnbd_state_cmp, bgnbd_state_hash,
 * bgnbd_state_hash_extended
 */
PGCX_COMPARISON_FUNCTIONS(bgnbd_state, bgnbd_state_key)

/*
 * The key of a gamma_gamma_state (compare.h): the number of rows, then
 * each row's frequency, monetary and customers, the rows in ascending
 * order.
 */
static void
gamma_gamma_state_key(Datum value, PgcxKey *key)
{
	cohort_key(value, &gamma_gamma_type, key);
}

/*
 * = <> < <= > >=, btree and hash support of gamma_gamma_state (compare.h):
 * gamma_gamma_state_eq, gamma_gamma_state_ne, gamma_gamma_state_lt,
 * gamma_gamma_state_le, gamma_gamma_state_gt, gamma_gamma_state_ge,
 * gamma_gamma_state_cmp, gamma_gamma_state_hash,
 * gamma_gamma_state_hash_extended
 */
PGCX_COMPARISON_FUNCTIONS(gamma_gamma_state, gamma_gamma_state_key)

/* ---------------------------------------------------------------------
 * Fitting helpers
 * ---------------------------------------------------------------------
 */

/* Orders doubles ascending. */
static int
double_cmp(const void *a, const void *b)
{
	double		x = *(const double *) a,
				y = *(const double *) b;

	return (x > y) - (x < y);
}

/*
 * The distinct values of column `col` of the rows, sorted, in *values
 * (returns their number), and for each row the index of its value in
 * index[].
 */
static int
distinct_values(const CohortRows *cr, int col, double **values, int *index)
{
	double	   *v = palloc(sizeof(double) * Max(cr->nrows, 1));
	int			n = 0;

	for (int i = 0; i < cr->nrows; i++)
		v[i] = cr->rows[i].v[col];
	qsort(v, cr->nrows, sizeof(double), double_cmp);
	for (int i = 0; i < cr->nrows; i++)
		if (n == 0 || v[i] != v[n - 1])
			v[n++] = v[i];
	for (int i = 0; i < cr->nrows; i++)
	{
		double		key = cr->rows[i].v[col];
		double	   *hit = bsearch(&key, v, n, sizeof(double), double_cmp);

		index[i] = (int) (hit - v);
	}
	*values = v;
	return n;
}

/* Builds the composite result of a fit final function. */
static Datum
fit_result(FunctionCallInfo fcinfo, const double *params, int nparams,
		   double loglik, int64 n, bool converged)
{
	TupleDesc	tupdesc;
	Datum		values[8];
	bool		nulls[8] = {false};

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "a model fit must return a composite type");
	for (int i = 0; i < nparams; i++)
		values[i] = Float8GetDatum(params[i]);
	values[nparams] = Float8GetDatum(loglik);
	values[nparams + 1] = Int64GetDatum(n);
	values[nparams + 2] = BoolGetDatum(converged);
	return HeapTupleGetDatum(heap_form_tuple(BlessTupleDesc(tupdesc), values, nulls));
}

/*
 * Judges the end of a fit of `caller`: false (the caller returns NULL, a
 * NOTICE says why) when the parameters ran off to zero or infinity; else
 * true, with *converged false and a NOTICE when the optimizer did not
 * converge or stopped at the edge of the parameter space (a parameter
 * below 1e-8 or above 1e8: the likelihood has no interior maximum).
 */
static bool
fit_verdict(const char *caller, const PgcxOptimResult *res, const double *params,
			int n, bool *converged)
{
	bool		edge = false;

	for (int i = 0; i < n; i++)
	{
		if (!isfinite(params[i]) || params[i] == 0 || !isfinite(res->value))
		{
			ereport(NOTICE,
					(errmsg("%s found no maximum of the likelihood: it returns NULL", caller),
					 errdetail("The parameters ran off to zero or infinity: the data do not identify the model.")));
			return false;
		}
		edge |= (params[i] < 1e-8 || params[i] > 1e8);
	}
	*converged = res->converged && !edge;
	if (!res->converged)
		ereport(NOTICE,
				(errmsg("%s did not converge", caller),
				 errdetail("The likelihood is flat or its maximum lies at the edge of the parameters (for example when the customers hardly differ); the estimates are not a maximum.")));
	else if (edge)
		ereport(NOTICE,
				(errmsg("%s stopped at the edge of the parameters", caller),
				 errdetail("A parameter is below 1e-8 or above 1e8: the likelihood has no maximum inside, and the data do not identify the model.")));
	return true;
}

/* ---------------------------------------------------------------------
 * BG/NBD fit
 * ---------------------------------------------------------------------
 */

/*
 * The data of a BG/NBD fit: the rows' counts and the indexes of their
 * distinct frequencies, recencies and ages, whose terms each evaluation
 * computes once; with scratch space for those terms.
 */
typedef struct BgnbdData
{
	int			nrows;
	double	   *w;				/* customers per row */
	int		   *xi,
			   *txi,
			   *Ti;				/* indexes into xv, txv, Tv */
	int			nx,
				ntx,
				nT;
	double	   *xv,
			   *txv,
			   *Tv;
	double	   *xw;				/* customers per distinct frequency */
	double		customers;
	double	   *txrow,
			   *Trow;			/* per row: its recency and age (1.2.0) */
	/*
	 * per-evaluation terms, as 1.1.0's objective uses them (1.2.0's: ib = b
	 * / (b + x - 1); ltx, lT = log1p(tx / alpha); itx, iT = log(alpha + tx))
	 */
	double	   *l4,
			   *ib,				/* per x: log(a / (b + x - 1)), 1 / (b + x - 1) */
			   *ltx,
			   *itx,			/* per recency: log(alpha + tx), 1 / (alpha + tx) */
			   *lT,
			   *iT;				/* per age: log(alpha + T), 1 / (alpha + T) */
} BgnbdData;

/*
 * Minus the BG/NBD log-likelihood per customer at log-parameters
 * theta = log(r, alpha, a, b), and its gradient.  For a customer
 * (x, tx, T), Fader, Hardie & Lee (2005) equation 6:
 *	 L = Gamma(r+x) alpha^r / Gamma(r) * B(a, b+x) / B(a, b)
 *		 * [ (alpha+T)^-(r+x) + [x > 0] a/(b+x-1) (alpha+tx)^-(r+x) ]
 * the two terms of the bracket added in log space (log-sum-exp).
 */
static double
bgnbd_objective(const double *theta, double *grad, void *arg)
{
	BgnbdData  *d = (BgnbdData *) arg;
	double		r = exp(theta[0]),
				alpha = exp(theta[1]),
				a = exp(theta[2]),
				b = exp(theta[3]);
	double		la = log(alpha);

	/*
	 * Sums over up to millions of rows, in extended precision: their
	 * rounding would otherwise be noise the optimizer cannot see through.
	 */
	long double ll = 0,
				gr = 0,
				gal = 0,
				ga = 0,
				gb = 0;
	double		lgr = lgamma(r),
				lgb = lgamma(b),
				lgab = lgamma(a + b),
				psr = pgcx_digamma(r),
				psb = pgcx_digamma(b),
				psab = pgcx_digamma(a + b);

	if (!(r > 0 && alpha > 0 && a > 0 && b > 0) ||
		!isfinite(r) || !isfinite(alpha) || !isfinite(a) || !isfinite(b))
		return NAN;

	/* terms of each distinct frequency, weighted by its customers */
	for (int k = 0; k < d->nx; k++)
	{
		double		x = d->xv[k],
					w = d->xw[k];

		ll += w * (lgamma(r + x) - lgr + r * la + lgab + lgamma(b + x) - lgb - lgamma(a + b + x));
		gr += w * (pgcx_digamma(r + x) - psr + la);
		gal += w * r / alpha;
		ga += w * (psab - pgcx_digamma(a + b + x));
		gb += w * (psab + pgcx_digamma(b + x) - psb - pgcx_digamma(a + b + x));
		if (x > 0)
		{
			d->l4[k] = log(a) - log(b + x - 1);
			d->ib[k] = 1.0 / (b + x - 1);
		}
	}
	for (int k = 0; k < d->ntx; k++)
	{
		d->ltx[k] = log(alpha + d->txv[k]);
		d->itx[k] = 1.0 / (alpha + d->txv[k]);
	}
	for (int k = 0; k < d->nT; k++)
	{
		d->lT[k] = log(alpha + d->Tv[k]);
		d->iT[k] = 1.0 / (alpha + d->Tv[k]);
	}

	/* the bracket, per row */
	for (int i = 0; i < d->nrows; i++)
	{
		int			k = d->xi[i];
		double		x = d->xv[k],
					w = d->w[i],
					rx = r + x,
					lT = d->lT[d->Ti[i]],
					A3 = -rx * lT;

		if (x == 0)
		{
			ll += w * A3;
			gr -= w * lT;
			gal -= w * rx * d->iT[d->Ti[i]];
		}
		else
		{
			/*
			 * log(e^A3 + e^A4) = hi + log1p(e), e = e^(lo - hi) <= 1; the
			 * weights of the two terms are 1/(1+e) and e/(1+e).
			 */
			double		ltx = d->ltx[d->txi[i]],
						A4 = d->l4[k] - rx * ltx,
						e = exp(-fabs(A3 - A4)),
						lse = Max(A3, A4) + log1p(e),
						wlo = e / (1 + e),
						w3 = (A3 >= A4) ? 1 - wlo : wlo,
						w4 = (A3 >= A4) ? wlo : 1 - wlo;

			ll += w * lse;
			gr -= w * (w3 * lT + w4 * ltx);
			gal -= w * rx * (w3 * d->iT[d->Ti[i]] + w4 * d->itx[d->txi[i]]);
			ga += w * w4 / a;
			gb -= w * w4 * d->ib[k];
		}
	}
	/* chain rule to the log-parameters, and per customer */
	grad[0] = (double) (-gr * r / d->customers);
	grad[1] = (double) (-gal * alpha / d->customers);
	grad[2] = (double) (-ga * a / d->customers);
	grad[3] = (double) (-gb * b / d->customers);
	return (double) (-ll / d->customers);
}

/* Prepares the data of a BG/NBD fit from the state's rows. */
static void
bgnbd_prepare(const CohortRows *cr, BgnbdData *d)
{
	int			n = cr->nrows;

	d->nrows = n;
	d->customers = (double) cr->customers;
	d->w = palloc(sizeof(double) * n);
	d->xi = palloc(sizeof(int) * n);
	d->txi = palloc(sizeof(int) * n);
	d->Ti = palloc(sizeof(int) * n);
	for (int i = 0; i < n; i++)
		d->w[i] = (double) cr->rows[i].count;
	d->nx = distinct_values(cr, 0, &d->xv, d->xi);
	d->ntx = distinct_values(cr, 1, &d->txv, d->txi);
	d->nT = distinct_values(cr, 2, &d->Tv, d->Ti);
	d->txrow = palloc(sizeof(double) * n);
	d->Trow = palloc(sizeof(double) * n);
	for (int i = 0; i < n; i++)
	{
		d->txrow[i] = cr->rows[i].v[1];
		d->Trow[i] = cr->rows[i].v[2];
	}
	d->xw = palloc0(sizeof(double) * d->nx);
	for (int i = 0; i < n; i++)
		d->xw[d->xi[i]] += d->w[i];
	d->l4 = palloc0(sizeof(double) * d->nx);
	d->ib = palloc0(sizeof(double) * d->nx);
	d->ltx = palloc(sizeof(double) * d->ntx);
	d->itx = palloc(sizeof(double) * d->ntx);
	d->lT = palloc(sizeof(double) * d->nT);
	d->iT = palloc(sizeof(double) * d->nT);
}

/*
 * Why a data set cannot be fitted by a model of `nparams` parameters, or
 * NULL: fewer customers than parameters, no repeat purchase, or fewer
 * distinct customer summaries than parameters (every customer alike: the
 * likelihood then has a ridge of equal maxima, and no estimate is one).
 */
static const char *
too_little_data(int64 customers, int nrows, int nparams, bool any_repeat)
{
	if (customers < nparams)
		return psprintf("The model has %d parameters and the data " INT64_FORMAT " customers; it needs at least %d.",
						nparams, customers, nparams);
	if (!any_repeat)
		return "No customer made a repeat purchase, so the data say nothing of how often customers buy again or of when they stop.";
	if (nrows < nparams)
		return psprintf("The customers' summaries take fewer distinct values (%d) than the model has parameters (%d): the data do not identify the model.",
						nrows, nparams);
	return NULL;
}

/*
 * The customers of a bgnbd_fit state (argument 0), prepared for the fit,
 * with their total repeat purchases sx and time sT; false, after a NOTICE
 * when the data cannot identify the model, when the fit is NULL.  The
 * final function of 1.2.0 (v2) also refuses data where every t is 0.
 */
static bool
bgnbd_fit_input(FunctionCallInfo fcinfo, bool v2, CohortRows *cr, BgnbdData *d,
				double *sx, double *sT)
{
	const char *why;

	if (PG_ARGISNULL(0))
		return false;
	cohort_rows(PG_GETARG_DATUM(0), &bgnbd_type, cr);
	if (cr->customers == 0)
		return false;
	for (int i = 0; i < cr->nrows; i++)
	{
		*sx += cr->rows[i].v[0] * cr->rows[i].count;
		*sT += cr->rows[i].v[2] * cr->rows[i].count;
	}
	why = too_little_data(cr->customers, cr->nrows, 4, *sx > 0);
	if (v2 && why == NULL && *sT == 0)
		why = "Every customer has t = 0: no time was observed, so the data say nothing of purchase rates.";
	if (why)
	{
		ereport(NOTICE,
				(errmsg("bgnbd_fit cannot fit these customers: it returns NULL"),
				 errdetail("%s", why)));
		return false;
	}
	bgnbd_prepare(cr, d);
	return true;
}

/* bgnbd_fit final function: the maximum-likelihood BG/NBD model. */
Datum
bgnbd_fit_final(PG_FUNCTION_ARGS)
{
	CohortRows	cr;
	BgnbdData	d;
	double		theta[4],
				params[4],
				sx = 0,
				sT = 0;
	PgcxOptimResult res;
	bool		converged;

	if (!bgnbd_fit_input(fcinfo, false, &cr, &d, &sx, &sT))
		PG_RETURN_NULL();

	/*
	 * Start from r = a = b = 1, and alpha such that the mean purchase rate
	 * r / alpha is the observed repeat purchases per unit of time.
	 */
	theta[0] = theta[2] = theta[3] = 0.0;
	theta[1] = (sT > 0) ? log(sT / sx) : 0.0;
	res = pgcx_minimize(bgnbd_objective, &d, theta, 4, FIT_MAX_ITERATIONS);
	for (int i = 0; i < 4; i++)
		params[i] = exp(theta[i]);
	if (!fit_verdict("bgnbd_fit", &res, params, 4, &converged))
		PG_RETURN_NULL();
	PG_RETURN_DATUM(fit_result(fcinfo, params, 4, -res.value * d.customers,
							   cr.customers, converged));
}

/* ---------------------------------------------------------------------
 * Gamma-Gamma fit
 * ---------------------------------------------------------------------
 */

/* The data of a Gamma-Gamma fit. */
typedef struct GammaGammaData
{
	int			nrows;
	double	   *w,
			   *x,
			   *m,
			   *lm,
			   *lmx;			/* per row: customers, x, m, log m, log m + log x */
	int		   *xi;				/* index into xv */
	int			nx;
	double	   *xv,
			   *xw;
	double		customers;
} GammaGammaData;

/*
 * Minus the Gamma-Gamma log-likelihood per customer at log-parameters
 * theta = log(p, q, v), and its gradient.  The mean spend m of a
 * customer's x repeat purchases has the density (Fader & Hardie 2013,
 * equation 4)
 *	 f(m | x) = Gamma(px+q) / (Gamma(px) Gamma(q)) v^q m^(px-1) x^(px)
 *				/ (v + m x)^(px+q).
 */
static double
gamma_gamma_objective(const double *theta, double *grad, void *arg)
{
	GammaGammaData *d = (GammaGammaData *) arg;
	double		p = exp(theta[0]),
				q = exp(theta[1]),
				v = exp(theta[2]);
	double		lv = log(v);
	long double ll,
				gp = 0,
				gq,
				gv;

	if (!(p > 0 && q > 0 && v > 0) || !isfinite(p) || !isfinite(q) || !isfinite(v))
		return NAN;
	ll = d->customers * (q * lv - lgamma(q));
	gq = d->customers * (lv - pgcx_digamma(q));
	gv = d->customers * q / v;
	for (int k = 0; k < d->nx; k++)
	{
		double		px = p * d->xv[k],
					w = d->xw[k],
					ps = pgcx_digamma(px + q);

		ll += w * (lgamma(px + q) - lgamma(px));
		gp += w * d->xv[k] * (ps - pgcx_digamma(px));
		gq += w * ps;
	}
	for (int i = 0; i < d->nrows; i++)
	{
		double		x = d->x[i],
					w = d->w[i],
					px = p * x,
					vm = v + d->m[i] * x,
					lvm = log(vm);

		ll += w * (px * d->lmx[i] - d->lm[i] - (px + q) * lvm);
		gp += w * x * (d->lmx[i] - lvm);
		gq -= w * lvm;
		gv -= w * (px + q) / vm;
	}
	grad[0] = (double) (-gp * p / d->customers);
	grad[1] = (double) (-gq * q / d->customers);
	grad[2] = (double) (-gv * v / d->customers);
	return (double) (-ll / d->customers);
}

/*
 * Prepares the data of a Gamma-Gamma fit from the state's rows; returns
 * the customers' total mean spend.
 */
static double
gamma_gamma_prepare(const CohortRows *cr, GammaGammaData *d)
{
	double		sm = 0;

	d->nrows = cr->nrows;
	d->customers = (double) cr->customers;
	d->w = palloc(sizeof(double) * cr->nrows);
	d->x = palloc(sizeof(double) * cr->nrows);
	d->m = palloc(sizeof(double) * cr->nrows);
	d->lm = palloc(sizeof(double) * cr->nrows);
	d->lmx = palloc(sizeof(double) * cr->nrows);
	d->xi = palloc(sizeof(int) * cr->nrows);
	for (int i = 0; i < cr->nrows; i++)
	{
		d->w[i] = (double) cr->rows[i].count;
		d->x[i] = cr->rows[i].v[0];
		d->m[i] = cr->rows[i].v[1];
		d->lm[i] = log(d->m[i]);
		d->lmx[i] = d->lm[i] + log(d->x[i]);
		sm += d->w[i] * d->m[i];
	}
	d->nx = distinct_values(cr, 0, &d->xv, d->xi);
	d->xw = palloc0(sizeof(double) * d->nx);
	for (int i = 0; i < cr->nrows; i++)
		d->xw[d->xi[i]] += d->w[i];
	return sm;
}

/*
 * The customers of a gamma_gamma_fit state (argument 0), prepared for the
 * fit; *sm their total spend.  False, after a NOTICE when the data cannot
 * identify the model, when the fit is NULL.
 */
static bool
gamma_gamma_fit_input(FunctionCallInfo fcinfo, CohortRows *cr, GammaGammaData *d, double *sm)
{
	const char *why;

	if (PG_ARGISNULL(0))
		return false;
	cohort_rows(PG_GETARG_DATUM(0), &gamma_gamma_type, cr);
	if (cr->customers == 0)
		return false;
	why = too_little_data(cr->customers, cr->nrows, 3, true);
	if (why)
	{
		ereport(NOTICE,
				(errmsg("gamma_gamma_fit cannot fit these customers: it returns NULL"),
				 errdetail("%s", why)));
		return false;
	}
	*sm = gamma_gamma_prepare(cr, d);
	return true;
}

/* gamma_gamma_fit final function: the maximum-likelihood Gamma-Gamma model. */
Datum
gamma_gamma_fit_final(PG_FUNCTION_ARGS)
{
	CohortRows	cr;
	GammaGammaData d;
	double		theta[3],
				params[3],
				sm = 0;
	PgcxOptimResult res;
	bool		converged;

	if (!gamma_gamma_fit_input(fcinfo, &cr, &d, &sm))
		PG_RETURN_NULL();

	/*
	 * Start from p = 1, q = 2 and v such that the mean spend p v / (q - 1)
	 * is the observed mean.
	 */
	theta[0] = 0.0;
	theta[1] = log(2.0);
	theta[2] = log(sm / d.customers);
	res = pgcx_minimize(gamma_gamma_objective, &d, theta, 3, FIT_MAX_ITERATIONS);
	for (int i = 0; i < 3; i++)
		params[i] = exp(theta[i]);
	if (!fit_verdict("gamma_gamma_fit", &res, params, 3, &converged))
		PG_RETURN_NULL();
	PG_RETURN_DATUM(fit_result(fcinfo, params, 3, -res.value * d.customers,
							   cr.customers, converged));
}

/* ---------------------------------------------------------------------
 * Fits of 1.2.0 (bgnbd_fit_final_v2, gamma_gamma_fit_final_v2)
 *
 * The 1.1.0 objectives above subtract lgamma values that are large next
 * to their difference (lgamma(b + x) - lgamma(b) at b = 1e17 keeps no
 * digit) and r log alpha from (r + x) log(alpha + T) (r = 1e7: eight
 * digits lost), so a fit drifting toward an edge of the parameter space
 * reported log-likelihoods that were not those of its parameters, and the
 * optimizer chased that noise for minutes.  The objectives below write
 * each difference without cancellation; the fit is kept inside a box of
 * e^40 around its start and a bounded number of evaluations; and a fit
 * whose likelihood keeps rising toward an edge (a parameter to 0 or
 * infinity, alone or with another) says so instead of converging.
 * ---------------------------------------------------------------------
 */

#define FIT_BOX				40.0	/* log-parameter units around the start */
#define FIT_MAX_EVALUATIONS	1000
#define FIT_EDGE_STEP		10.0	/* log-parameter units toward an edge */
#define FIT_SMALL_X			64		/* below: Pochhammer sums term by term */

/*
 * Is a log-likelihood `ll`, the sum of terms whose magnitudes add up to
 * `mag`, computed to 1e-10 of itself (or of the customers)?  Beyond, its
 * rounding error (a few units of DBL_EPSILON per term; the sums are in
 * extended precision) could exceed that, and the fit is outside the
 * region where its likelihood is computable.
 */
static inline bool
fit_computable(long double mag, long double ll, double customers)
{
	return 8 * DBL_EPSILON * mag <= 1e-10 * Max(fabsl(ll), (long double) customers);
}

/*
 * psi(x + h) - psi(x) for x > 0, h >= 0, without cancellation: x is raised
 * to 15 by psi(z + 1) = psi(z) + 1/z (each step adds h / (z (z + h))),
 * then the asymptotic series of psi (Abramowitz & Stegun 6.3.18) is
 * differenced with log1p.
 */
static double
digamma_diff(double x, double h)
{
	double		result = 0.0,
				y;

	if (h == 0.0)
		return 0.0;
	while (x < 15.0)
	{
		result += h / (x * (x + h));
		x += 1.0;
	}
	y = x + h;
	{
		double		ix2 = 1.0 / (x * x),
					iy2 = 1.0 / (y * y);

#define PSI_TAIL(i2) ((i2) * (1.0 / 12 - (i2) * (1.0 / 120 - (i2) * (1.0 / 252 - (i2) * (1.0 / 240 - (i2) * (1.0 / 132 - (i2) * (691.0 / 32760)))))))
		result += log1p(h / x) + 0.5 * h / (x * y) - (PSI_TAIL(iy2) - PSI_TAIL(ix2));
#undef PSI_TAIL
	}
	return result;
}

/*
 * log B(a, b + x) - log B(a, b) = lgamma(b + x) - lgamma(b) - [lgamma(a +
 * b + x) - lgamma(a + b)], and its derivative in b, psi(b + x) - psi(b) -
 * [psi(a + b + x) - psi(a + b)]: for a small whole x as the sums over
 * j < x of -log1p(a / (b + j)) and a / ((b + j) (a + b + j)), which keep
 * their digits when a is tiny next to b.
 */
static void
beta_ratio(double a, double b, double x, double *value, double *dvalue_db)
{
	if (x < FIT_SMALL_X)
	{
		double		v = 0.0,
					dv = 0.0;

		for (int j = 0; j < (int) x; j++)
		{
			v -= log1p(a / (b + j));
			dv += a / ((b + j) * (a + b + j));
		}
		*value = v;
		*dvalue_db = dv;
	}
	else
	{
		*value = pgcx_lgamma_diff(b, x) - pgcx_lgamma_diff(a + b, x);
		*dvalue_db = digamma_diff(b, x) - digamma_diff(a + b, x);
	}
}

/* lgamma(r + x) - lgamma(r) and psi(r + x) - psi(r), for a whole x >= 0. */
static void
pochhammer(double r, double x, double *value, double *dvalue)
{
	if (x < FIT_SMALL_X)
	{
		double		v = 0.0,
					dv = 0.0;

		for (int j = 0; j < (int) x; j++)
		{
			v += log(r + j);
			dv += 1.0 / (r + j);
		}
		*value = v;
		*dvalue = dv;
	}
	else
	{
		*value = pgcx_lgamma_diff(r, x);
		*dvalue = digamma_diff(r, x);
	}
}

/*
 * The 1.2.0 objective and its edges: a direction in log-parameter space
 * along which the likelihood may keep rising to a limit, what that means,
 * and the box and evaluation budget of a fit.
 */
typedef struct FitEdge
{
	double		dir[PGCX_OPTIM_MAX_PARAMS];
	const char *what;			/* "a tends to 0" */
	const char *meaning;		/* what the data then say */
} FitEdge;

typedef struct FitProblem
{
	pgcx_objective f;			/* the objective, computable far outside the box */
	void	   *arg;
	int			n;
	double		lo[PGCX_OPTIM_MAX_PARAMS],
				hi[PGCX_OPTIM_MAX_PARAMS];
	int			evaluations;
	bool		exhausted;		/* the evaluation budget ran out */
	bool		walled;			/* the last point tried was outside the box or
								 * where the likelihood is not computable */
} FitProblem;

/* The objective inside the box and the budget (NaN outside: step back). */
static double
fit_boxed_objective(const double *theta, double *grad, void *arg)
{
	FitProblem *p = (FitProblem *) arg;
	double		value;

	if (p->evaluations >= FIT_MAX_EVALUATIONS)
	{
		p->exhausted = true;
		return NAN;
	}
	p->evaluations++;
	p->walled = true;
	for (int i = 0; i < p->n; i++)
		if (!(theta[i] >= p->lo[i] && theta[i] <= p->hi[i]))
			return NAN;
	value = p->f(theta, grad, p->arg);
	p->walled = !isfinite(value);
	return value;
}

/*
 * Minimises the objective from theta (updated in place) inside the box of
 * FIT_BOX around it; returns the optimizer's result with the value of the
 * objective at the returned theta.
 */
static PgcxOptimResult
fit_minimize(FitProblem *p, double *theta)
{
	PgcxOptimResult res;
	double		grad[PGCX_OPTIM_MAX_PARAMS];

	for (int i = 0; i < p->n; i++)
	{
		p->lo[i] = theta[i] - FIT_BOX;
		p->hi[i] = theta[i] + FIT_BOX;
	}
	p->evaluations = 0;
	p->exhausted = false;
	res = pgcx_minimize(fit_boxed_objective, p, theta, p->n, FIT_MAX_ITERATIONS);
	res.value = p->f(theta, grad, p->arg);
	if (p->exhausted)
		res.converged = false;
	return res;
}

/*
 * The edges of `edges` toward which the likelihood does not fall, as a
 * bit mask: the objective FIT_EDGE_STEP further along the edge's direction
 * (or less far, where it cannot be computed that far) is not above its
 * value at theta (to 1e-9 of the value per customer).  An
 * interior maximum loses there; a likelihood that keeps rising, or is flat
 * over a factor e^10, has no maximum inside or none the data identify.
 */
static uint32
fit_edges(const FitProblem *p, const double *theta, double value,
		  const FitEdge *edges, int nedges)
{
	double		moved[PGCX_OPTIM_MAX_PARAMS],
				grad[PGCX_OPTIM_MAX_PARAMS];
	uint32		found = 0;

	Assert(nedges <= 32);
	for (int e = 0; e < nedges; e++)
	{
		double		v = NAN;

		CHECK_FOR_INTERRUPTS();

		/*
		 * Shorter steps where the likelihood cannot be computed accurately
		 * that far out.
		 */
		for (double step = FIT_EDGE_STEP; !isfinite(v) && step > 0.1; step /= 2)
		{
			for (int i = 0; i < p->n; i++)
				moved[i] = theta[i] + step * edges[e].dir[i];
			v = p->f(moved, grad, p->arg);
		}
		if (isfinite(v) && v <= value + 1e-9 * Max(1.0, fabs(value)))
			found |= UINT32_C(1) << e;
	}
	return found;
}

/*
 * Judges the end of a 1.2.0 fit of `caller`: false (the caller returns
 * NULL, a NOTICE says why) when the log-likelihood at the parameters is
 * not a finite number; else true, with *converged false and a NOTICE when
 * the likelihood keeps rising toward an edge (each named, with what it
 * means) or the optimizer did not converge.
 */
static bool
fit_verdict_v2(const char *caller, const FitProblem *p, const PgcxOptimResult *res,
			   const double *theta, const double *params, const FitEdge *edges,
			   int nedges, int nprincipal, bool *converged)
{
	uint32		found;

	for (int i = 0; i < p->n; i++)
		if (!isfinite(params[i]) || params[i] == 0 || !isfinite(res->value))
		{
			ereport(NOTICE,
					(errmsg("%s found no maximum of the likelihood: it returns NULL", caller),
					 errdetail("The log-likelihood cannot be computed to 1e-10 in double precision where the search starts: the values span too many orders of magnitude (a spend of 1e-300 beside one of 1e300), or the data do not identify the model.")));
			return false;
		}
	found = fit_edges(p, theta, res->value, edges, nedges);
	*converged = res->converged && found == 0;
	if (found)
	{
		StringInfoData what,
					meaning;
		uint32		named = 0;	/* parameters of the edges named */

		/*
		 * The principal edges found (the first `nprincipal`), each unless a
		 * parameter of it or its meaning is already named (a tiny a is flat
		 * in b too); else the first edge found.
		 */
		initStringInfo(&what);
		initStringInfo(&meaning);
		for (int e = 0; e < nedges; e++)
		{
			uint32		params = 0;

			if (!(found & (UINT32_C(1) << e)) || (e >= nprincipal && what.len > 0))
				continue;
			for (int i = 0; i < p->n; i++)
				if (edges[e].dir[i] != 0)
					params |= UINT32_C(1) << i;
			if ((params & named) || strstr(meaning.data, edges[e].meaning) != NULL)
				continue;
			named |= params;
			appendStringInfo(&what, "%s%s", what.len ? "; " : "", edges[e].what);
			appendStringInfo(&meaning, "%s ", edges[e].meaning);
		}
		ereport(NOTICE,
				(errmsg("%s stopped at the edge of the parameters: %s", caller, what.data),
				 errdetail("%sThe likelihood has no maximum inside the parameter space; the estimates approach that limit and are not a maximum.",
						   meaning.data)));
	}
	else if (!res->converged && p->walled && !p->exhausted)
		ereport(NOTICE,
				(errmsg("%s stopped where its likelihood can no longer be computed", caller),
				 errdetail("The likelihood keeps rising toward parameters where it cannot be computed to 1e-10 in double precision, or that are e^%g times their start (the data are nearly degenerate, e.g. customers who hardly differ); the estimates are not a maximum.",
						   FIT_BOX)));
	else if (!res->converged)
		ereport(NOTICE,
				(errmsg("%s did not converge", caller),
				 errdetail("%s", p->exhausted ?
						   psprintf("The optimizer reached its bound of %d evaluations of the likelihood; the estimates are not a maximum.",
									FIT_MAX_EVALUATIONS) :
						   "The likelihood is flat or its maximum lies at the edge of the parameters (for example when the customers hardly differ); the estimates are not a maximum.")));
	return true;
}

/*
 * The edges of the BG/NBD parameters (r, alpha, a, b), most telling first;
 * the first four are the principal ones (the limits of the model: no
 * dropout, one dropout probability, one purchase rate).
 */
static const FitEdge bgnbd_edges[] = {
	{{0, 0, -1, 0}, "a tends to 0",
	"No dropout signal: the data show no sign of customers becoming inactive."},
	{{0, 0, 0, 1}, "b grows without bound",
	"No dropout signal: the data show no sign of customers becoming inactive."},
	{{0, 0, 1, 1}, "a and b grow without bound together",
	"The probability of dropping out after a purchase does not differ between customers."},
	{{1, 1, 0, 0}, "r and alpha grow without bound together",
	"The purchase rates do not differ between customers (each buys at the same rate)."},
	{{0, -1, 0, 0}, "alpha tends to 0",
	"The likelihood grows without bound as the time scale shrinks: repeat purchases at recency 0 or customers observed for no time."},
	{{-1, -1, 0, 0}, "r and alpha tend to 0 together",
	"The purchase rates differ without bound between customers."},
	{{-1, 0, 0, 0}, "r tends to 0", "The data do not identify the purchase rates."},
	{{1, 0, 0, 0}, "r grows without bound", "The data do not identify the purchase rates."},
	{{0, 1, 0, 0}, "alpha grows without bound", "The data do not identify the purchase rates."},
	{{0, 0, 1, 0}, "a grows without bound",
	"Every customer seems to drop out right after a purchase."},
	{{0, 0, 0, -1}, "b tends to 0",
	"Every customer seems to drop out right after a purchase."},
	{{0, 0, -1, -1}, "a and b tend to 0 together",
	"The dropout probabilities differ without bound between customers (each near 0 or 1)."},
};

/*
 * The edges of the Gamma-Gamma parameters (p, q, v); the first two are the
 * principal ones (one mean spend, no spread around it).
 */
static const FitEdge gamma_gamma_edges[] = {
	{{0, 1, 1}, "q and v grow without bound together",
	"The customers' mean spends do not differ (no heterogeneity in spend)."},
	{{1, 0, -1}, "p grows without bound as v tends to 0",
	"Each customer's spends do not vary around their own mean."},
	{{1, 0, 0}, "p grows without bound", "The data do not identify the spread of spend."},
	{{-1, 0, 0}, "p tends to 0", "The data do not identify the spread of spend."},
	{{0, 1, 0}, "q grows without bound", "The data do not identify the spread of spend."},
	{{0, -1, 0}, "q tends to 0", "The mean spends differ without bound between customers."},
	{{0, 0, 1}, "v grows without bound", "The data do not identify the scale of spend."},
	{{0, 0, -1}, "v tends to 0", "The data do not identify the scale of spend."},
	{{0, -1, -1}, "q and v tend to 0 together",
	"The mean spends differ without bound between customers."},
};

/*
 * Minus the BG/NBD log-likelihood per customer at log-parameters theta =
 * log(r, alpha, a, b), and its gradient in theta: equation 6 of Fader,
 * Hardie & Lee (2005) written without cancellation,
 *	 log L = [lgamma(r + x) - lgamma(r)] + [log B(a, b + x) - log B(a, b)]
 *			 + log( e^B3 + [x > 0] e^B4 )
 *	 B3 = -r log1p(T / alpha) - x log(alpha + T)
 *	 B4 = log(a / (b + x - 1)) - r log1p(tx / alpha) - x log(alpha + tx)
 * (r log alpha is folded into B3 and B4: r log(alpha / (alpha + T))).
 */
static double
bgnbd_objective_v2(const double *theta, double *grad, void *arg)
{
	BgnbdData  *d = (BgnbdData *) arg;
	double		r = exp(theta[0]),
				alpha = exp(theta[1]),
				a = exp(theta[2]),
				b = exp(theta[3]),
				la = log(a);
	bool		direct_tx = d->ntx > d->nrows / 4,
				direct_T = d->nT > d->nrows / 4;
	long double ll = 0,
				gr = 0,
				gal = 0,
				ga = 0,
				gb = 0,
				mag = 0;		/* sum of the terms' magnitudes */

	if (!(r > 0 && alpha > 0 && a > 0 && b > 0) ||
		!isfinite(r) || !isfinite(alpha) || !isfinite(a) || !isfinite(b))
		return NAN;

	/*
	 * Per distinct frequency: l4 = log(a / (b + x - 1)), ib = b / (b + x -
	 * 1); per distinct recency and age (ltx, lT) log1p(T / alpha) and (itx,
	 * iT) log(alpha + T).
	 */
	for (int k = 0; k < d->nx; k++)
	{
		double		x = d->xv[k],
					w = d->xw[k],
					pv,
					pdv,
					bv,
					bdv;

		pochhammer(r, x, &pv, &pdv);
		beta_ratio(a, b, x, &bv, &bdv);
		ll += w * (pv + bv);
		mag += w * (fabs(pv) + fabs(bv) +
					(x < FIT_SMALL_X ? 0 : 2 * x * fabs(log(a + b + x))));
		gr += w * r * pdv;
		gb += w * b * bdv;
		if (x > 0)
		{
			d->l4[k] = la - log(b + x - 1);
			d->ib[k] = b / (b + x - 1);
		}
	}
	/* d/dlog a of the beta terms: -a (psi(a + b + x) - psi(a + b)) */
	for (int k = 0; k < d->nx; k++)
	{
		double		x = d->xv[k],
					s = 0.0;

		if (x < FIT_SMALL_X)
			for (int j = 0; j < (int) x; j++)
				s += 1.0 / (a + b + j);
		else
			s = digamma_diff(a + b, x);
		ga -= d->xw[k] * a * s;
	}
	/*
	 * The terms of each distinct recency and age, when they repeat enough
	 * to be worth it; else (ages and recencies all different) per row, in
	 * order, rather than gathered at random from arrays as long as the rows.
	 */
	if (!direct_tx)
		for (int k = 0; k < d->ntx; k++)
		{
			d->ltx[k] = log1p(d->txv[k] / alpha);
			d->itx[k] = log(alpha + d->txv[k]);
		}
	if (!direct_T)
		for (int k = 0; k < d->nT; k++)
		{
			d->lT[k] = log1p(d->Tv[k] / alpha);
			d->iT[k] = log(alpha + d->Tv[k]);
		}

	for (int i = 0; i < d->nrows; i++)
	{
		int			k = d->xi[i];
		double		x = d->xv[k],
					w = d->w[i],
					T = d->Trow[i],
					l1T = direct_T ? log1p(T / alpha) : d->lT[d->Ti[i]],
					lT = direct_T ? log(alpha + T) : d->iT[d->Ti[i]],
					B3 = -r * l1T - x * lT,
					dB3 = (r * T - x * alpha) / (alpha + T);	/* d/dlog alpha */

		mag += w * (r * l1T + x * fabs(lT));
		if (x == 0)
		{
			ll += w * B3;
			gr -= w * r * l1T;
			gal += w * dB3;
		}
		else
		{
			double		tx = d->txrow[i],
						l1tx = direct_tx ? log1p(tx / alpha) : d->ltx[d->txi[i]],
						ltx = direct_tx ? log(alpha + tx) : d->itx[d->txi[i]],
						B4 = d->l4[k] - r * l1tx - x * ltx,
						dB4 = (r * tx - x * alpha) / (alpha + tx),
						e = exp(-fabs(B3 - B4)),
						lse = Max(B3, B4) + log1p(e),
						wlo = e / (1 + e),
						w3 = (B3 >= B4) ? 1 - wlo : wlo,
						w4 = (B3 >= B4) ? wlo : 1 - wlo;

			ll += w * lse;
			mag += w * (fabs(d->l4[k]) + r * l1tx + x * fabs(ltx));
			gr -= w * r * (w3 * l1T + w4 * l1tx);
			gal += w * (w3 * dB3 + w4 * dB4);
			ga += w * w4;
			gb -= w * w4 * d->ib[k];
		}
	}
	if (!fit_computable(mag, ll, d->customers))
		return NAN;
	grad[0] = (double) (-gr / d->customers);
	grad[1] = (double) (-gal / d->customers);
	grad[2] = (double) (-ga / d->customers);
	grad[3] = (double) (-gb / d->customers);
	return (double) (-ll / d->customers);
}

/*
 * Minus the Gamma-Gamma log-likelihood per customer at log-parameters
 * theta = log(p, q, v), and its gradient in theta: Fader & Hardie (2013)
 * equation 4 written without cancellation,
 *	 log f = lgamma(px + q) - lgamma(px) - lgamma(q) - log m
 *			 - q log1p(m x / v) - px log1p(v / (m x))
 * (q log v + px log(m x) folded into the last two terms), the three lgamma
 * as a Pochhammer difference from the larger of px and q.
 */
static double
gamma_gamma_objective_v2(const double *theta, double *grad, void *arg)
{
	GammaGammaData *d = (GammaGammaData *) arg;
	double		p = exp(theta[0]),
				q = exp(theta[1]),
				v = exp(theta[2]);
	long double ll = 0,
				gp = 0,
				gq = 0,
				gv = 0,
				mag = 0;		/* sum of the terms' magnitudes */

	if (!(p > 0 && q > 0 && v > 0) || !isfinite(p) || !isfinite(q) || !isfinite(v))
		return NAN;
	for (int k = 0; k < d->nx; k++)
	{
		double		x = d->xv[k],
					px = p * x,
					w = d->xw[k],
					diff = (px >= q) ? pgcx_lgamma_diff(px, q) : pgcx_lgamma_diff(q, px),
					lg = (px >= q) ? lgamma(q) : lgamma(px);

		ll += w * (diff - lg);
		mag += w * (fabs(diff) + fabs(lg));
		gp += w * p * x * digamma_diff(px, q);
		gq += w * q * digamma_diff(q, px);
	}
	for (int i = 0; i < d->nrows; i++)
	{
		double		x = d->x[i],
					w = d->w[i],
					m = d->m[i],
					px = p * x,
					l1 = log1p(m * x / v),
					l2 = log1p(v / (m * x));

		ll += w * (-d->lm[i] - q * l1 - px * l2);
		mag += w * (fabs(d->lm[i]) + q * l1 + px * l2);
		gp -= w * px * l2;
		gq -= w * q * l1;
		gv += w * x * (q * m - p * v) / (v + m * x);
	}
	if (!fit_computable(mag, ll, d->customers))
		return NAN;
	grad[0] = (double) (-gp / d->customers);
	grad[1] = (double) (-gq / d->customers);
	grad[2] = (double) (-gv / d->customers);
	return (double) (-ll / d->customers);
}

/*
 * bgnbd_fit final function of 1.2.0: the maximum-likelihood BG/NBD model,
 * its log-likelihood computed without cancellation at the returned
 * parameters, and an edge of the parameter space reported as such.
 */
Datum
bgnbd_fit_final_v2(PG_FUNCTION_ARGS)
{
	CohortRows	cr;
	BgnbdData	d;
	FitProblem	p = {0};
	double		theta[4],
				params[4],
				sx = 0,
				sT = 0;
	PgcxOptimResult res;
	bool		converged;

	if (!bgnbd_fit_input(fcinfo, true, &cr, &d, &sx, &sT))
		PG_RETURN_NULL();

	/* the start of 1.1.0 */
	theta[0] = theta[2] = theta[3] = 0.0;
	theta[1] = log(sT / sx);
	p.f = bgnbd_objective_v2;
	p.arg = &d;
	p.n = 4;
	res = fit_minimize(&p, theta);
	for (int i = 0; i < 4; i++)
		params[i] = exp(theta[i]);
	if (!fit_verdict_v2("bgnbd_fit", &p, &res, theta, params, bgnbd_edges,
						lengthof(bgnbd_edges), 4, &converged))
		PG_RETURN_NULL();
	PG_RETURN_DATUM(fit_result(fcinfo, params, 4, -res.value * d.customers,
							   cr.customers, converged));
}

/*
 * gamma_gamma_fit final function of 1.2.0: the maximum-likelihood
 * Gamma-Gamma model, its log-likelihood computed without cancellation at
 * the returned parameters, and an edge of the parameter space reported as
 * such.
 */
Datum
gamma_gamma_fit_final_v2(PG_FUNCTION_ARGS)
{
	CohortRows	cr;
	GammaGammaData d;
	FitProblem	p = {0};
	double		theta[3],
				params[3],
				sm;
	PgcxOptimResult res;
	bool		converged;

	if (!gamma_gamma_fit_input(fcinfo, &cr, &d, &sm))
		PG_RETURN_NULL();

	/* the start of 1.1.0 */
	theta[0] = 0.0;
	theta[1] = log(2.0);
	theta[2] = log(sm / d.customers);
	p.f = gamma_gamma_objective_v2;
	p.arg = &d;
	p.n = 3;
	res = fit_minimize(&p, theta);
	for (int i = 0; i < 3; i++)
		params[i] = exp(theta[i]);
	if (!fit_verdict_v2("gamma_gamma_fit", &p, &res, theta, params, gamma_gamma_edges,
						lengthof(gamma_gamma_edges), 2, &converged))
		PG_RETURN_NULL();
	PG_RETURN_DATUM(fit_result(fcinfo, params, 3, -res.value * d.customers,
							   cr.customers, converged));
}


/* ---------------------------------------------------------------------
 * Predictions
 * ---------------------------------------------------------------------
 */

/*
 * Reads `n` float8 parameters named in `names` from the model composite
 * `tuple`; each must be finite and positive.
 */
static void
model_decode(HeapTupleHeader tuple, const char *type,
			 const char *const *names, int n, double *out, const char *caller)
{
	for (int i = 0; i < n; i++)
	{
		bool		isnull;
		Datum		v = GetAttributeByNum(tuple, i + 1, &isnull);

		out[i] = isnull ? NAN : DatumGetFloat8(v);
		if (isnull || !(out[i] > 0) || !isfinite(out[i]))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s model with %s %s is invalid in %s",
							type, names[i], isnull ? "NULL" : pgcx_float8_text(out[i]), caller),
					 errdetail("The parameters of a %s model are finite and positive.", type)));
	}
}

/* The BG/NBD parameters r, alpha, a, b of a bgnbd composite. */
static void
bgnbd_decode(HeapTupleHeader tuple, double *m, const char *caller)
{
	static const char *const names[] = {"r", "alpha", "a", "b"};

	model_decode(tuple, "bgnbd", names, 4, m, caller);
}

/* The Gamma-Gamma parameters p, q, v of a gamma_gamma composite. */
static void
gamma_gamma_decode(HeapTupleHeader tuple, double *m, const char *caller)
{
	static const char *const names[] = {"p", "q", "v"};

	model_decode(tuple, "gamma_gamma", names, 3, m, caller);
}

static const PgcxModelType bgnbd_model = {"bgnbd", 4, bgnbd_decode};
static const PgcxModelType gamma_gamma_model = {"gamma_gamma", 3, gamma_gamma_decode};

/* The BG/NBD parameters r, alpha, a, b of argument `argno`. */
static void
bgnbd_params(FunctionCallInfo fcinfo, int argno, double *m, const char *caller)
{
	pgcx_model_params(fcinfo, argno, &bgnbd_model, m, caller);
}

/* The Gamma-Gamma parameters p, q, v of argument `argno`. */
static void
gamma_gamma_params(FunctionCallInfo fcinfo, int argno, double *m, const char *caller)
{
	pgcx_model_params(fcinfo, argno, &gamma_gamma_model, m, caller);
}

#define LOG_ODDS_MEMO	1024	/* frequencies whose log(a / (b+x-1)) is kept */

/*
 * log(a) - log(b + x - 1) of the model (a, b) seen last, for the whole
 * frequencies x from 1 below LOG_ODDS_MEMO: the doubles the formula gives,
 * each computed once per model instead of once per customer.
 */
static struct
{
	double		a,
				b;				/* the model; 0 (never valid) when none */
	uint64		known[LOG_ODDS_MEMO / 64];	/* bit x: v[x] is set */
	double		v[LOG_ODDS_MEMO];
}			log_odds_memo;

/*
 * log(a) - log(b + x - 1): from log_odds_memo for a whole x from 1 below
 * LOG_ODDS_MEMO, computed for any other x.
 */
static inline double
bgnbd_log_odds_base(double a, double b, double x)
{
	int			k;

	if (!(x >= 1 && x < LOG_ODDS_MEMO && x == (double) (int) x))
		return log(a) - log(b + x - 1);
	k = (int) x;
	if (unlikely(a != log_odds_memo.a || b != log_odds_memo.b))
	{
		memset(log_odds_memo.known, 0, sizeof(log_odds_memo.known));
		log_odds_memo.a = a;
		log_odds_memo.b = b;
	}
	if (!(log_odds_memo.known[k / 64] & (UINT64CONST(1) << (k % 64))))
	{
		log_odds_memo.v[k] = log(a) - log(b + x - 1);
		log_odds_memo.known[k / 64] |= UINT64CONST(1) << (k % 64);
	}
	return log_odds_memo.v[k];
}

/*
 * log(1 + [x > 0] a/(b+x-1) ((alpha+T)/(alpha+tx))^(r+x)): minus the log of
 * the probability that the customer is alive (Fader, Hardie & Lee 2008,
 * "Computing P(alive) using the BG/NBD model", equation 1); x is a whole
 * number.
 */
static double
bgnbd_log_dead_odds1p(const double *m, double x, double tx, double T)
{
	if (x == 0)
		return 0.0;
	return bgnbd_log1p_odds(bgnbd_log_odds_base(m[2], m[3], x), m, x, tx, T);
}

/* Raises the error of a hypergeometric series that does not converge. */
static void
series_too_long(double t, double alpha, const char *caller)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("horizon %s is too long for the model in %s", pgcx_float8_text(t), caller),
			 errdetail("The expected purchases need a series that does not converge in %d terms: the horizon is many times the model's time scale alpha = %s.",
					   SERIES_MAX_TERMS, pgcx_float8_text(alpha))));
}

/*
 * sum_{k>=1} of the terms first * prod_{j=1}^{k-1} (A+j)(B+j) z / ((C+j)(j+1)):
 * the tail of a Gauss hypergeometric series (C + j > 0 for j >= 1), summed
 * until the terms decrease and no longer change the sum.
 */
static double
series_tail(double first, double A, double B, double C, double z,
			double t, double alpha, const char *caller)
{
	double		term = first,
				s = first;

	for (int64 k = 1; term != 0; k++)
	{
		double		ratio = (A + k) * (B + k) * z / ((C + k) * (k + 1));

		term *= ratio;
		s += term;
		if (fabs(term) <= 1e-17 * fabs(s) && fabs(ratio) < 1)
			break;
		if ((k & 0xFFFF) == 0)
		{
			CHECK_FOR_INTERRUPTS();
			if (k >= SERIES_MAX_TERMS)
				series_too_long(t, alpha, caller);
		}
	}
	return s;
}

/*
 * E[Y(t) | x, tx, T]: the expected purchases of a customer in the next t
 * units (Fader, Hardie & Lee 2005, equation 10):
 *	 (a+b+x-1)/(a-1) [1 - ((alpha+T)/(alpha+T+t))^(r+x)
 *						  2F1(r+x, b+x; a+b+x-1; t/(alpha+T+t))]
 *	 / (1 + [x > 0] a/(b+x-1) ((alpha+T)/(alpha+tx))^(r+x)).
 * With z = t/(alpha+T+t) and C = a+b+x-1, the series of 2F1(r+x, b+x; C; z)
 * needs about (r+x)(b+x) z / C terms before they decrease: many for
 * customers with hundreds of purchases.  Euler's transformation
 * 2F1(A,B;C;z) = (1-z)^(C-A-B) 2F1(C-A,C-B;C;z) (Abramowitz & Stegun
 * 15.3.3) turns (1-z)^(r+x) 2F1(r+x, b+x; C; z) into
 * (1-z)^(a-1) 2F1(a+b-1-r, a-1; C; z), whose parameters do not grow with x.
 * Its terms carry the factor (a-1), so the bracket over (a-1) is
 *	 (1 - (1-z)^(a-1)) / (a-1) - (1-z)^(a-1) S / C,
 *	 S = sum_{k>=1} (a+b-1-r)_k (a)_(k-1) z^k / ((C+1)_(k-1) k!),
 * finite also when a = 1 or C <= 0.  That series is the short one unless
 * a and b are large (customers alike in their dropout): then the direct
 * series is, and it is used.
 */
static double
bgnbd_expected(const double *m, double t, double x, double tx, double T,
			   const char *caller)
{
	double		r = m[0],
				alpha = m[1],
				a = m[2],
				b = m[3];
	double		C = a + b + x - 1,
				Ap = a + b - 1 - r,
				z,
				L,
				u,
				bracket;

	if (t == 0)
		return 0.0;
	z = t / (alpha + T + t);
	L = -log1p(t / (alpha + T));	/* log(1 - z) */
	if (C > 0 && fabs(Ap * (a - 1)) > (r + x) * (b + x))
	{
		/* direct: 1 - (1-z)^(r+x) 2F1(r+x, b+x; C; z), a far from 1 */
		double		f = 1 + series_tail((r + x) * (b + x) * z / C, r + x, b + x, C, z,
										t, alpha, caller);

		bracket = C * (-expm1((r + x) * L + log(f))) / (a - 1);
	}
	else
	{
		double		head;

		u = (a - 1) * L;
		if (fabs(u) > 1e-8)
			head = -expm1(u) / (a - 1);
		else
			head = -L * (1 + u / 2 + u * u / 6);	/* the same, near a = 1 */
		bracket = C * head - exp(u) * series_tail(Ap * z, Ap, a - 1, C, z, t, alpha, caller);
	}
	return bracket * exp(-bgnbd_log_dead_odds1p(m, x, tx, T));
}

/* Raises the error of an expectation that cannot be computed accurately. */
static void
expected_inaccurate(const double *m, double t, double x, const char *caller)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("expected purchases over horizon %s cannot be computed accurately in %s",
					pgcx_float8_text(t), caller),
			 errdetail("Neither the hypergeometric series nor the integral over the dropout probability reaches double precision for r = %s, alpha = %s, a = %s, b = %s and frequency %s.",
					   pgcx_float8_text(m[0]), pgcx_float8_text(m[1]), pgcx_float8_text(m[2]),
					   pgcx_float8_text(m[3]), pgcx_float8_text(x))));
}

/* Refuses a horizon that is negative or not finite. */
static void
check_horizon(double horizon, const char *caller)
{
	if (!isfinite(horizon) || horizon < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("horizon %s is out of range for %s", pgcx_float8_text(horizon), caller),
				 errdetail("The horizon is a finite, non-negative number of time units.")));
}

/*
 * E[Y(t) | x, tx, T] of 1.2.0 (bgnbd_expected.c): accurate to about 1e-13
 * in every region of the parameters, or the error 22003.
 */
static double
bgnbd_expected_v2(const double *m, double t, double x, double tx, double T,
				  const char *caller)
{
	double		e = bgnbd_expected_alive(m, t, x, T, NULL);

	if (isnan(e))
		expected_inaccurate(m, t, x, caller);
	return e * exp(-bgnbd_log_dead_odds1p_v2(m, x, tx, T));
}

/*
 * bgnbd_expected_purchases(m, horizon, frequency, recency, t): expected
 * purchases of the customer in the next `horizon` units; `v2` selects the
 * evaluation of 1.2.0, else that of 1.1.0.
 */
static Datum
expected_purchases(FunctionCallInfo fcinfo, bool v2)
{
	double		m[4];
	double		horizon = PG_GETARG_FLOAT8(1),
				x = PG_GETARG_FLOAT8(2),
				tx = PG_GETARG_FLOAT8(3),
				T = PG_GETARG_FLOAT8(4);

	bgnbd_params(fcinfo, 0, m, "bgnbd_expected_purchases");
	check_horizon(horizon, "bgnbd_expected_purchases");
	check_purchases("bgnbd_expected_purchases", x, tx, T);
	if (v2)
		PG_RETURN_FLOAT8(bgnbd_expected_v2(m, horizon, x, tx, T, "bgnbd_expected_purchases"));
	PG_RETURN_FLOAT8(bgnbd_expected(m, horizon, x, tx, T, "bgnbd_expected_purchases"));
}

/* bgnbd_expected_purchases as released in 1.1.0. */
Datum
bgnbd_expected_purchases(PG_FUNCTION_ARGS)
{
	return expected_purchases(fcinfo, false);
}

/* bgnbd_expected_purchases of 1.2.0: accurate for every model. */
PG_FUNCTION_INFO_V1(bgnbd_expected_purchases_v2);
Datum
bgnbd_expected_purchases_v2(PG_FUNCTION_ARGS)
{
	return expected_purchases(fcinfo, true);
}

/* bgnbd_p_alive(m, frequency, recency, t): P(the customer is still active). */
Datum
bgnbd_p_alive(PG_FUNCTION_ARGS)
{
	double		m[4],
				lo;
	double		x = PG_GETARG_FLOAT8(1),
				tx = PG_GETARG_FLOAT8(2),
				T = PG_GETARG_FLOAT8(3);

	bgnbd_params(fcinfo, 0, m, "bgnbd_p_alive");
	check_purchases("bgnbd_p_alive", x, tx, T);
	lo = bgnbd_log_dead_odds1p(m, x, tx, T);
	/* exp(-0) is 1: no call for the customers without repeat purchases */
	PG_RETURN_FLOAT8(lo == 0 ? 1.0 : exp(-lo));
}

/*
 * E[M | x, m] = p (v + x m) / (p x + q - 1), the expected mean spend per
 * purchase of a customer (Fader & Hardie 2013, equation 5); for x = 0 the
 * population mean p v / (q - 1).  NaN when it does not exist
 * (p x + q <= 1).
 */
static double
gamma_gamma_spend(const double *g, double x, double mbar)
{
	double		den = g[0] * x + g[1] - 1;

	if (!(den > 0))
		return NAN;
	return g[0] * (g[2] + x * mbar) / den;
}

/* s = a + b and its rounding error e (Knuth's TwoSum). */
static inline void
two_sum(double a, double b, double *s, double *e)
{
	double		bb;

	*s = a + b;
	bb = *s - a;
	*e = (a - (*s - bb)) + (b - bb);
}

/*
 * gamma_gamma_spend of 1.2.0: p x + q - 1 summed in double-double, so that
 * p x is not lost beside q - 1 (p = 1e-300, q = 1); the error 22003 when
 * the spend is beyond float8.
 */
static double
gamma_gamma_spend_v2(const double *g, double x, double mbar, const char *caller)
{
	double		px = g[0] * x,
				px_err = fma(g[0], x, -px),
				q1,
				q1_err,
				hi,
				hi_err,
				den,
				spend;

	two_sum(g[1], -1.0, &q1, &q1_err);
	two_sum(px, q1, &hi, &hi_err);
	den = hi + (hi_err + px_err + q1_err);
	if (!(den > 0))
		return NAN;
	spend = (g[2] + x * mbar) * (g[0] / den);
	if (!isfinite(spend))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("expected spend is out of range for double precision in %s", caller),
				 errdetail("p (v + x m) / (p x + q - 1) is beyond the range of double precision for p = %s, q = %s, v = %s, frequency %s and monetary %s.",
						   pgcx_float8_text(g[0]),
						   pgcx_float8_text(g[1]), pgcx_float8_text(g[2]),
						   pgcx_float8_text(x), pgcx_float8_text(mbar))));
	return spend;
}

/*
 * gamma_gamma_expected_spend(m, frequency, monetary): expected mean spend
 * per purchase; NULL when the model gives it no finite mean.  `v2` selects
 * the evaluation of 1.2.0.
 */
static Datum
expected_spend(FunctionCallInfo fcinfo, bool v2)
{
	double		g[3],
				spend;
	double		x = PG_GETARG_FLOAT8(1),
				mbar = PG_GETARG_FLOAT8(2);

	gamma_gamma_params(fcinfo, 0, g, "gamma_gamma_expected_spend");
	check_spend("gamma_gamma_expected_spend", x, mbar);
	spend = v2 ? gamma_gamma_spend_v2(g, x, mbar, "gamma_gamma_expected_spend")
		: gamma_gamma_spend(g, x, mbar);
	if (isnan(spend))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(spend);
}

/* gamma_gamma_expected_spend as released in 1.1.0. */
Datum
gamma_gamma_expected_spend(PG_FUNCTION_ARGS)
{
	return expected_spend(fcinfo, false);
}

/* gamma_gamma_expected_spend of 1.2.0: p x kept beside q - 1. */
PG_FUNCTION_INFO_V1(gamma_gamma_expected_spend_v2);
Datum
gamma_gamma_expected_spend_v2(PG_FUNCTION_ARGS)
{
	return expected_spend(fcinfo, true);
}

/*
 * clv_predict(bg, gg, frequency, recency, t, monetary, horizon,
 * discount_rate): sum over units i = 1..horizon of
 * spend x (E[X(i)] - E[X(i-1)]) / (1 + d)^i, the expected spend of each
 * unit discounted to the end of observation.  NULL when the Gamma-Gamma
 * model gives spend no finite mean.  `v2` selects the evaluation of 1.2.0:
 * E[X(i) | alive] of bgnbd_expected.c, whose cost per unit is bounded,
 * times P(alive) once.
 */
static Datum
predict_clv(FunctionCallInfo fcinfo, bool v2)
{
	double		bg[4],
				gg[3];
	double		x = PG_GETARG_FLOAT8(2),
				tx = PG_GETARG_FLOAT8(3),
				T = PG_GETARG_FLOAT8(4),
				mbar = PG_GETARG_FLOAT8(5);
	int32		horizon = PG_GETARG_INT32(6);
	double		d = PG_GETARG_FLOAT8(7);
	double		spend,
				total = 0,
				prev = 0,
				discount = 1;

	bgnbd_params(fcinfo, 0, bg, "clv_predict");
	gamma_gamma_params(fcinfo, 1, gg, "clv_predict");
	check_purchases("clv_predict", x, tx, T);
	check_spend("clv_predict", x, mbar);
	if (horizon < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("horizon %d is negative in clv_predict", horizon),
				 errdetail("The horizon is a number of time units from 0 to %d.", CLV_MAX_HORIZON)));
	if (horizon > CLV_MAX_HORIZON)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("horizon %d is out of range for clv_predict", horizon),
				 errdetail("The horizon is a number of time units from 0 to %d.", CLV_MAX_HORIZON)));
	if (!(d >= 0 && d <= 1))
		pgcx_discount_rate_error(pgcx_float8_text(d), "clv_predict");
	spend = v2 ? gamma_gamma_spend_v2(gg, x, mbar, "clv_predict")
		: gamma_gamma_spend(gg, x, mbar);
	if (isnan(spend))
		PG_RETURN_NULL();
	if (v2)
	{
		for (int i = 1; i <= horizon; i++)
		{
			double		e = bgnbd_expected_alive(bg, (double) i, x, T, NULL);

			if (isnan(e))
				expected_inaccurate(bg, (double) i, x, "clv_predict");
			CHECK_FOR_INTERRUPTS();
			discount /= (1 + d);
			total += (e - prev) * discount;
			prev = e;
		}
		PG_RETURN_FLOAT8(spend * total * exp(-bgnbd_log_dead_odds1p_v2(bg, x, tx, T)));
	}
	for (int i = 1; i <= horizon; i++)
	{
		double		e = bgnbd_expected(bg, (double) i, x, tx, T, "clv_predict");

		CHECK_FOR_INTERRUPTS();
		discount /= (1 + d);
		total += (e - prev) * discount;
		prev = e;
	}
	PG_RETURN_FLOAT8(spend * total);
}

/* clv_predict as released in 1.1.0. */
Datum
clv_predict(PG_FUNCTION_ARGS)
{
	return predict_clv(fcinfo, false);
}

/* clv_predict of 1.2.0: accurate for every model, bounded cost per unit. */
PG_FUNCTION_INFO_V1(clv_predict_v2);
Datum
clv_predict_v2(PG_FUNCTION_ARGS)
{
	return predict_clv(fcinfo, true);
}
