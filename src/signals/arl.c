/*
 * arl.c
 *		The average run lengths of control charts on standardized normal
 *		data, to design them: ewma_arl(lambda, limit), cusum_arl(k, h) and
 *		ewma_limit(lambda, arl).
 *
 * Each run length solves the integral equation of the chart's Markov
 * process by the Nyström method with Gauss-Legendre nodes, as R's spc
 * package does (Knoth 2005), with as many nodes as the result needs to be
 * stable to ARL_TOLERANCE (the nodes are doubled until two solutions
 * agree).
 *
 * EWMA (Crowder 1987): Z_t = (1 - λ) Z_{t-1} + λ X_t, X ~ N(μ, 1), Z_0 = 0,
 * two-sided limits ± c with c = L √(λ / (2 - λ)) (the asymptotic ones); the
 * run length from z is
 *		A(z) = 1 + (1/λ) ∫_{-c}^{c} A(y) φ((y - (1 - λ) z) / λ - μ) dy.
 * One-sided (sides => 1), as spc's sided = "one": the upper chart reflected
 * at 0, Z_t = max(0, ...), signalling above c:
 *		A(z) = 1 + A(0) Φ(-(1 - λ) z / λ - μ)
 *			   + (1/λ) ∫_0^c A(y) φ((y - (1 - λ) z) / λ - μ) dy.
 * CUSUM (Page 1954; Goel and Wu 1971): C_t = max(0, C_{t-1} + X_t - k),
 * signalling above h; from z,
 *		A(z) = 1 + A(0) Φ(k - z - μ) + ∫_0^h A(y) φ(y - z + k - μ) dy,
 * and the two-sided chart (an upper and a lower CUSUM) combines the two
 * one-sided run lengths as Lucas and Crosier (1982): 1/A = 1/A⁺(μ) +
 * 1/A⁺(-μ).  The EWMA limit for a run length is found by bisection and
 * secant steps on L, the run length growing with L.
 */
#include "postgres.h"

#include <math.h>

#include "fmgr.h"

#include "common/stats.h"
#include "signals/arl.h"

PG_FUNCTION_INFO_V1(ewma_arl);
PG_FUNCTION_INFO_V1(cusum_arl);
PG_FUNCTION_INFO_V1(ewma_limit);

#define ARL_TOLERANCE	1e-10
#define ARL_ROUNDING	2e-15
#define ARL_MIN_NODES	32
#define ARL_MAX_NODES	1024

/* φ, the standard normal density */
static inline double
normal_pdf(double x)
{
	return 0.3989422804014327 * exp(-0.5 * x * x);
}

/*
 * The n Gauss-Legendre nodes and weights on [a, b] (Newton's method on
 * the Legendre polynomial P_n, started at Tricomi's approximation).
 */
static void
gauss_legendre(int n, double a, double b, double *x, double *w)
{
	double		mid = (a + b) / 2,
				half = (b - a) / 2;

	for (int i = 0; i < (n + 1) / 2; i++)
	{
		double		z = cos(M_PI * (i + 0.75) / (n + 0.5)),
					dp = 0;

		for (int iter = 0; iter < 100; iter++)
		{
			double		p0 = 1,
						p1 = z,
						dz;

			for (int k = 2; k <= n; k++)
			{
				double		p2 = ((2 * k - 1) * z * p1 - (k - 1) * p0) / k;

				p0 = p1;
				p1 = p2;
			}
			dp = n * (z * p1 - p0) / (z * z - 1);
			dz = p1 / dp;
			z -= dz;
			if (fabs(dz) < 1e-16)
				break;
		}
		x[i] = mid - half * z;
		x[n - 1 - i] = mid + half * z;
		w[i] = w[n - 1 - i] = 2 * half / ((1 - z * z) * dp * dp);
	}
}

/*
 * Solves the m x m system a x = b in place (b becomes x) by Gaussian
 * elimination with partial pivoting; false when it is singular.
 */
