/*
 * sector_benchmark.c
 *		benchmark_rating(metric, value, sector) and benchmark(rb, sector,
 *		metric): a value, or a window's metric, against the thresholds of
 *		the table sector_benchmark (SPEC section 3.1).
 *
 * The table is read through SPI, qualified with the schema of the calling
 * function (the extension's), by one query prepared once per session; the
 * thresholds read are kept for the next rows of the same expression under
 * the same snapshot (RatingCache).  Sectors match without regard to case: an
 * exact match first, else the one sector equal to it in lower case; two or
 * more such sectors are ambiguous, none is an unknown sector, and both
 * errors list the candidates.  A value passed to benchmark_rating is
 * checked against its metric's range (NPS -100..100, CSAT 0..100 and not a
 * fraction of one, always finite); a window's metric is computed, so it is
 * in range.  On a Citus worker the table is the node's own copy, not the
 * thresholds set on the coordinator: both functions refuse to run there.
 */
#include "postgres.h"

#include <math.h>

#include "access/htup_details.h"
#include "catalog/namespace.h"
#include "catalog/pg_namespace.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "utils/builtins.h"
#include "utils/float.h"
#include "utils/lsyscache.h"
#include "utils/snapmgr.h"

#include "storage/proc.h"

#include "common/metric.h"
#include "common/parse.h"
#include "benchmarks/rolling_benchmark.h"

PG_FUNCTION_INFO_V1(sector_benchmark_rating_float8);
PG_FUNCTION_INFO_V1(sector_benchmark_rating_int4);
PG_FUNCTION_INFO_V1(sector_benchmark_rating_numeric);
PG_FUNCTION_INFO_V1(sector_benchmark_of_window);


/* the most sectors an error lists */
#define SECTORS_LISTED	20

/* The thresholds of one (sector, metric) row; a NULL threshold is skipped. */
typedef struct Thresholds
{
	double		value[3];		/* alert_below, good_from, excellent_from */
	bool		isnull[3];
} Thresholds;

/*
 * The thresholds a call read, kept in fn_extra for the next calls of the
 * same expression: a query rates its rows against one or a few sectors.
 * They are used again only under the same snapshot (same transaction,
 * command and set of completed transactions), where the table reads the
 * same; the Citus check is made once per expression.
 */
#if PG_VERSION_NUM >= 170000
#define MY_LXID		(MyProc->vxid.lxid)
#else
#define MY_LXID		(MyProc->lxid)
#endif

typedef struct RatingCache
{
	bool		node_checked;	/* refuse_on_citus_worker has passed */
	bool		valid;			/* the entry below is filled */
	LocalTransactionId lxid;
	TransactionId xmin;
	TransactionId xmax;
	CommandId	curcid;
	uint64		completions;	/* snapXactCompletionCount */
	PgcxMetric	metric;
	char	   *sector;			/* as the call wrote it */
	Thresholds	t;
} RatingCache;

/* The cache of this expression (zeroed on its first call). */
static RatingCache *
rating_cache(FunctionCallInfo fcinfo)
{
	if (fcinfo->flinfo->fn_extra == NULL)
		fcinfo->flinfo->fn_extra = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt,
														  sizeof(RatingCache));
	return (RatingCache *) fcinfo->flinfo->fn_extra;
}

/* Does the cache hold (sector, metric) read under the active snapshot? */
static bool
rating_cache_hit(const RatingCache *c, const char *sector, PgcxMetric metric)
{
	Snapshot	snap;

	if (!c->valid || c->metric != metric || strcmp(c->sector, sector) != 0 ||
		!ActiveSnapshotSet())
		return false;
	snap = GetActiveSnapshot();
	return c->lxid == MY_LXID && c->xmin == snap->xmin &&
		c->xmax == snap->xmax && c->curcid == snap->curcid &&
		c->completions == snap->snapXactCompletionCount;
}

