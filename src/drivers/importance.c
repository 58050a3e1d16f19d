/*
 * importance.c
 *		Relative importance of drivers from the correlation matrix of an
 *		outcome and its drivers.
 *
 * R²(S), the share of the outcome's variance that the drivers of S explain
 * together, is 1 minus the outcome's residual variance once the drivers of S
 * are swept out of the correlation matrix (Goodnight 1979, "A tutorial on
 * the SWEEP operator").  Every subset's R² comes from a depth-first walk of
 * the subsets in which a child sweeps one more driver out of its parent's
 * matrix: one O(p²) elimination step per subset, never a fresh solve, and
 * at most p steps between any subset and the full matrix, so errors do not
 * accumulate along the walk.
 *
 * From the 2^p values:
 *	- Shapley values, the LMG of Lindeman, Merenda and Gold (1980): each
 *	  driver's increment of R² averaged over the orders of entry; they sum
 *	  to R² of all drivers (Grömping 2006, relaimpo);
 *	- conditional dominance: the mean increment over the subsets of each
 *	  size; complete dominance: one driver's increment exceeds another's on
 *	  every subset that holds neither (Budescu 1993; Azen and Budescu 2003);
 * and, from the drivers' correlations alone, Johnson's (2000) relative
 * weights through the symmetric square root of R_xx.
 */
#include "postgres.h"

#include <math.h>

#include "port/pg_bitutils.h"

#include "drivers/importance.h"

/*
 * The walk below one subset.  mask holds the drivers swept out so far, the
 * last of them driver `last`; the node's matrix (at level depth of the
 * stack) is the m x m Schur complement, m = n - last, over the outcome
 * (index 0) and the drivers that may still join, last + 1 .. p (index r for
 * driver last + r).  Its [0][0] is the outcome's residual variance given
 * the drivers of mask.  A child that adds driver last + t needs only the
 * complement over the outcome and the drivers after it, which it computes
 * directly (one elimination step on the upper triangle of that block): no
 * copy of the parent, and no work on the drivers it can no longer add.
 */
static void
walk(double *stack, int n, int depth, uint32 mask, int last, double *r2)
{
	int			m = n - last;
	const double *a = stack + (Size) depth * n * n;
	double	   *c = stack + (Size) (depth + 1) * n * n;
	int			t;

	r2[mask] = 1.0 - a[0];
	for (t = 1; t < m; t++)
	{
		int			mc = m - t;
		double		d = a[t * m + t];
		int			i,
					j;

		if (mc == 1)
		{
			/* the last driver: its subset has no child, only an R² */
			r2[mask | ((uint32) 1 << (last + t - 1))] = 1.0 - (a[0] - a[t] * a[t] / d);
			continue;
		}
		/*
		 * child index 0 is the outcome, child index r is parent index t + r;
		 * the upper triangles are all that is read and written
		 */
		for (i = 0; i < mc; i++)
		{
			int			pi = i ? t + i : 0;
			double		f = (i ? a[t * m + pi] : a[t]) / d;	/* [pi][t], upper */

			for (j = i; j < mc; j++)
			{
				int			pj = j ? t + j : 0;

				c[i * mc + j] = a[pi * m + pj] - f * (j ? a[t * m + pj] : a[t]);
			}
		}
		walk(stack, n, depth + 1, mask | ((uint32) 1 << (last + t - 1)), last + t, r2);
	}
}

/*
 * R² of every subset of the p drivers, r2[mask] for mask in [0, 2^p), from
 * their (p + 1) x (p + 1) correlation matrix with the outcome, which must
 * be positive definite.
 */
void
importance_subset_r2(const double *corr, int p, double *r2)
{
	int			n = p + 1;
	double	   *stack = palloc(sizeof(double) * (Size) (p + 1) * n * n);

	Assert(p >= 1 && p <= DRIVERS_MAX_SUBSETS);
	memcpy(stack, corr, sizeof(double) * n * n);
	walk(stack, n, 0, 0, 0, r2);
	pfree(stack);
}

/*
 * Shapley values (LMG) and conditional dominance from the R² of every
 * subset: conditional[j * p + k] is driver j's mean increment over the
 * subsets of k other drivers, and shapley[j] the mean of those p means.
 */
void
importance_shapley(const double *r2, int p, double *shapley, double *conditional)
{
	uint32		all = (uint32) 1 << p;
	double	   *binom = palloc(sizeof(double) * p);
	uint32		mask;
	int			j,
				k;

	/* binom[k] = C(p - 1, k), the subsets of size k without a driver */
	binom[0] = 1.0;
	for (k = 1; k < p; k++)
		binom[k] = binom[k - 1] * (p - k) / k;
	memset(conditional, 0, sizeof(double) * p * p);
	for (mask = 0; mask < all; mask++)
	{
		int			size = pg_popcount32(mask);

		for (j = 0; j < p; j++)
			if (!(mask & ((uint32) 1 << j)))
				conditional[j * p + size] += r2[mask | ((uint32) 1 << j)] - r2[mask];
	}
	for (j = 0; j < p; j++)
	{
		double		sum = 0.0;

		for (k = 0; k < p; k++)
		{
			conditional[j * p + k] /= binom[k];
			sum += conditional[j * p + k];
		}
		shapley[j] = sum / p;
	}
	pfree(binom);
}

/*
 * Complete dominance: dominates[j * p + i] when driver j's increment of R²
 * exceeds driver i's by more than tolerance on every subset that holds
 * neither.
 */