static bool
solve(double *a, double *b, int m)
{
	for (int col = 0; col < m; col++)
	{
		int			piv = col;

		for (int r = col + 1; r < m; r++)
			if (fabs(a[r * m + col]) > fabs(a[piv * m + col]))
				piv = r;
		if (a[piv * m + col] == 0)
			return false;
		if (piv != col)
		{
			for (int c = 0; c < m; c++)
			{
				double		t = a[col * m + c];

				a[col * m + c] = a[piv * m + c];
				a[piv * m + c] = t;
			}
			{
				double		t = b[col];

				b[col] = b[piv];
				b[piv] = t;
			}
		}
		for (int r = col + 1; r < m; r++)
		{
			double		f = a[r * m + col] / a[col * m + col];

			if (f == 0)
				continue;
			for (int c = col; c < m; c++)
				a[r * m + c] -= f * a[col * m + c];
			b[r] -= f * b[col];
		}
	}
	for (int r = m - 1; r >= 0; r--)
	{
		double		s = b[r];

		for (int c = r + 1; c < m; c++)
			s -= a[r * m + c] * b[c];
		b[r] = s / a[r * m + r];
	}
	return true;
}

/* the chart whose run length is solved for */
typedef enum Chart
{
	EWMA_TWO,
	EWMA_ONE,
	CUSUM_ONE
} Chart;

/*
 * The run length from 0 of chart `chart` (parameters p1: λ or k, p2: the
 * limit c or h, mu the shift) with n nodes; NaN when the system is
 * singular.
 *
 * The unknowns are A at the n nodes and, for the reflected charts, A(0)
 * (the atom at the barrier), last.
 */
static double
run_length(Chart chart, double p1, double p2, double mu, int n)
{
	bool		atom = (chart != EWMA_TWO);
	int			m = n + (atom ? 1 : 0);
	double	   *x = palloc(sizeof(double) * n),
			   *w = palloc(sizeof(double) * n),
			   *a = palloc(sizeof(double) * m * m),
			   *b = palloc(sizeof(double) * m);
	double		lo = chart == EWMA_TWO ? -p2 : 0,
				result;

	gauss_legendre(n, lo, p2, x, w);
	for (int i = 0; i < m; i++)
	{
		/* the starting point of row i: node i, or the barrier 0 */
		double		z = i < n ? x[i] : 0;

		for (int j = 0; j < n; j++)
		{
			double		kernel;

			if (chart == CUSUM_ONE)
				kernel = normal_pdf(x[j] - z + p1 - mu);
			else
				kernel = normal_pdf((x[j] - (1 - p1) * z) / p1 - mu) / p1;
			a[i * m + j] = (i == j ? 1 : 0) - w[j] * kernel;
		}
		if (atom)
		{
			double		stay = chart == CUSUM_ONE ?
				pgcx_normal_cdf(p1 - z - mu) :
				pgcx_normal_cdf(-(1 - p1) * z / p1 - mu);

			a[i * m + n] = (i == n ? 1 : 0) - stay;
		}
		b[i] = 1;
	}
	if (!solve(a, b, m))
		result = NAN;
	else if (atom)
		result = b[n];
	else
	{
		/* Nyström's interpolation at 0 */
		result = 1;
		for (int j = 0; j < n; j++)
			result += w[j] * normal_pdf(x[j] / p1 - mu) / p1 * b[j];
	}
	pfree(x);
	pfree(w);
	pfree(a);
	pfree(b);
	return result;
}

/*
 * The run length to ARL_TOLERANCE: nodes doubled until two solutions
 * agree; an ERROR when they never do.
 */
static double
converged(Chart chart, double p1, double p2, double mu, const char *caller)
{
	double		prev = run_length(chart, p1, p2, mu, ARL_MIN_NODES);

	for (int n = 2 * ARL_MIN_NODES; n <= ARL_MAX_NODES; n *= 2)
	{
		double		next = run_length(chart, p1, p2, mu, n);

		/*
		 * A long run length is a nearly singular system, whose rounding
		 * grows with it: the tolerance is 1e-10, or about the rounding of
		 * the solve beyond run lengths of 50,000.
		 */
		if (isfinite(next) && isfinite(prev) &&
			fabs(next - prev) <= Max(ARL_TOLERANCE, ARL_ROUNDING * fabs(next)) * fabs(next))
			return next;
		prev = next;
	}
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("%s cannot compute this run length to its precision", caller),
			 errdetail("The solutions with %d and %d quadrature nodes differ.", ARL_MAX_NODES / 2, ARL_MAX_NODES),
			 errhint("Run lengths beyond about 1e9 periods, or a chart so narrow, are out of reach.")));
	return NAN;					/* keep the compiler quiet */
}

/* Refuses a parameter that is not finite or outside its range. */
static void
check_param(const char *caller, const char *name, double v, bool ok, const char *range)
{
	if (!isfinite(v) || !ok)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s's %s must be %s, not %g", caller, name, range, v)));
}