/* Keeps the thresholds of (sector, metric) read under the active snapshot. */
static void
rating_cache_keep(FunctionCallInfo fcinfo, RatingCache *c, const char *sector,
				  PgcxMetric metric, const Thresholds *t)
{
	Snapshot	snap;

	c->valid = false;
	if (!ActiveSnapshotSet())
		return;
	snap = GetActiveSnapshot();
	if (c->sector)
		pfree(c->sector);
	c->sector = MemoryContextStrdup(fcinfo->flinfo->fn_mcxt, sector);
	c->metric = metric;
	c->t = *t;
	c->lxid = MY_LXID;
	c->xmin = snap->xmin;
	c->xmax = snap->xmax;
	c->curcid = snap->curcid;
	c->completions = snap->snapXactCompletionCount;
	c->valid = true;
}

/* The Citus catalog that says which node this is, or InvalidOid. */
static Oid
citus_local_group(void)
{
	Oid			temp_nsp = LookupExplicitNamespace("pg_temp", true);
	Oid			rel = get_relname_relid("pg_dist_local_group", PG_CATALOG_NAMESPACE);

	/* searched as with search_path = pg_catalog, pg_temp */
	if (!OidIsValid(rel) && OidIsValid(temp_nsp))
		rel = get_relname_relid("pg_dist_local_group", temp_nsp);
	return rel;
}

/*
 * Is this node a Citus worker?  Citus keeps the node's group in
 * pg_dist_local_group: 0 on the coordinator, 1 and up on the workers.
 */
static bool
on_citus_worker(void)
{
	Oid			rel = citus_local_group();
	char	   *query;
	bool		isnull = true;
	int32		group = 0;

	if (!OidIsValid(rel))
		return false;
	query = psprintf("SELECT pg_catalog.max(groupid)::pg_catalog.int4 FROM %s",
					 quote_qualified_identifier(get_namespace_name(get_rel_namespace(rel)),
												get_rel_name(rel)));
	SPI_connect();
	if (SPI_execute(query, true, 1) != SPI_OK_SELECT)
		elog(ERROR, "SPI_execute failed on pg_dist_local_group");
	if (SPI_processed == 1)
		group = DatumGetInt32(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc,
											1, &isnull));
	SPI_finish();
	pfree(query);
	return !isnull && group != 0;
}

/* Refuses to rate on a Citus worker, where the table is the node's copy. */
static void
refuse_on_citus_worker(const char *caller)
{
	if (on_citus_worker())
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("%s cannot run on a Citus worker", caller),
				 errdetail("The query was pushed down to the workers, where sector_benchmark is a copy of each node, not the thresholds set on the coordinator."),
				 errhint("Rate on the coordinator: aggregate in a materialized CTE and rate its rows, e.g. WITH s AS MATERIALIZED (SELECT store_id, nps_agg(score) AS nps FROM responses GROUP BY store_id) SELECT store_id, benchmark_rating('nps', nps, 'retail') FROM s.")));
}

/* refuse_on_citus_worker, once per expression. */
static void
refuse_on_citus_worker_once(FunctionCallInfo fcinfo, const char *caller)
{
	RatingCache *c = rating_cache(fcinfo);

	if (!c->node_checked)
	{
		refuse_on_citus_worker(caller);
		c->node_checked = true;
	}
}

/* The table sector_benchmark of the calling function's schema, quoted. */
static char *
benchmark_table(FunctionCallInfo fcinfo)
{
	Oid			nsp = get_func_namespace(fcinfo->flinfo->fn_oid);

	return quote_qualified_identifier(get_namespace_name(nsp), "sector_benchmark");
}

/* The sector of row i of SPI's result (column 1). */
static char *
row_sector(uint64 i)
{
	return SPI_getvalue(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1);
}

/*
 * Appends the distinct quoted sectors of SPI's result, whose rows are
 * sorted by sector, SECTORS_LISTED at most.
 */