void
importance_complete(const double *r2, int p, double tolerance, bool *dominates)
{
	uint32		all = (uint32) 1 << p;
	uint32		mask;
	int			i,
				j;

	for (j = 0; j < p; j++)
		for (i = 0; i < p; i++)
			dominates[j * p + i] = (i != j);
	for (mask = 0; mask < all; mask++)
		for (j = 0; j < p; j++)
		{
			if (mask & ((uint32) 1 << j))
				continue;
			for (i = 0; i < p; i++)
				if (i != j && !(mask & ((uint32) 1 << i)) &&
					dominates[j * p + i] &&
					!(r2[mask | ((uint32) 1 << j)] - r2[mask | ((uint32) 1 << i)] > tolerance))
					dominates[j * p + i] = false;
		}
}

/*
 * Eigenvalues and eigenvectors of the symmetric n x n matrix a (destroyed),
 * by cyclic Jacobi rotations (Golub and Van Loan, 8.5): values[k] with the
 * column k of vectors.  Returns the sweeps it took, or -1 when 100 sweeps
 * did not bring the off-diagonal to zero.
 */
int
importance_symmetric_eigen(double *a, int n, double *values, double *vectors)
{
	int			sweeps,
				i,
				j,
				k;

	for (i = 0; i < n; i++)
		for (j = 0; j < n; j++)
			vectors[i * n + j] = (i == j) ? 1.0 : 0.0;
	for (sweeps = 0; sweeps < 100; sweeps++)
	{
		double		off = 0.0,
					diag = 0.0;

		for (i = 0; i < n; i++)
		{
			diag += a[i * n + i] * a[i * n + i];
			for (j = i + 1; j < n; j++)
				off += a[i * n + j] * a[i * n + j];
		}
		if (off <= 1e-30 * diag)
		{
			for (i = 0; i < n; i++)
				values[i] = a[i * n + i];
			return sweeps;
		}
		for (i = 0; i < n - 1; i++)
			for (j = i + 1; j < n; j++)
			{
				double		aij = a[i * n + j];
				double		theta,
							t,
							c,
							s;

				if (aij == 0.0)
					continue;
				theta = (a[j * n + j] - a[i * n + i]) / (2.0 * aij);
				t = (theta >= 0 ? 1.0 : -1.0) / (fabs(theta) + sqrt(theta * theta + 1.0));
				c = 1.0 / sqrt(t * t + 1.0);
				s = t * c;
				/* a = Jᵀ a J, J the rotation of rows and columns i, j */
				for (k = 0; k < n; k++)
				{
					double		aki = a[k * n + i],
								akj = a[k * n + j];

					a[k * n + i] = c * aki - s * akj;
					a[k * n + j] = s * aki + c * akj;
				}
				for (k = 0; k < n; k++)
				{
					double		aik = a[i * n + k],
								ajk = a[j * n + k];

					a[i * n + k] = c * aik - s * ajk;
					a[j * n + k] = s * aik + c * ajk;
				}
				for (k = 0; k < n; k++)
				{
					double		vki = vectors[k * n + i],
								vkj = vectors[k * n + j];

					vectors[k * n + i] = c * vki - s * vkj;
					vectors[k * n + j] = s * vki + c * vkj;
				}
			}
	}
	return -1;
}

/*
 * Johnson's (2000) relative weights of the p drivers from the (p + 1) x
 * (p + 1) correlation matrix: with R_xx = V diag(λ) Vᵀ and its symmetric
 * square root L = V diag(√λ) Vᵀ, β = L⁻¹ r_xy and ε_j = Σ_k L_jk² β_k²;
 * they sum to R².  R_xx must be positive definite.
 */
void
importance_relative_weights(const double *corr, int p, double *weights)
{
	int			n = p + 1;
	double	   *a = palloc(sizeof(double) * p * p);
	double	   *v = palloc(sizeof(double) * p * p);
	double	   *lambda = palloc(sizeof(double) * p);
	double	   *z = palloc(sizeof(double) * p);
	double	   *beta = palloc(sizeof(double) * p);
	int			i,
				j,
				k,
				m;

	for (i = 0; i < p; i++)
		for (j = 0; j < p; j++)
			a[i * p + j] = corr[(i + 1) * n + (j + 1)];
	if (importance_symmetric_eigen(a, p, lambda, v) < 0)
		elog(ERROR, "relative weights: the eigenvalues of %d drivers did not converge", p);

	/* z = diag(λ^-½) Vᵀ r_xy, so that β = L⁻¹ r_xy = V z */
	for (k = 0; k < p; k++)
	{
		double		s = 0.0;

		for (i = 0; i < p; i++)
			s += v[i * p + k] * corr[i + 1];
		z[k] = s / sqrt(lambda[k]);
	}
	for (k = 0; k < p; k++)
	{
		beta[k] = 0.0;
		for (m = 0; m < p; m++)
			beta[k] += v[k * p + m] * z[m];
	}
	/* L = V diag(√λ) Vᵀ, in a (whose eigenvalues are in lambda) */
	for (j = 0; j < p; j++)
		for (k = 0; k < p; k++)
		{
			double		l = 0.0;

			for (m = 0; m < p; m++)
				l += v[j * p + m] * sqrt(lambda[m]) * v[k * p + m];
			a[j * p + k] = l;
		}
	for (j = 0; j < p; j++)
	{
		double		e = 0.0;

		for (k = 0; k < p; k++)
			e += a[j * p + k] * a[j * p + k] * beta[k] * beta[k];
		weights[j] = e;
	}
	pfree(a);
	pfree(v);
	pfree(lambda);
	pfree(z);
	pfree(beta);
}
