/*
 * released.c
 *		Which released version of pgcx's SQL a call comes through, for the
 *		C symbols that released scripts name and whose behaviour changed
 *		in a later version without a new symbol: such a symbol reads the
 *		version of the installed extension and keeps, in a database still
 *		at that version, the behaviour that version shipped with; and the
 *		formulas released symbols computed with, where a shared one has
 *		changed since.
 */
#include "postgres.h"

#include <math.h>

#include "access/genam.h"
#include "access/htup_details.h"
#include "access/table.h"
#include "access/xact.h"
#include "catalog/indexing.h"
#include "catalog/pg_extension.h"
#include "storage/proc.h"
#include "utils/builtins.h"
#include "utils/fmgroids.h"
#include "utils/rel.h"

#include "common/released.h"

#if PG_VERSION_NUM >= 170000
#define MY_LXID (MyProc->vxid.lxid)
#else
#define MY_LXID (MyProc->lxid)
#endif

/* The version of the extension pgcx installed in this database, or NULL. */
static char *
installed_version(MemoryContext cxt)
{
	Relation	rel;
	ScanKeyData key;
	SysScanDesc scan;
	HeapTuple	tup;
	char	   *version = NULL;

	rel = table_open(ExtensionRelationId, AccessShareLock);
	ScanKeyInit(&key, Anum_pg_extension_extname, BTEqualStrategyNumber, F_NAMEEQ,
				CStringGetDatum("pgcx"));
	scan = systable_beginscan(rel, ExtensionNameIndexId, true, NULL, 1, &key);
	tup = systable_getnext(scan);
	if (HeapTupleIsValid(tup))
	{
		bool		isnull;
		Datum		d = heap_getattr(tup, Anum_pg_extension_extversion,
									 RelationGetDescr(rel), &isnull);

		if (!isnull)
			version = MemoryContextStrdup(cxt, TextDatumGetCString(d));
	}
	systable_endscan(scan);
	table_close(rel, AccessShareLock);
	return version;
}

/*
 * Whether this call comes through pgcx 1.0.0's SQL: the installed
 * extension is at 1.0.0.  The answer is kept for the rest of the command
 * (transaction and command id: an ALTER EXTENSION earlier in the same
 * transaction is seen); a direct call without a function is not from
 * 1.0.0.
 */
bool
pgcx_called_from_1_0_0(FunctionCallInfo fcinfo)
{
	static LocalTransactionId cached_lxid = InvalidLocalTransactionId;
	static CommandId cached_cid = InvalidCommandId;
	static bool cached = false;
	CommandId	cid;
	char	   *version;

	if (fcinfo->flinfo == NULL || !OidIsValid(fcinfo->flinfo->fn_oid))
		return false;
	cid = GetCurrentCommandId(false);
	if (cached_lxid == MY_LXID && cached_cid == cid &&
		cached_lxid != InvalidLocalTransactionId)
		return cached;
	version = installed_version(CurrentMemoryContext);
	cached = version != NULL && strcmp(version, "1.0.0") == 0;
	cached_lxid = MY_LXID;
	cached_cid = cid;
	if (version)
		pfree(version);
	return cached;
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
static double
released_t_cdf(double t, double df)
{
	double		tail = 0.5 * incomplete_beta(df / (df + t * t), df / 2.0, 0.5);

	return t >= 0 ? 1.0 - tail : tail;
}

/*
 * Student's t quantile for 0.5 <= p < 1 and df > 0 (non-integer df as
 * Welch-Satterthwaite gives): bisection on the cdf, to double precision.
 * This is the quantile pgcx 1.0.0 and 1.1.0 shipped, which mirror_gap's
 * released symbols keep; pgcx_t_quantile (stats.c) computes the tail
 * without cancellation and differs from it in the last digits.
 */
double
pgcx_t_quantile_released(double p, double df)
{
	double		lo = 0.0,
				hi = 1.0;
	int			i;

	while (released_t_cdf(hi, df) < p && hi < 1e12)
		hi *= 2.0;
	for (i = 0; i < 200 && hi - lo > 1e-15 * hi; i++)
	{
		double		mid = 0.5 * (lo + hi);

		if (released_t_cdf(mid, df) < p)
			lo = mid;
		else
			hi = mid;
	}
	return 0.5 * (lo + hi);
}
