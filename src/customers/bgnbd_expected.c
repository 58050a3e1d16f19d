/*
 * bgnbd_expected.c
 *		E[Y(t) | x, tx, T], the BG/NBD expected purchases of a customer in
 *		the next t units (Fader, Hardie & Lee 2005, "Counting your customers
 *		the easy way", Marketing Science 24(2), equation 10), evaluated so
 *		that every region of (r, alpha, a, b, x, T, t) is accurate.
 *
 * The expectation is P(alive) times the expectation of an alive customer.
 * Given alive, the dropout probability p is Beta(a, b + x) and the purchase
 * rate Gamma(r + x, alpha + T), so with s = t / (alpha + T), n = r + x:
 *
 *	 E[Y(t) | alive] = E_p[ g(p) ],	 g(p) = (1 - (1 + p s)^-n) / p,
 *
 * which is the paper's (a+b+x-1)/(a-1) [1 - (1-z)^n 2F1(n, b+x; a+b+x-1; z)]
 * with z = t / (alpha + T + t).  Two evaluations are used:
 *
 * 1. The Euler-transformed series of bgnbd.c (cheap, few terms for short
 *	  horizons and ordinary models), with a running bound on its rounding
 *	  error: the bound grows with the largest terms against the sum, which
 *	  is how the series fails (|a+b-1-r| z large: alternating terms far
 *	  above the result).  It is kept only when that bound is below 1e-14 of
 *	  the result and it converges within SERIES_MAX_TERMS.
 * 2. Otherwise the integral over p, in the variable y = logit(p) where the
 *	  Beta weight is smooth and log-concave with exponential tails,
 *	  centred on its mode, with the weight taken relative to the mode
 *	  (no lgamma differences), by adaptive Gauss-Kronrod (7-15) from
 *	  breakpoints at the mode, at multiples of its width and where g turns
 *	  (p n s = 1).  Beyond p = eps and 1 - p = delta, where g and the other
 *	  Beta factor are linear to 1e-16, the pieces are integrated exactly.
 *	  The normaliser B(a, b+x) is the same quadrature with g = 1.  The cost
 *	  is bounded (QUAD_MAX_INTERVALS); an integral that does not reach its
 *	  tolerance there is reported as NaN, never as a plausible number.
 */
#include "postgres.h"

#include <float.h>
#include <math.h>

#include "customers/bgnbd_expected.h"

#define SERIES_MAX_TERMS	400
#define SERIES_TOL			1e-14
#define QUAD_TOL			1e-14
#define QUAD_MAX_INTERVALS	400
#define EPS					DBL_EPSILON

/*
 * log(1 + [x > 0] a/(b+x-1) ((alpha+T)/(alpha+tx))^(r+x)): minus the log of
 * the probability that the customer is alive (Fader, Hardie & Lee 2008,
 * "Computing P(alive) using the BG/NBD model", equation 1), with b + (x-1)
 * summed so that a small b keeps its digits.
 */
double
bgnbd_log_dead_odds1p_v2(const double *m, double x, double tx, double T)
{
	if (x == 0)
		return 0.0;
	return bgnbd_log1p_odds(log(m[2]) - log(m[3] + (x - 1)), m, x, tx, T);
}

/*
 * The Euler-transformed series of E[Y(t) | alive] (see bgnbd.c):
 *	 C (1 - (1-z)^(a-1)) / (a-1) - (1-z)^(a-1) S,
 *	 S = sum_{k>=1} (a+b-1-r)_k (a)_(k-1) z^k / ((C+1)_(k-1) k!),
 * C = a+b+x-1.  Returns NaN when it does not converge in SERIES_MAX_TERMS
 * or when its rounding error bound exceeds SERIES_TOL of the result.
 */
