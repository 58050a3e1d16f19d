/*
 * stats.c
 *		Statistics shared by every pgcx metric: the normal distribution;
 *		Student's t (tail, quantile) and Welch's degrees of freedom for the
 *		intervals and tests of means; the Wilson score interval of a
 *		share; for the fitted models, digamma, differences of ln Gamma,
 *		ln Beta and an integrator on (0, 1).
 *
 * Student's t tail is an integral evaluated by the tanh-sinh rule below,
 * written so that nothing cancels whatever the degrees of freedom (1 to
 * 10^18): its constant from ln B(nu/2, 1/2) (pgcx_lbeta) and every
 * power of (1 + t^2/nu) through log1p.  Wilson (1927), "Probable
 * inference, the law of succession, and statistical inference", JASA 22;
 * Welch (1947), Biometrika 34, and Satterthwaite (1946), Biometrics
 * Bulletin 2, for the degrees of freedom of a difference of two means.
 */
#include "postgres.h"

#include <math.h>

#include "miscadmin.h"

#include "common/stats.h"

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

/* The arguments of the integrands of Student's t tail. */
typedef struct TTail
{
	double		nu;				/* degrees of freedom */
	double		t;				/* the bound */
	double		v0;				/* log1p(t^2 / nu) */
} TTail;

/* ln of the constant of Student's t density: 1 / (sqrt(nu) B(nu/2, 1/2)). */
static double
t_log_constant(double nu)
{
	return -0.5 * log(nu) - pgcx_lbeta(nu / 2.0, 0.5);
}

/* Student's t density at t with nu degrees of freedom. */
static double
t_density(double t, double nu)
{
	return exp(t_log_constant(nu) - (nu + 1.0) / 2.0 * log1p(t * t / nu));
}

/* The density at s t, s in (0, 1), without its constant: for P(0 < T < t). */
static double
t_core_integrand(double s, double sc, void *arg)
{
	TTail	   *a = (TTail *) arg;
	double		u = s * a->t;

	return exp(-(a->nu + 1.0) / 2.0 * log1p(u * u / a->nu));
}

/*
 * The tail beyond t as an integral on (0, 1): with x = nu / (nu + u^2) =
 * exp(-v), P(T > t) = 1 / (2 B(a, 1/2)) times the integral over v > v0 of
 * exp(-a v) (1 - exp(-v))^(-1/2), a = nu/2; with v = v0 - ln(y) / a it is
 * exp(-a v0) / (2 a B(a, 1/2)) times the integral over y in (0, 1) of
 * (1 - exp(-v0 + ln(y) / a))^(-1/2), smooth for t > 0 at any nu.
 */
static double
t_tail_integrand(double y, double yc, void *arg)
{
	TTail	   *a = (TTail *) arg;
	double		ly = y < 0.5 ? log(y) : log1p(-yc);

	return 1.0 / sqrt(-expm1(-a->v0 + ly / (a->nu / 2.0)));
}

/*
 * Upper tail P(T > t) of Student's t with nu > 0 degrees of freedom, to
 * about 1e-14 relative, tails included; NaN if the integral did not settle.
 * For |t| <= 1 it is 1/2 minus the integral of the density over (0, t)
 * (no cancellation: the tail is above 0.14 there).
 */
double
pgcx_t_sf(double t, double nu)
{
	TTail		a;
	double		integral;
	bool		ok;

	if (isnan(t) || isnan(nu) || !(nu > 0.0))
		return NAN;
	if (isinf(nu))
		return pgcx_normal_sf(t);
	if (t < 0.0)
		return 1.0 - pgcx_t_sf(-t, nu);
	if (isinf(t))
		return 0.0;
	a.nu = nu;
	a.t = t;
	if (t <= 1.0)
	{
		integral = pgcx_integrate01(t_core_integrand, &a, 1e-15, &ok);
		return ok ? 0.5 - t * exp(t_log_constant(nu)) * integral : NAN;
	}
	a.v0 = log1p(t * t / nu);
	integral = pgcx_integrate01(t_tail_integrand, &a, 1e-15, &ok);
	if (!ok)
		return NAN;
	return exp(-nu / 2.0 * a.v0 - log(nu) - pgcx_lbeta(nu / 2.0, 0.5)) * integral;
}

/* Student's t cumulative distribution with nu > 0 degrees of freedom. */
double
pgcx_t_cdf(double t, double nu)
{
	return pgcx_t_sf(-t, nu);
}

/*
 * Student's t quantile for 0.5 <= p < 1 and nu > 0 (non-integer nu as
 * Welch-Satterthwaite gives): Newton's method on the tail from the normal
 * quantile, kept inside a bracket by bisection, to double precision; NaN
 * if the tail cannot be computed.
 */
double
pgcx_t_quantile(double p, double nu)
{
	double		target = 1.0 - p,
				lo = 0.0,
				hi = 2.0,
				q;

	if (!(p >= 0.5 && p < 1.0) || !(nu > 0.0))
		return NAN;
	if (p == 0.5)
		return 0.0;
	while (pgcx_t_sf(hi, nu) > target && hi < 1e300)
		hi *= 2.0;
	q = Min(pgcx_normal_quantile(p), hi);
	for (int i = 0; i < 200; i++)
	{
		double		sf = pgcx_t_sf(q, nu),
					next;

		if (isnan(sf))
			return NAN;
		if (sf > target)
			lo = q;
		else
			hi = q;
		next = q + (sf - target) / t_density(q, nu);
		if (!(next > lo && next < hi))
			next = 0.5 * (lo + hi);
		if (fabs(next - q) <= 1e-15 * q)
			return next;
		q = next;
	}
	return q;
}

/*
 * Welch-Satterthwaite degrees of freedom of a difference of two means with
 * squared standard errors va = s_a^2 / n_a and vb (n_a, n_b >= 2, va + vb
 * > 0): (va + vb)^2 / (va^2 / (n_a - 1) + vb^2 / (n_b - 1)).
 */
double
pgcx_welch_df(double va, double na, double vb, double nb)
{
	return (va + vb) * (va + vb) / (va * va / (na - 1.0) + vb * vb / (nb - 1.0));
}

/* The lower Wilson bound of k successes out of n (see below). */
static double
wilson_lower(double k, double n, double z)
{
	if (k <= 0.0)
		return 0.0;
	return 2.0 * k * k /
		(n * (2.0 * k + z * z + z * sqrt(z * z + 4.0 * k * (n - k) / n)));
}

/*
 * Wilson score interval of a share of k successes out of n > 0, as
 * fractions, at the normal quantile z.  Written without cancellation: the
 * lower bound 2k^2 / (n (2k + z^2 + z sqrt(z^2 + 4k(n - k)/n))) is the
 * textbook (2k + z^2 - z sqrt(...)) / (2 (n + z^2)) times its conjugate,
 * exactly 0 at k = 0; the upper bound is the textbook sum of positive
 * terms for k <= n/2 and 1 minus the lower bound of the n - k failures
 * above (at least 1/2 there, and exactly 1 at k = n).
 */
void
pgcx_wilson_interval(double k, double n, double z, double *low, double *high)
{
	*low = wilson_lower(k, n, z);
	if (2.0 * k <= n)
		*high = (2.0 * k + z * z + z * sqrt(z * z + 4.0 * k * (n - k) / n)) /
			(2.0 * (n + z * z));
	else
		*high = 1.0 - wilson_lower(n - k, n, z);
}