static void
append_sectors(StringInfo buf)
{
	uint64		i;
	uint64		listed = 0,
				distinct = 0;
	char	   *previous = NULL;

	for (i = 0; i < SPI_processed; i++)
	{
		char	   *name = row_sector(i);

		if (previous && strcmp(previous, name) == 0)
			continue;
		previous = name;
		if (distinct++ < SECTORS_LISTED)
			appendStringInfo(buf, "%s\"%s\"", listed++ ? ", " : "", name);
	}
	if (distinct > SECTORS_LISTED)
		appendStringInfo(buf, " and " UINT64_FORMAT " more", distinct - SECTORS_LISTED);
}

/*
 * Raises the error of a sector that matches no row, listing the sectors of
 * the table (sorted, distinct).  SPI must be connected.
 */
static void
unknown_sector(const char *table, const char *sector, const char *caller)
{
	char	   *query = psprintf("SELECT DISTINCT s.sector COLLATE pg_catalog.\"C\" FROM %s AS s ORDER BY 1", table);
	StringInfoData list;

	if (SPI_execute(query, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "SPI_execute failed on %s", table);
	initStringInfo(&list);
	append_sectors(&list);
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("unknown sector \"%s\" in %s", sector, caller),
			 SPI_processed == 0 ?
			 errdetail("The table sector_benchmark has no rows.") :
			 errdetail("Sectors are those of the table sector_benchmark: %s.", list.data),
			 errhint("Add rows for the sector to the table sector_benchmark.")));
}

/*
 * The sector that `sector` names among the rows of SPI's result (the rows
 * whose sector equals it in lower case, sorted by sector): itself if a row
 * has it, else the one sector of the rows; ERROR 22023 when there are
 * several (listed) or none.  SPI must be connected.
 */
static char *
resolve_sector(const char *table, const char *sector, const char *caller)
{
	StringInfoData list;
	uint64		i;

	for (i = 0; i < SPI_processed; i++)
		if (strcmp(row_sector(i), sector) == 0)
			return row_sector(i);
	if (SPI_processed == 0)
		unknown_sector(table, sector, caller);
	if (strcmp(row_sector(0), row_sector(SPI_processed - 1)) == 0)
		return row_sector(0);
	initStringInfo(&list);
	append_sectors(&list);
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("sector \"%s\" is ambiguous in %s", sector, caller),
			 errdetail("Sectors match without regard to case, and it matches %s of the table sector_benchmark.",
					   list.data),
			 errhint("Write the sector exactly as one of them.")));
	pg_unreachable();
}

/*
 * The query of the rows whose sector equals $1 in lower case, prepared once
 * per session and table (the table's quoted name keys it, so a renamed
 * schema prepares it again); SPI must be connected.
 */
static SPIPlanPtr
sector_rows_plan(const char *table)
{
	static SPIPlanPtr plan = NULL;
	static char *plan_table = NULL;
	Oid			argtype = TEXTOID;
	SPIPlanPtr	fresh;

	if (plan && strcmp(plan_table, table) == 0)
		return plan;
	fresh = SPI_prepare(psprintf("SELECT s.sector COLLATE pg_catalog.\"C\", s.metric, s.alert_below, s.good_from, s.excellent_from "
								 "FROM %s AS s "
								 "WHERE pg_catalog.lower(s.sector) OPERATOR(pg_catalog.=) pg_catalog.lower($1) "
								 "ORDER BY 1", table), 1, &argtype);
	if (fresh == NULL)
		elog(ERROR, "SPI_prepare failed on %s: %s", table, SPI_result_code_string(SPI_result));
	if (SPI_keepplan(fresh) != 0)
		elog(ERROR, "SPI_keepplan failed");
	if (plan)
	{
		SPI_freeplan(plan);
		pfree(plan_table);
	}
	plan = fresh;
	plan_table = MemoryContextStrdup(TopMemoryContext, table);
	return plan;
}

/*
 * Reads the thresholds of (sector, metric) into *t; the sector matches as
 * resolve_sector says; ERROR 22023 when the sector has no row for the
 * metric.
 */