static double
euler_series(const double *m, double s, double x)
{
	double		r = m[0],
				a = m[2],
				b = m[3];
	double		C = a + b + x - 1,
				Ap = a + b - 1 - r,
				dC = 2 * EPS * (a + b + x + 1),	/* error bound of C */
				dA = 2 * EPS * (a + b + 1 + r), /* and of Ap */
				z = s / (1 + s),
				L = -log1p(s),	/* log(1 - z) */
				u = (a - 1) * L,
				head,
				eu = exp(u),
				term,
				sum,
				sumabs,
				errsum,
				rho,
				bracket,
				err;
	int			k;

	if (fabs(u) > 1e-8)
		head = -expm1(u) / (a - 1);
	else
		head = -L * (1 + u / 2 + u * u / 6);	/* the same, near a = 1 */
	if (!isfinite(head) || !isfinite(eu))
		return NAN;

	term = Ap * z;
	sum = term;
	rho = 4 * EPS + (Ap != 0 ? dA / fabs(Ap) : 0);
	sumabs = fabs(term);
	errsum = fabs(term) * rho;
	for (k = 1; term != 0; k++)
	{
		double		ratio;

		if (k > SERIES_MAX_TERMS)
			return NAN;
		ratio = (Ap + k) * (a + (k - 1)) * z / ((C + k) * (k + 1));
		rho += 8 * EPS + dA / fabs(Ap + k) + dC / fabs(C + k);
		term *= ratio;
		sum += term;
		sumabs += fabs(term);
		errsum += fabs(term) * rho;
		if (!isfinite(sum) || !isfinite(errsum))
			return NAN;
		if (fabs(term) <= 1e-17 * fabs(sum) && fabs(ratio) < 0.99)
		{
			/* the rest is below a geometric series of ratio |ratio| */
			errsum += fabs(term) * fabs(ratio) / (1 - fabs(ratio));
			break;
		}
	}
	bracket = C * head - eu * sum;
	err = (EPS * (4 + 3 * fabs(u)) * fabs(C) + dC) * fabs(head)
		+ eu * (errsum + EPS * (4 + 3 * fabs(u)) * sumabs)
		+ 4 * EPS * fabs(bracket);
	if (!(bracket > 0) || !isfinite(bracket) || err > SERIES_TOL * bracket)
		return NAN;
	return bracket;
}

/* The integrand of E_p[g(p)] in y = logit(p), relative to the mode ym. */
typedef struct Integrand
{
	double		a,				/* Beta(a, beta) */
				beta,
				n,				/* g(p) = (1 - (1 + p s)^-n) / p */
				s,
				pm,				/* the mode of the weight in y: p, 1-p, y */
				qm,
				ym;
} Integrand;

/*
 * log(1 + v) - v without cancellation, for |v| <= 0.1, by
 * log(1+v) = 2 atanh(v / (2 + v)).
 */
static inline double
log1pmx(double v)
{
	double		u,
				u2,
				pw,
				sum = 0;

	u = v / (2 + v);
	u2 = u * u;
	pw = u * u2;
	for (int k = 3; k < 40; k += 2)
	{
		double		term = pw / k;

		sum += term;
		if (fabs(term) <= 1e-17 * fabs(sum))
			break;
		pw *= u2;
	}
	return -v * v / (2 + v) + 2 * sum;
}

/*
 * log of p^a q^beta / (pm^a qm^beta) at y = ym + d.  With h = a qm = beta pm
 * and A = qm expm1(-d), B = pm expm1(d), it is
 *	 -h [4 sinh^2(d/2) + (log1p(A) - A) / qm + (log1p(B) - B) / pm],
 * whose terms do not cancel (the first-order terms of the two logs,
 * each about h d, do).
 */
static inline double
log_weight(const Integrand *f, double d)
{
	double		h = f->a * f->qm,
				sh = sinh(d / 2),
				A = f->qm * expm1(-d),
				B = f->pm * expm1(d),
				la,
				lb;

	/* away from the mode the plain logs lose nothing that matters */
	if (!(fabs(A) <= 0.1 && fabs(B) <= 0.1))
		return -f->a * (A > -0.5 ? log1p(A) : log(f->pm + f->qm * exp(-d)))
			- f->beta * (B > -0.5 ? log1p(B) : log(f->qm + f->pm * exp(d)));
	la = log1pmx(A);
	lb = log1pmx(B);
	return -(h * 4 * sh * sh + f->a * la + f->beta * lb);
}

/*
 * The weight p^a (1-p)^beta / (pm^a qm^beta) at y = ym + d (the Beta
 * density in y, relative to its mode) and that weight times g(p).
 */