/* The sides argument: 1 or 2. */
static int
sides_arg(FunctionCallInfo fcinfo, int argno, const char *caller)
{
	int			sides = PG_GETARG_INT32(argno);

	if (sides != 1 && sides != 2)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s's sides must be 1 or 2, not %d", caller, sides),
				 errhint("2: a chart that signals a shift either way; 1: an upper chart.")));
	return sides;
}

/* The two-sided EWMA limit c = L √(λ / (2 - λ)). */
static inline double
ewma_half_width(double lambda, double limit)
{
	return limit * sqrt(lambda / (2 - lambda));
}

/*
 * The run length of an EWMA chart (checked parameters); `caller` names the
 * function in the error of a run length out of reach.
 */
static double
ewma_run_length(double lambda, double limit, double shift, int sides,
				const char *caller)
{
	double		c = ewma_half_width(lambda, limit);

	if (sides == 2)
		return converged(EWMA_TWO, lambda, c, shift, caller);
	return converged(EWMA_ONE, lambda, c, shift, caller);
}

/* ewma_arl(lambda, limit, shift, sides) */
Datum
ewma_arl(PG_FUNCTION_ARGS)
{
	double		lambda = PG_GETARG_FLOAT8(0),
				limit = PG_GETARG_FLOAT8(1),
				shift = PG_GETARG_FLOAT8(2);
	int			sides = sides_arg(fcinfo, 3, "ewma_arl");

	check_param("ewma_arl", "lambda", lambda, lambda > 0 && lambda <= 1, "in (0, 1]");
	check_param("ewma_arl", "limit", limit, limit > 0, "positive");
	check_param("ewma_arl", "shift", shift, true, "finite");
	PG_RETURN_FLOAT8(ewma_run_length(lambda, limit, shift, sides, "ewma_arl"));
}

/* cusum_arl(k, h, shift, sides) */
Datum
cusum_arl(PG_FUNCTION_ARGS)
{
	double		k = PG_GETARG_FLOAT8(0),
				h = PG_GETARG_FLOAT8(1),
				shift = PG_GETARG_FLOAT8(2);
	int			sides = sides_arg(fcinfo, 3, "cusum_arl");
	double		up;

	check_param("cusum_arl", "k", k, k >= 0, "at least 0");
	check_param("cusum_arl", "h", h, h > 0, "positive");
	check_param("cusum_arl", "shift", shift, true, "finite");
	up = converged(CUSUM_ONE, k, h, shift, "cusum_arl");
	if (sides == 1)
		PG_RETURN_FLOAT8(up);
	PG_RETURN_FLOAT8(1 / (1 / up + 1 / converged(CUSUM_ONE, k, h, -shift, "cusum_arl")));
}

/*
 * The EWMA limit L (checked λ, 1 < arl <= 1e9) whose in-control run length
 * is arl: bisection on L, the run length growing with L.  ewma_limit names
 * ewma_arl in the error of a run length out of reach, as it always has;
 * other callers name themselves.
 */
double
pgcx_ewma_limit(double lambda, double target, int sides, const char *caller)
{
	const char *solver = strcmp(caller, "ewma_limit") == 0 ? "ewma_arl" : caller;
	double		lo = 0.1,
				hi = 1.0;

	/* bracket: the run length grows with L */
	if (ewma_run_length(lambda, lo, 0, sides, solver) > target)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s's arl %g is below the run length of any useful limit", caller, target)));
	while (ewma_run_length(lambda, hi, 0, sides, solver) < target)
	{
		lo = hi;
		hi *= 1.5;
	}
	for (int iter = 0; iter < 200 && hi - lo > 1e-12 * hi; iter++)
	{
		double		mid = (lo + hi) / 2;

		if (ewma_run_length(lambda, mid, 0, sides, solver) < target)
			lo = mid;
		else
			hi = mid;
	}
	return (lo + hi) / 2;
}

/* ewma_limit(lambda, arl, sides): the L whose in-control run length is arl */
Datum
ewma_limit(PG_FUNCTION_ARGS)
{
	double		lambda = PG_GETARG_FLOAT8(0),
				target = PG_GETARG_FLOAT8(1);
	int			sides = sides_arg(fcinfo, 2, "ewma_limit");

	check_param("ewma_limit", "lambda", lambda, lambda > 0 && lambda <= 1, "in (0, 1]");
	check_param("ewma_limit", "arl", target, target > 1 && target <= 1e9,
				"above 1 and at most 1e9");
	PG_RETURN_FLOAT8(pgcx_ewma_limit(lambda, target, sides, "ewma_limit"));
}
