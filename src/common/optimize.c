/*
 * optimize.c
 *		BFGS minimisation with a safeguarded backtracking line search, for
 *		the maximum-likelihood fits (Nocedal & Wright, Numerical
 *		Optimization, 2nd ed., algorithm 6.1 with Armijo backtracking).
 *
 * The models fit log-parameters, so the search space is all of R^n.  The
 * iterations are bounded and check for interrupts; convergence is reported,
 * never assumed.
 */
#include "postgres.h"

#include <math.h>

#include "miscadmin.h"

#include "common/optimize.h"

#define ARMIJO_C1		1e-4
#define MAX_HALVINGS	60
#define MAX_STEP		10.0	/* longest first step, in log-parameter units */

/* Largest |v[i]|. */
static double
norm_inf(const double *v, int n)
{
	double		m = 0.0;

	for (int i = 0; i < n; i++)
		m = Max(m, fabs(v[i]));
	return m;
}

/*
 * Is the gradient small at this point?  Relative to the objective's size,
 * so the test means the same for a hundred customers as for a million.
 */
static bool
gradient_small(const double *g, int n, double value)
{
	return norm_inf(g, n) <= 1e-9 * Max(1.0, fabs(value));
}

/* Resets the inverse-Hessian approximation h (n x n) to the identity. */
static void
identity(double *h, int n)
{
	for (int i = 0; i < n; i++)
		for (int j = 0; j < n; j++)
			h[i * n + j] = (i == j) ? 1.0 : 0.0;
}

/*
 * BFGS update of the inverse Hessian h with step s and gradient change y;
 * skipped when the curvature s'y is not positive (keeps h positive
 * definite).
 */
static void
bfgs_update(double *h, const double *s, const double *y, int n)
{
	double		hy[PGCX_OPTIM_MAX_PARAMS];
	double		sy = 0.0,
				yhy = 0.0;

	for (int i = 0; i < n; i++)
		sy += s[i] * y[i];
	if (!(sy > 1e-12 * norm_inf(s, n) * norm_inf(y, n)))
		return;
	for (int i = 0; i < n; i++)
	{
		hy[i] = 0.0;
		for (int j = 0; j < n; j++)
			hy[i] += h[i * n + j] * y[j];
		yhy += y[i] * hy[i];
	}
	for (int i = 0; i < n; i++)
		for (int j = 0; j < n; j++)
			h[i * n + j] += ((sy + yhy) * s[i] * s[j]) / (sy * sy)
				- (hy[i] * s[j] + s[i] * hy[j]) / sy;
}

/*
 * Minimises f from x (updated in place) in at most max_iterations BFGS
 * iterations.  The starting point must have a finite value.
 */
PgcxOptimResult
pgcx_minimize(pgcx_objective f, void *arg, double *x, int n, int max_iterations)
{
	double		h[PGCX_OPTIM_MAX_PARAMS * PGCX_OPTIM_MAX_PARAMS];
	double		g[PGCX_OPTIM_MAX_PARAMS],
				gnew[PGCX_OPTIM_MAX_PARAMS],
				xnew[PGCX_OPTIM_MAX_PARAMS],
				d[PGCX_OPTIM_MAX_PARAMS],
				s[PGCX_OPTIM_MAX_PARAMS],
				y[PGCX_OPTIM_MAX_PARAMS];
	PgcxOptimResult result = {0};
	double		value;
	bool		steepest = true;	/* is h the identity? */
	int			stalls = 0;		/* accepted steps in a row that gained nothing */

	Assert(n > 0 && n <= PGCX_OPTIM_MAX_PARAMS);
	value = f(x, g, arg);
	result.value = value;
	if (!isfinite(value))
		return result;
	identity(h, n);

	for (int iter = 0; iter < max_iterations; iter++)
	{
		double		slope = 0.0,
					step = 1.0,
					dmax,
					newvalue = NAN;
		bool		accepted = false;

		CHECK_FOR_INTERRUPTS();
		if (gradient_small(g, n, value))
		{
			result.converged = true;
			break;
		}
		result.iterations = iter + 1;

		/* search direction d = -H g; fall back to steepest descent */
		for (int i = 0; i < n; i++)
		{
			d[i] = 0.0;
			for (int j = 0; j < n; j++)
				d[i] -= h[i * n + j] * g[j];
			slope += d[i] * g[i];
		}
		if (!(slope < 0.0))
		{
			identity(h, n);
			steepest = true;
			slope = 0.0;
			for (int i = 0; i < n; i++)
			{
				d[i] = -g[i];
				slope -= g[i] * g[i];
			}
		}
		dmax = norm_inf(d, n);
		if (dmax > MAX_STEP)
			step = MAX_STEP / dmax;

		/*
		 * Backtrack until the Armijo condition holds at a finite value, while
		 * the step still moves x.
		 */
		for (int k = 0; k < MAX_HALVINGS &&
			 step * dmax > 1e-12 * Max(1.0, norm_inf(x, n)); k++, step *= 0.5)
		{
			for (int i = 0; i < n; i++)
				xnew[i] = x[i] + step * d[i];
			newvalue = f(xnew, gnew, arg);

			/*
			 * A step must lower the value: one that leaves it equal (the
			 * decrease is below its rounding) is no progress, and would
			 * repeat until the bound.
			 */
			if (isfinite(newvalue) && newvalue < value &&
				newvalue <= value + ARMIJO_C1 * step * slope)
			{
				accepted = true;
				break;
			}
		}
		if (!accepted && !steepest)
		{
			/* the quasi-Newton direction failed: try steepest descent */
			identity(h, n);
			steepest = true;
			continue;
		}
		if (!accepted)
		{
			/* no descent left at machine precision: a stationary point? */
			result.converged = gradient_small(g, n, value) ||
				norm_inf(g, n) <= 1e-6 * Max(1.0, fabs(value));
			break;
		}
		steepest = false;

		/*
		 * Decreases at the rounding level of the value (a sum over many
		 * customers) are noise: after a few in a row, stop there.
		 */
		if (value - newvalue <= 1e-14 * Max(1.0, fabs(value)))
		{
			if (++stalls >= 3)
			{
				value = newvalue;
				for (int i = 0; i < n; i++)
				{
					x[i] = xnew[i];
					g[i] = gnew[i];
				}
				result.converged = gradient_small(g, n, value) ||
					norm_inf(g, n) <= 1e-6 * Max(1.0, fabs(value));
				break;
			}
		}
		else
			stalls = 0;

		for (int i = 0; i < n; i++)
		{
			s[i] = xnew[i] - x[i];
			y[i] = gnew[i] - g[i];
			x[i] = xnew[i];
			g[i] = gnew[i];
		}
		value = newvalue;
		bfgs_update(h, s, y, n);
	}
	if (!result.converged && gradient_small(g, n, value))
		result.converged = true;
	result.value = value;
	return result;
}
