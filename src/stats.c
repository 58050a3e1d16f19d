/*
 * stats.c
 *		Statistics shared by every pgcx metric: the normal distribution
 *		(and, for the interval of a mean, Student's t); for the fitted
 *		models, digamma, differences of ln Gamma, ln Beta and an integrator
 *		on (0, 1).
 */
#include "postgres.h"

#include <math.h>

#include "miscadmin.h"

#include "pgcx.h"

/* Standard normal cumulative distribution Phi(z), via the C99 erfc. */
double
pgcx_normal_cdf(double z)
{
	return 0.5 * erfc(-z / M_SQRT2);
}

/* Upper tail 1 - Phi(z), without the cancellation of computing 1 - Phi. */
double
pgcx_normal_sf(double z)
{
	return 0.5 * erfc(z / M_SQRT2);
}

/*
 * Standard normal quantile Phi^-1(p), 0 < p < 1: Acklam's rational
 * approximation (relative error 1.15e-9) refined by one Halley step on
 * erfc, which brings it to double precision.
 */
double
pgcx_normal_quantile(double p)
{
	static const double a[] = {-3.969683028665376e+01, 2.209460984245205e+02,
		-2.759285104469687e+02, 1.383577518672690e+02,
	-3.066479806614716e+01, 2.506628277459239e+00};
	static const double b[] = {-5.447609879822406e+01, 1.615858368580409e+02,
		-1.556989798598866e+02, 6.680131188771972e+01,
	-1.328068155288572e+01};
	static const double c[] = {-7.784894002430293e-03, -3.223964580411365e-01,
		-2.400758277161838e+00, -2.549732539343734e+00,
	4.374664141464968e+00, 2.938163982698783e+00};
	static const double d[] = {7.784695709041462e-03, 3.224671290700398e-01,
	2.445134137142996e+00, 3.754408661907416e+00};
	double		q,
				r,
				x,
				e,
				u;

	if (p <= 0.0 || p >= 1.0)
		return p <= 0.0 ? -INFINITY : INFINITY;
	if (p < 0.02425)
	{
		q = sqrt(-2 * log(p));
		x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
			((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
	}
	else if (p > 1 - 0.02425)
	{
		q = sqrt(-2 * log(1 - p));
		x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
			((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
	}
	else
	{
		q = p - 0.5;
		r = q * q;
		x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
			(((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
	}
	e = pgcx_normal_cdf(x) - p;
	u = e * sqrt(2 * M_PI) * exp(x * x / 2);
	return x - u / (1 + x * u / 2);
}

/*
 * Regularized incomplete beta function I_x(a, b), by its continued fraction
 * (modified Lentz's method; Press et al., Numerical Recipes, 6.4), using the
 * symmetry I_x(a, b) = 1 - I_{1-x}(b, a) where the fraction converges slowly.
 */
static double
incomplete_beta(double x, double a, double b)
{
	double		front,
				f,
				c,
				d;
	int			m;

	if (x <= 0.0)
		return 0.0;
	if (x >= 1.0)
		return 1.0;
	if (x > (a + 1.0) / (a + b + 2.0))
		return 1.0 - incomplete_beta(1.0 - x, b, a);
	front = exp(lgamma(a + b) - lgamma(a) - lgamma(b) +
				a * log(x) + b * log1p(-x)) / a;
	f = 1.0;
	c = 1.0;
	d = 0.0;
	for (m = 0; m <= 400; m++)
	{
		int			k = m / 2;
		double		num;
		double		delta;

		if (m == 0)
			num = 1.0;
		else if (m % 2 == 0)
			num = (k * (b - k) * x) / ((a + 2.0 * k - 1.0) * (a + 2.0 * k));
		else
			num = -((a + k) * (a + b + k) * x) / ((a + 2.0 * k) * (a + 2.0 * k + 1.0));
		d = 1.0 + num * d;
		if (fabs(d) < 1e-300)
			d = 1e-300;
		d = 1.0 / d;
		c = 1.0 + num / c;
		if (fabs(c) < 1e-300)
			c = 1e-300;
		delta = c * d;
		f *= delta;
		if (fabs(1.0 - delta) < 1e-15)
			break;
	}
	return front * (f - 1.0);
}

/* Student's t cumulative distribution with df > 0 degrees of freedom. */
double
pgcx_t_cdf(double t, double df)
{
	double		tail = 0.5 * incomplete_beta(df / (df + t * t), df / 2.0, 0.5);

	return t >= 0 ? 1.0 - tail : tail;
}

/*
 * Student's t quantile for 0.5 <= p < 1 and df > 0 (non-integer df as
 * Welch-Satterthwaite gives): bisection on the cdf, to double precision.
 */
double
pgcx_t_quantile(double p, double df)
{
	double		lo = 0.0,
				hi = 1.0;
	int			i;

	while (pgcx_t_cdf(hi, df) < p && hi < 1e12)
		hi *= 2.0;
	for (i = 0; i < 200 && hi - lo > 1e-15 * hi; i++)
	{
		double		mid = 0.5 * (lo + hi);

		if (pgcx_t_cdf(mid, df) < p)
			lo = mid;
		else
			hi = mid;
	}
	return 0.5 * (lo + hi);
}

/*
 * Digamma psi(x) = d/dx ln Gamma(x) for x > 0, the gradient of every
 * log-likelihood built on lgamma: the recurrence psi(x) = psi(x + 1) - 1/x
 * up to x >= 10, then the asymptotic series (Abramowitz & Stegun 6.3.18),
 * accurate to double precision there.
 */
double
pgcx_digamma(double x)
{
	double		result = 0.0,
				inv2;

	if (!(x > 0.0) || isinf(x))
		return isinf(x) ? x : NAN;
	while (x < 10.0)
	{
		result -= 1.0 / x;
		x += 1.0;
	}
	inv2 = 1.0 / (x * x);
	result += log(x) - 0.5 / x
		- inv2 * (1.0 / 12 - inv2 * (1.0 / 120 - inv2 * (1.0 / 252 - inv2 * (1.0 / 240 - inv2 / 132))));
	return result;
}

/*
 * Stirling's series of ln Gamma(z) less its leading terms, for z >= 15:
 * 1/(12z) - 1/(360z^3) + 1/(1260z^5) - 1/(1680z^7) (Abramowitz & Stegun
 * 6.1.41); the first term left out is below 3e-14 there.
 */
static double
stirling_tail(double z)
{
	double		inv = 1.0 / z,
				inv2 = inv * inv;

	return inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 / 1680)));
}

/*
 * ln Gamma(x + h) - ln Gamma(x) for x > 0, h >= 0, without the cancellation
 * of subtracting two large lgamma values: both arguments are raised by the
 * recurrence ln Gamma(z) = ln Gamma(z + 1) - ln z until x >= 15, then the
 * difference of Stirling's series is written with log1p.  h is given, not
 * x + h, so that a small h next to a large x (alpha next to beta + t) keeps
 * all its digits; the error then stays near machine precision relative to
 * the difference itself, even for x of 10^9.
 */
double
pgcx_lgamma_diff(double x, double h)
{
	double		result = 0.0,
				y;

	if (h == 0.0)
		return 0.0;
	while (x < 15.0)
	{
		/* ln Gamma(x + h) - ln Gamma(x) = [the same at x + 1] - ln((x + h) / x) */
		result -= log1p(h / x);
		x += 1.0;
	}
	/* (y - 1/2) ln y - (x - 1/2) ln x - h = (x - 1/2) ln(y/x) + h (ln y - 1) */
	y = x + h;
	result += (x - 0.5) * log1p(h / x) + h * (log(y) - 1.0)
		+ stirling_tail(y) - stirling_tail(x);
	return result;
}

/* ln B(a, b) = ln Gamma(a) + ln Gamma(b) - ln Gamma(a + b), for a, b > 0. */
double
pgcx_lbeta(double a, double b)
{
	/* the larger argument goes into the difference, the smaller to lgamma */
	if (a > b)
	{
		double		t = a;

		a = b;
		b = t;
	}
	return lgamma(a) - pgcx_lgamma_diff(b, a);
}

/*
 * One level of the tanh-sinh rule on (0, 1): the nodes t = k h for k odd
 * (or every k when `all`), x = 1 / (1 + exp(-2u)) with u = (pi/2) sinh t,
 * weight (pi/2) cosh t / cosh^2 u = pi cosh t x (1 - x); f receives x and
 * 1 - x, each computed without cancellation.
 */
static double
tanh_sinh_level(pgcx_integrand f, void *arg, double h, bool all)
{
	double		sum = 0.0;

	for (int k = all ? 0 : 1;; k += all ? 1 : 2)
	{
		double		t = k * h;

		if (t > 6.6)			/* beyond: nodes within 1e-300 of an end */
			break;
		for (int side = 0; side < (k == 0 ? 1 : 2); side++)
		{
			double		ts = side ? -t : t,
						u = M_PI_2 * sinh(ts),
						x = 1.0 / (1.0 + exp(-2.0 * u)),
						xc = 1.0 / (1.0 + exp(2.0 * u)),
						w = M_PI * cosh(ts) * x * xc;

			if (x > 0.0 && xc > 0.0 && w > 0.0)
				sum += w * f(x, xc, arg);
		}
	}
	return sum * h;
}

/*
 * Integral of f over (0, 1) by the tanh-sinh (double exponential) rule
 * (Takahasi & Mori 1974), which converges fast for integrands smooth inside
 * the interval even where they are singular or sharply peaked at an end:
 * the step is halved until two levels agree to `tolerance` relative, at
 * most 12 times; *ok says whether they did.
 */
double
pgcx_integrate01(pgcx_integrand f, void *arg, double tolerance, bool *ok)
{
	double		h = 0.5,
				integral = tanh_sinh_level(f, arg, h, true);

	*ok = false;
	for (int level = 1; level <= 12; level++)
	{
		double		next;

		CHECK_FOR_INTERRUPTS();
		h *= 0.5;
		next = 0.5 * integral + tanh_sinh_level(f, arg, h, false);
		if (level >= 3 && fabs(next - integral) <= tolerance * fabs(next))
		{
			*ok = true;
			return next;
		}
		integral = next;
	}
	return integral;
}