static void
read_thresholds(FunctionCallInfo fcinfo, const char *sector, PgcxMetric metric,
				const char *caller, Thresholds *t)
{
	char	   *table = benchmark_table(fcinfo);
	Datum		arg = CStringGetTextDatum(sector);
	char	   *name;
	uint64		row;
	int			i;

	SPI_connect();
	if (SPI_execute_plan(sector_rows_plan(table), &arg, NULL, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "SPI_execute_plan failed on %s", table);
	name = resolve_sector(table, sector, caller);
	for (row = 0; row < SPI_processed; row++)
		if (strcmp(row_sector(row), name) == 0 &&
			strcmp(SPI_getvalue(SPI_tuptable->vals[row], SPI_tuptable->tupdesc, 2),
				   pgcx_metric_key(metric)) == 0)
			break;
	if (row == SPI_processed)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("sector \"%s\" has no benchmark for metric \"%s\" in %s",
						name, pgcx_metric_key(metric), caller),
				 errdetail("Add a row to the table sector_benchmark.")));
	for (i = 0; i < 3; i++)
	{
		Datum		d = SPI_getbinval(SPI_tuptable->vals[row], SPI_tuptable->tupdesc,
									  i + 3, &t->isnull[i]);

		t->value[i] = t->isnull[i] ? 0 : DatumGetFloat8(d);
	}
	SPI_finish();
	pfree(table);
	pfree(DatumGetPointer(arg));
}

/*
 * The thresholds of (sector, metric), from this expression's cache when the
 * same call under the same snapshot read them, else from the table.
 */
static void
thresholds(FunctionCallInfo fcinfo, const char *sector, PgcxMetric metric,
		   const char *caller, Thresholds *t)
{
	RatingCache *c = rating_cache(fcinfo);

	if (rating_cache_hit(c, sector, metric))
	{
		*t = c->t;
		return;
	}
	read_thresholds(fcinfo, sector, metric, caller, t);
	rating_cache_keep(fcinfo, c, sector, metric, t);
}

/*
 * The rating of a value: alert (< alert_below), excellent (>=
 * excellent_from), good (>= good_from) or below; NULL thresholds skipped.
 * Compared as float8 is in SQL (NaN above every number).
 */
static const char *
rating_of(double v, const Thresholds *t)
{
	if (!t->isnull[0] && float8_lt(v, t->value[0]))
		return "alert";
	if (!t->isnull[2] && float8_ge(v, t->value[2]))
		return "excellent";
	if (!t->isnull[1] && float8_ge(v, t->value[1]))
		return "good";
	return "below";
}

/* Raises the 22003 error of a value a metric cannot take. */
static void
value_out_of_range(PgcxMetric metric, double v, const char *detail,
				   const char *hint)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 isnan(v) || isinf(v) ?
			 errmsg("%s value %s is not a finite number in benchmark_rating",
					pgcx_metric_key(metric), pgcx_float8_text(v)) :
			 errmsg("%s value %s is out of range for benchmark_rating",
					pgcx_metric_key(metric), pgcx_float8_text(v)),
			 errdetail("%s", detail),
			 errhint("%s", hint)));
}

/*
 * Refuses a value passed to benchmark_rating that its metric cannot take:
 * NaN or infinite, an NPS outside -100..100, a CSAT outside 0..100 or
 * between 0 and 1 (a fraction where a percentage belongs).  NPS values
 * between -1 and 1 are real figures and pass.
 */
static void
check_rated_value(PgcxMetric metric, double v)
{
	if (isnan(v) || isinf(v))
		value_out_of_range(metric, v, "A rating needs a finite value.",
						   "Pass NULL for a missing value: it has no rating.");
	if (metric == PGCX_METRIC_NPS && (v < -100 || v > 100))
		value_out_of_range(metric, v, "NPS runs from -100 to 100.",
						   "Pass the NPS as nps_agg returns it.");
	if (metric == PGCX_METRIC_CSAT && (v < 0 || v > 100))
		value_out_of_range(metric, v, "CSAT is a percentage from 0 to 100.",
						   "Pass the CSAT as csat_agg returns it.");
	if (metric == PGCX_METRIC_CSAT && v > 0 && v < 1)
	{
		char		percent[32];

		snprintf(percent, sizeof(percent), "%.15g", v * 100);
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("csat value %s is a fraction in benchmark_rating", pgcx_float8_text(v)),
				 errdetail("CSAT is a percentage from 0 to 100; a value between 0 and 1 is a fraction of one."),
				 errhint("CSAT is a percentage: write %s for %s %%.", percent, percent)));
	}
}