static inline void
integrand_at(const Integrand *f, double d, double *w, double *wg)
{
	double		y = f->ym + d,
				p,
				lw;

	if (y < 0)
	{
		double		e = exp(y);

		p = e / (1 + e);
	}
	else
		p = 1 / (1 + exp(-y));
	lw = log_weight(f, d);
	*w = exp(lw);
	*wg = *w == 0 ? 0 : *w * (-expm1(-f->n * log1p(p * f->s)) / p);
}

/* Nodes and weights of the 7-point Gauss and 15-point Kronrod rules (QUADPACK qk15). */
static const double xgk[8] = {
	0.991455371120812639206854697526329, 0.949107912342758524526189684047851,
	0.864864423359769072789712788640926, 0.741531185599394439863864773280788,
	0.586087235467691130294144845693013, 0.405845151377397166906606412076961,
	0.207784955007898467600689403773245, 0.0
};
static const double wgk[8] = {
	0.022935322010529224963732008058970, 0.063092092629978553290700663189204,
	0.104790010322250183839876322541518, 0.140653259715525918745189590510238,
	0.169004726639267902826583426598550, 0.190350578064785409913256402421014,
	0.204432940075298892414161999234649, 0.209482141084727828012999174891714
};
static const double wg[4] = {
	0.129484966168869693270611432679082, 0.279705391489276667901467771423780,
	0.381830050505118944950369775488975, 0.417959183673469387755102040816327
};

/* One interval of the adaptive quadrature: both integrals and their errors. */
typedef struct QuadInterval
{
	double		lo,
				hi,
				w,				/* integral of the weight */
				werr,
				wg,				/* of the weight times g */
				wgerr;
} QuadInterval;

/* Gauss-Kronrod 7-15 of the weight and the weight times g over [lo, hi]. */
static void
gk15(const Integrand *f, QuadInterval *iv)
{
	double		c = (iv->lo + iv->hi) / 2,
				h = (iv->hi - iv->lo) / 2,
				kw = 0,
				kwg = 0,
				gw = 0,
				gwg = 0;

	for (int j = 0; j < 8; j++)
	{
		int			reps = j == 7 ? 1 : 2;

		for (int sgn = 0; sgn < reps; sgn++)
		{
			double		w,
						wgv;

			integrand_at(f, sgn ? c - h * xgk[j] : c + h * xgk[j], &w, &wgv);
			kw += wgk[j] * w;
			kwg += wgk[j] * wgv;
			if (j % 2 == 1)
			{
				gw += wg[j / 2] * w;
				gwg += wg[j / 2] * wgv;
			}
		}
	}
	iv->w = kw * h;
	iv->wg = kwg * h;
	iv->werr = fabs(kw - gw) * h;
	iv->wgerr = fabs(kwg - gwg) * h;
}

/* Orders doubles ascending. */
static int
cmp_double(const void *x, const void *y)
{
	double		u = *(const double *) x,
				v = *(const double *) y;

	return u < v ? -1 : u > v;
}

/*
 * E_p[g(p)] for p ~ Beta(a, beta) by the quadrature in logit(p) described
 * at the top of the file; NaN when it does not reach QUAD_TOL.
 */
