/*
 * nps.c
 *		Net Promoter Score accessors of score_dist: nps, nps_stats, nps_diff.
 *
 * NPS = 100 x (promoters - detractors) / answers on the 0-10 scale
 * (Reichheld 2003), promoters answering 9-10 and detractors 0-6.  Its
 * variance per answer is v = p + d - (p - d)^2 for the promoter and
 * detractor shares p and d (a difference of two multinomial shares).  The
 * 95 % interval is the adjusted Wald interval: 3/4 of an answer added to
 * promoters and to detractors and 3 to n (Rocks 2016, after Agresti and
 * Caffo 2000).
 */
#include "postgres.h"

#include <math.h>

#include "access/htup_details.h"
#include "funcapi.h"

#include "common/stats.h"
#include "scores/nps.h"
#include "scores/score_dist.h"

PG_FUNCTION_INFO_V1(score_dist_nps);
PG_FUNCTION_INFO_V1(score_dist_nps_stats);
PG_FUNCTION_INFO_V1(score_dist_nps_diff);

/* Refuses an NPS read of answers on lo..hi, unless that is 0-10. */
void
nps_require_scale(int lo, int hi, const char *caller)
{
	if (lo != 0 || hi != 10)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s needs answers on the 0-10 scale, not %d-%d",
						caller, lo, hi),
				 errdetail("The Net Promoter Score is defined on 0-10 answers only.")));
}

/* Promoter, passive and detractor counts of a 0-10 distribution. */
void
nps_totals(const ScoreDist *d, ScoreTotals *t, const char *caller)
{
	int			i;

	nps_require_scale(d->lo, d->hi, caller);
	t->detractors = 0;
	for (i = 0; i <= 6; i++)
		t->detractors += d->counts[i];
	t->passives = d->counts[7] + d->counts[8];
	t->promoters = d->counts[9] + d->counts[10];
	t->n = score_dist_n(d);
}

/* NPS from promoter and detractor counts out of n answers (n > 0). */
double
nps_from_counts(double promoters, double detractors, double n)
{
	return 100.0 * (promoters - detractors) / n;
}

/* Per-answer variance of the NPS share difference: p + d - (p - d)^2. */
double
nps_variance(double promoters, double detractors, double n)
{
	double		p = promoters / n;
	double		d = detractors / n;

	return p + d - (p - d) * (p - d);
}

/* nps(score_dist): the Net Promoter Score, NULL without answers. */
Datum
score_dist_nps(PG_FUNCTION_ARGS)
{
	ScoreTotals t;

	nps_totals(score_dist_checked(PG_GETARG_DATUM(0)), &t, "nps");
	if (t.n == 0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(nps_from_counts(t.promoters, t.detractors, t.n));
}

/* Clips an NPS bound to [-100, 100]. */
static double
clip_nps(double v)
{
	return v < -100.0 ? -100.0 : (v > 100.0 ? 100.0 : v);
}

/*
 * The 95 % adjusted-Wald interval of the NPS of t (t->n > 0): 3/4 added to
 * promoters and to detractors and 3 to n, NPS' +- z SE', clipped.
 */
void
nps_interval(const ScoreTotals *t, double *low, double *high)
{
	double		an = (double) t->n + 3.0,
				ap = (double) t->promoters + 0.75,
				ad = (double) t->detractors + 0.75,
				center = nps_from_counts(ap, ad, an),
				half = PGCX_Z975 * 100.0 * sqrt(nps_variance(ap, ad, an) / an);

	*low = clip_nps(center - half);
	*high = clip_nps(center + half);
}

/* nps_stats(score_dist): counts, NPS, standard error, adjusted-Wald 95 % CI. */
Datum
score_dist_nps_stats(PG_FUNCTION_ARGS)
{
	ScoreTotals t;
	TupleDesc	tupdesc;
	Datum		values[8];
	bool		nulls[8] = {false};
	double		low,
				high;

	nps_totals(score_dist_checked(PG_GETARG_DATUM(0)), &t, "nps_stats");
	if (t.n == 0)
		PG_RETURN_NULL();
	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "nps_stats must return a composite type");
	nps_interval(&t, &low, &high);

	values[0] = Int64GetDatum(t.n);
	values[1] = Int64GetDatum(t.promoters);
	values[2] = Int64GetDatum(t.passives);
	values[3] = Int64GetDatum(t.detractors);
	values[4] = Float8GetDatum(nps_from_counts(t.promoters, t.detractors, t.n));
	values[5] = Float8GetDatum(100.0 * sqrt(nps_variance(t.promoters, t.detractors, t.n) / t.n));
	values[6] = Float8GetDatum(low);
	values[7] = Float8GetDatum(high);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(BlessTupleDesc(tupdesc),
													  values, nulls)));
}

/*
 * nps_diff(a, b): two-sample Wald test of NPS(a) - NPS(b); z and p_value
 * are NULL when the standard error is 0.  NULL when either has no answers.
 */
Datum
score_dist_nps_diff(PG_FUNCTION_ARGS)
{
	ScoreTotals a,
				b;
	TupleDesc	tupdesc;
	Datum		values[4];
	bool		nulls[4] = {false};
	double		diff,
				se;

	nps_totals(score_dist_checked(PG_GETARG_DATUM(0)), &a, "nps_diff");
	nps_totals(score_dist_checked(PG_GETARG_DATUM(1)), &b, "nps_diff");
	if (a.n == 0 || b.n == 0)
		PG_RETURN_NULL();
	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "nps_diff must return a composite type");

	diff = nps_from_counts(a.promoters, a.detractors, a.n) -
		nps_from_counts(b.promoters, b.detractors, b.n);
	se = 100.0 * sqrt(nps_variance(a.promoters, a.detractors, a.n) / a.n +
					  nps_variance(b.promoters, b.detractors, b.n) / b.n);
	values[0] = Float8GetDatum(diff);
	values[1] = Float8GetDatum(se);
	if (se > 0)
	{
		double		z = diff / se;

		values[2] = Float8GetDatum(z);
		values[3] = Float8GetDatum(2.0 * pgcx_normal_sf(fabs(z)));
	}
	else
		nulls[2] = nulls[3] = true;
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(BlessTupleDesc(tupdesc),
													  values, nulls)));
}