/*
 * benchmark_rating(metric, value, sector) for a value already in float8
 * (isnull: the value is NULL): NULL for a NULL metric or sector, or a NULL
 * value once metric and sector are known.
 */
static Datum
rate_value(FunctionCallInfo fcinfo, double value, bool isnull)
{
	const char *caller = "benchmark_rating";
	PgcxMetric	metric;
	Thresholds	t;

	refuse_on_citus_worker_once(fcinfo, caller);
	if (PG_ARGISNULL(0) || PG_ARGISNULL(2))
		PG_RETURN_NULL();
	metric = pgcx_metric_parse(PG_GETARG_TEXT_PP(0), caller);
	if (!isnull)
		check_rated_value(metric, value);
	thresholds(fcinfo, text_to_cstring(PG_GETARG_TEXT_PP(2)), metric, caller, &t);
	if (isnull)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(rating_of(value, &t)));
}

/* benchmark_rating(metric, value float8, sector). */
Datum
sector_benchmark_rating_float8(PG_FUNCTION_ARGS)
{
	return rate_value(fcinfo, PG_ARGISNULL(1) ? 0 : PG_GETARG_FLOAT8(1), PG_ARGISNULL(1));
}

/* benchmark_rating(metric, value int4, sector): integer literals. */
Datum
sector_benchmark_rating_int4(PG_FUNCTION_ARGS)
{
	return rate_value(fcinfo, PG_ARGISNULL(1) ? 0 : (double) PG_GETARG_INT32(1), PG_ARGISNULL(1));
}

/* benchmark_rating(metric, value numeric, sector): decimal literals. */
Datum
sector_benchmark_rating_numeric(PG_FUNCTION_ARGS)
{
	double		v = 0;

	if (!PG_ARGISNULL(1))
		v = DatumGetFloat8(DirectFunctionCall1(numeric_float8, PG_GETARG_DATUM(1)));
	return rate_value(fcinfo, v, PG_ARGISNULL(1));
}

/*
 * benchmark(rb, sector, metric): the window's metric (CSAT scale checked)
 * with the sector's thresholds and its rating; value and rating are NULL
 * for a window without answers.
 */
Datum
sector_benchmark_of_window(PG_FUNCTION_ARGS)
{
	const char *caller = "benchmark";
	RollingBenchmark *rb;
	PgcxMetric	metric;
	Thresholds	t;
	TupleDesc	tupdesc;
	Datum		values[5];
	bool		nulls[5];
	double		v = 0;
	bool		has_value;
	int			i;

	refuse_on_citus_worker_once(fcinfo, caller);
	metric = pgcx_metric_parse(PG_GETARG_TEXT_PP(2), caller);
	rb = rb_checked(PG_GETARG_DATUM(0));
	has_value = rb_window_metric(rb, metric, caller, &v);
	thresholds(fcinfo, text_to_cstring(PG_GETARG_TEXT_PP(1)), metric, caller, &t);
	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "benchmark must return a composite type");
	tupdesc = BlessTupleDesc(tupdesc);
	values[0] = Float8GetDatum(v);
	nulls[0] = nulls[4] = !has_value;
	for (i = 0; i < 3; i++)
	{
		values[i + 1] = Float8GetDatum(t.value[i]);
		nulls[i + 1] = t.isnull[i];
	}
	if (has_value)
		values[4] = CStringGetTextDatum(rating_of(v, &t));
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}