static double
beta_integral(double a, double beta, double n, double s)
{
	Integrand	f;
	QuadInterval iv[QUAD_MAX_INTERVALS];
	double		bp[40];
	int			nbp = 0,
				niv = 0;
	double		ylo,
				yhi,
				eps,
				delta,
				sigma,
				yg,
				lpm,
				lqm,
				g1,
				g1p,
				tail_w,
				tail_wg,
				lt;

	f.a = a;
	f.beta = beta;
	f.n = n;
	f.s = s;
	f.pm = a / (a + beta);
	f.qm = beta / (a + beta);
	f.ym = log(a) - log(beta);
	if (!(f.pm > 0 && f.qm > 0 && n * s > 0 && isfinite(n * s * (n + 1) * s)))
		return NAN;
	lpm = log(f.pm);
	lqm = log(f.qm);

	/* where g and (1-p)^(beta-1) are linear to 1e-16, and p^(a-1) g near 1 */
	ylo = log(1e-8 / fmax(1, fmax((n + 1) * s, beta)));
	yhi = log(1e8 * (fabs(a - 1) + 2));
	if (fabs(ylo - f.ym) > 700 || fabs(yhi - f.ym) > 700)
		return NAN;
	eps = 1 / (1 + exp(-ylo));
	delta = 1 / (1 + exp(yhi));

	/* the pieces p < eps and 1 - p < delta, integrated exactly */
	tail_w = tail_wg = 0;
	lt = a * (log(eps) - lpm) - beta * lqm;
	if (lt > -745)
	{
		double		e = exp(lt),
					c0 = n * s,
					c1 = -n * s * ((n + 1) * s / 2 + (beta - 1));

		tail_w += e * (1 / a - (beta - 1) * eps / (a + 1));
		tail_wg += e * (c0 / a + c1 * eps / (a + 1));
	}
	g1 = -expm1(-n * log1p(s));
	g1p = n * s * exp(-(n + 1) * log1p(s)) - g1;
	lt = beta * (log(delta) - lqm) - a * lpm;
	if (lt > -745)
	{
		double		e = exp(lt);

		tail_w += e * (1 / beta - (a - 1) * delta / (beta + 1));
		tail_wg += e * (g1 / beta - ((a - 1) * g1 + g1p) * delta / (beta + 1));
	}
	if (!isfinite(tail_w) || !isfinite(tail_wg))
		return NAN;

	/* breakpoints: the mode, multiples of the width, where g turns */
	sigma = sqrt(1 / a + 1 / beta);
	yg = -log(n * s);
	bp[nbp++] = ylo - f.ym;
	bp[nbp++] = yhi - f.ym;
	bp[nbp++] = 0;
	for (double k = 1; k <= 4096; k *= 4)
	{
		bp[nbp++] = k * sigma;
		bp[nbp++] = -k * sigma;
	}
	for (int j = -2; j <= 2; j++)
		bp[nbp++] = yg - f.ym + 1.5 * j;
	qsort(bp, nbp, sizeof(double), cmp_double);
	for (int j = 0; j + 1 < nbp; j++)
	{
		double		lo = fmax(bp[j], ylo - f.ym),
					hi = fmin(bp[j + 1], yhi - f.ym);

		if (hi - lo > 1e-9 * fmax(1, fabs(lo)))
		{
			iv[niv].lo = lo;
			iv[niv].hi = hi;
			gk15(&f, &iv[niv]);
			niv++;
		}
	}

	for (;;)
	{
		double		W = tail_w,
					WG = tail_wg,
					Werr = 0,
					WGerr = 0,
					worst = -1;
		int			at = 0;

		for (int j = 0; j < niv; j++)
		{
			W += iv[j].w;
			WG += iv[j].wg;
			Werr += iv[j].werr;
			WGerr += iv[j].wgerr;
		}
		if (!isfinite(W) || !isfinite(WG) || !(W > 0))
			return NAN;
		if (Werr <= QUAD_TOL * W && WGerr <= QUAD_TOL * WG)
			return WG / W;
		if (niv >= QUAD_MAX_INTERVALS)
			return NAN;
		for (int j = 0; j < niv; j++)
		{
			double		e = iv[j].werr / W + iv[j].wgerr / WG;

			if (e > worst)
			{
				worst = e;
				at = j;
			}
		}
		/* bisect the worst interval */
		iv[niv] = iv[at];
		iv[niv].lo = iv[at].hi = (iv[at].lo + iv[at].hi) / 2;
		gk15(&f, &iv[at]);
		gk15(&f, &iv[niv]);
		niv++;
	}
}

/*
 * E[Y(t) | alive, x, T]: the expected purchases in the next t units of a
 * customer who is alive, by the series when it is cheap and accurate, else
 * by the integral.  NaN when neither is accurate.
 */
double
bgnbd_expected_alive(const double *m, double t, double x, double T,
					 BgnbdMethod *method)
{
	double		r = m[0],
				alpha = m[1],
				a = m[2],
				b = m[3],
				s,
				e;

	if (t == 0)
		return 0.0;
	s = t / (alpha + T);
	e = euler_series(m, s, x);
	if (!isnan(e))
	{
		if (method)
			*method = BGNBD_SERIES;
		return e;
	}
	if (method)
		*method = BGNBD_INTEGRAL;
	return beta_integral(a, b + x, r + x, s);
}
