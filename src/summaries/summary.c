/*
 * summary.c
 *		Live summaries: the C side of the tables of score_dist values that
 *		triggers keep exact on every write of their source.
 *
 * A live summary is made by pgcx_summarize() (live_summary.sql), whose
 * SQL functions also write what its triggers run.  What needs C is here:
 *
 *	- bucket_start(): the start of the bucket of a date, timestamp or
 *	  timestamptz, for a bucket of whole days (counted from Monday
 *	  2000-01-03) or of whole months (counted from January 2000);
 *	- score_dist_net(): a summary's figure, the answers added minus the
 *	  answers removed;
 *	- pgcx_summary_capture(): the statement trigger of the source.  It asks
 *	  pgcx_summary_trigger_sql() once per backend what the trigger reads
 *	  and writes, counts the statement's transition tables (deltas.c) and
 *	  adds the deltas to the summary's pending table: with the table access
 *	  method's own insertion when the table is as pgcx made it (no index,
 *	  rule, policy, default, check or trigger of its users' own), else with
 *	  an INSERT run as the owner of that table, like PostgreSQL's own
 *	  foreign-key triggers.  Either way a user who may write the source but
 *	  not the summary still keeps the summary exact;
 *	- pgcx_summary_guard(): the trigger of the summary's own tables, which
 *	  refuses any write that does not come from pgcx;
 *	- pgcx_summary_exec(): runs a maintenance statement (compaction,
 *	  rebuild, partitions) the same way, for a caller with the privileges
 *	  of the summary's owner;
 *	- pgcx_summary_moves_partitions(): what the event trigger asks of a
 *	  DDL command.
 */
#include "postgres.h"

#include "access/table.h"
#include "access/tableam.h"
#include "access/xact.h"
#include "catalog/pg_class.h"
#include "catalog/pg_trigger.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "executor/tuptable.h"
#include "miscadmin.h"
#include "nodes/parsenodes.h"
#include "tcop/deparse_utility.h"
#include "utils/acl.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/guc.h"
#include "utils/hsearch.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"
#include "utils/syscache.h"
#include "utils/timestamp.h"
#include "utils/typcache.h"

#include "common/pgcx.h"
#include "scores/score_dist.h"
#include "summaries/summary.h"

PG_FUNCTION_INFO_V1(bucket_start_date);
PG_FUNCTION_INFO_V1(bucket_start_timestamp);
PG_FUNCTION_INFO_V1(bucket_start_timestamptz);
PG_FUNCTION_INFO_V1(score_dist_net);
PG_FUNCTION_INFO_V1(pgcx_summary_capture);
PG_FUNCTION_INFO_V1(pgcx_summary_guard);
PG_FUNCTION_INFO_V1(pgcx_summary_exec);
PG_FUNCTION_INFO_V1(pgcx_summary_moves_partitions);

/* Monday 2000-01-03, the first day of bucket 0 of every whole-day bucket */
#define BUCKET_DAY_ORIGIN	2
#define BUCKET_MAX_DAYS		36600
#define BUCKET_MAX_MONTHS	1200

/* The SQL every trigger and maintenance statement runs under. */
#define SUMMARY_SEARCH_PATH "pg_catalog, pg_temp"

/*
 * Depth of the statements pgcx itself runs on a summary's tables: the guard
 * lets a write through only then.
 */
static int	summary_writing = 0;

/*
 * pgcx.summary_compact_every: a writer in READ COMMITTED folds a summary's
 * pending changes after this many statements of its own on the source (if
 * no other compaction of that summary is running); 0 never.
 */
static int	summary_compact_every = 10000;

void
summary_define_settings(void)
{
	DefineCustomIntVariable("pgcx.summary_compact_every",
							"Statements on a live summary's source after which a writer folds the summary's pending changes.",
							"A writer in READ COMMITTED runs pgcx_summary_compact(summary, false) after this many of its statements on the source; 0 leaves compaction to explicit calls.",
							&summary_compact_every,
							10000, 0, INT_MAX,
							PGC_USERSET, 0,
							NULL, NULL, NULL);
}

/* ---------------------------------------------------------------------
 * Buckets
 * ---------------------------------------------------------------------
 */

Bucket
bucket_parse(const Interval *iv)
{
	Bucket		b;

	if (iv->time == 0 && iv->month == 0 && iv->day >= 1 && iv->day <= BUCKET_MAX_DAYS)
	{
		b.months = false;
		b.step = iv->day;
		return b;
	}
	if (iv->time == 0 && iv->day == 0 && iv->month >= 1 && iv->month <= BUCKET_MAX_MONTHS)
	{
		b.months = true;
		b.step = iv->month;
		return b;
	}
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("invalid bucket \"%s\" for bucket_start",
					DatumGetCString(DirectFunctionCall1(interval_out, PointerGetDatum(iv)))),
			 errdetail("A bucket is a whole number of days (1 to %d) or a whole number of months (1 to %d), without hours.",
					   BUCKET_MAX_DAYS, BUCKET_MAX_MONTHS),
			 errhint("Use e.g. '1 day', '7 days' (weeks from Monday), '1 month', '3 months' (quarters) or '1 year'.")));
	pg_unreachable();
}

/* The month of day d, counted from January 2000. */
static int64
month_of_day(DateADT d)
{
	int			y,
				m,
				day;

	j2date(d + POSTGRES_EPOCH_JDATE, &y, &m, &day);
	return (int64) (y - 2000) * 12 + (m - 1);
}

/* The first day of a month counted from January 2000. */
static DateADT
month_start(int64 months)
{
	int64		y = pgcx_floor_div(months, 12);

	return date2j(2000 + (int) y, (int) (months - y * 12) + 1, 1) - POSTGRES_EPOCH_JDATE;
}

/* First day of the bucket holding the (finite) day d. */
DateADT
bucket_of_day(Bucket b, DateADT d)
{
	int64		k;

	if (!b.months)
	{
		k = pgcx_floor_div((int64) d - BUCKET_DAY_ORIGIN, b.step);
		return (DateADT) (BUCKET_DAY_ORIGIN + k * b.step);
	}
	k = pgcx_floor_div(month_of_day(d), b.step);
	return month_start(k * b.step);
}

/* First day of the bucket after the one that starts on day first. */
DateADT
bucket_after(Bucket b, DateADT first)
{
	if (!b.months)
		return first + b.step;
	return month_start(month_of_day(first) + b.step);
}

/* The date of a finite timestamp, counted in whole days from 2000-01-01. */
DateADT
day_of_timestamp(Timestamp ts)
{
	return (DateADT) pgcx_floor_div(ts, USECS_PER_DAY);
}

/* A bucket that starts before the first date PostgreSQL holds is an error. */
DateADT
check_bucket_date(DateADT d)
{
	if (!IS_VALID_DATE(d))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("the bucket of this time starts before 4714-11-24 BC"),
				 errdetail("A bucket starts on a date PostgreSQL can hold.")));
	return d;
}

Datum
bucket_start_date(PG_FUNCTION_ARGS)
{
	DateADT		d = PG_GETARG_DATEADT(0);
	Bucket		b = bucket_parse(PG_GETARG_INTERVAL_P(1));

	if (DATE_NOT_FINITE(d))
		PG_RETURN_DATEADT(d);
	PG_RETURN_DATEADT(check_bucket_date(bucket_of_day(b, d)));
}

Datum
bucket_start_timestamp(PG_FUNCTION_ARGS)
{
	Timestamp	ts = PG_GETARG_TIMESTAMP(0);
	Bucket		b = bucket_parse(PG_GETARG_INTERVAL_P(1));
	DateADT		d;

	if (TIMESTAMP_NOT_FINITE(ts))
		PG_RETURN_TIMESTAMP(ts);
	d = check_bucket_date(bucket_of_day(b, day_of_timestamp(ts)));
	PG_RETURN_TIMESTAMP((Timestamp) d * USECS_PER_DAY);
}

/*
 * A timestamptz is placed by its date in time_zone; the bucket starts at
 * midnight of its first day there (or at the first instant of that day where
 * a change of clocks skips midnight).
 */
Datum
bucket_start_timestamptz(PG_FUNCTION_ARGS)
{
	TimestampTz ts = PG_GETARG_TIMESTAMPTZ(0);
	Bucket		b = bucket_parse(PG_GETARG_INTERVAL_P(1));
	Datum		zone = PG_GETARG_DATUM(2);
	Timestamp	local;
	DateADT		d;

	if (TIMESTAMP_NOT_FINITE(ts))
		PG_RETURN_TIMESTAMPTZ(ts);
	local = DatumGetTimestamp(DirectFunctionCall2(timestamptz_zone, zone,
												  TimestampTzGetDatum(ts)));
	d = check_bucket_date(bucket_of_day(b, day_of_timestamp(local)));
	local = (Timestamp) d * USECS_PER_DAY;
	PG_RETURN_DATUM(DirectFunctionCall2(timestamp_zone, zone,
										TimestampGetDatum(local)));
}

/* ---------------------------------------------------------------------
 * score_dist_net(added, removed)
 * ---------------------------------------------------------------------
 */

/*
 * The answers added minus the answers removed, NULL when none is left (as
 * score_dist_agg gives NULL over rows without an answer).  Removing answers
 * that were never added is an error: a summary never does it.
 */
Datum
score_dist_net(PG_FUNCTION_ARGS)
{
	ScoreDist  *added;
	ScoreDist  *removed;
	ScoreDist  *net;
	int64		total = 0;
	int			i;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		added = score_dist_checked(PG_GETARG_DATUM(0));
		if (score_dist_n(added) == 0)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(added);
	}
	removed = score_dist_checked(PG_GETARG_DATUM(1));
	if (PG_ARGISNULL(0))
	{
		if (score_dist_n(removed) == 0)
			PG_RETURN_NULL();
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("score_dist_net cannot remove " INT64_FORMAT " answers from no answer",
						score_dist_n(removed)),
				 errdetail("The answers removed must have been added.")));
	}
	added = score_dist_checked(PG_GETARG_DATUM(0));
	score_dist_require_same_scale(added, removed, "score_dist_net");
	net = score_dist_copy(added);
	for (i = 0; i < SCORE_DIST_NSCORES(net); i++)
	{
		if (removed->counts[i] > net->counts[i])
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("score_dist_net cannot remove " INT64_FORMAT " answers of score %d from " INT64_FORMAT,
							removed->counts[i], net->lo + i, net->counts[i]),
					 errdetail("The answers removed must have been added.")));
		net->counts[i] -= removed->counts[i];
		total += net->counts[i];
	}
	if (total == 0)
		PG_RETURN_NULL();
	PG_RETURN_POINTER(net);
}

/* ---------------------------------------------------------------------
 * Running a summary's SQL as its owner
 * ---------------------------------------------------------------------
 */

/*
 * What a trigger of a summary runs, by trigger OID, for the backend, asked
 * once of pgcx_summary_trigger_sql(), which writes it from the summary's
 * definition and checks that the trigger's table belongs to the summary:
 * the pending table; for INSERT, UPDATE and DELETE, what the trigger's own
 * counting reads (shape) and the INSERT of its deltas; for TRUNCATE, or a
 * group column without hashing, the SQL that counts with GROUP BY instead.
 */
typedef struct CapturePlan
{
	Oid			tgoid;
	Oid			relid;			/* the trigger's table */
	bool		stale;			/* a table it reads or writes changed */
	MemoryContext cxt;			/* what the entry points at */
	Oid			pending;
	char	   *sql;			/* counts with SQL (NULL: with shape) */
	SPIPlanPtr	plan;
	SummaryShape shape;
	int			ncolumns;
	Oid		   *column_types;	/* of the INSERT's arrays */
	char	   *insert_sql;
	SPIPlanPtr	insert_plan;
	char	   *compact_sql;	/* the summary's compaction, not waiting */
	int			statements;		/* since this backend's last compaction */
	AttrNumber *pending_atts;	/* of the deltas' columns in the pending table */
	int			direct;			/* inserts rows itself: 1, with SQL: 0, -1: to see */
} CapturePlan;

/* rows inserted at a time by one table_multi_insert() */
#define SUMMARY_INSERT_BATCH 1000

static HTAB *capture_plans = NULL;

/* The context the entry being built allocates in. */
static MemoryContext plan_cxt = NULL;

/*
 * A change of a table (its columns' types, names, numbers) makes the
 * entries that read or write it stale: the next firing builds them again.
 */
static void
capture_plans_invalidate(Datum arg, Oid relid)
{
	HASH_SEQ_STATUS status;
	CapturePlan *entry;

	if (capture_plans == NULL)
		return;
	hash_seq_init(&status, capture_plans);
	while ((entry = hash_seq_search(&status)) != NULL)
		if (!OidIsValid(relid) || entry->relid == relid || entry->pending == relid)
			entry->stale = true;
}

static void
capture_plan_free(CapturePlan *entry)
{
	if (entry->plan != NULL)
		SPI_freeplan(entry->plan);
	if (entry->insert_plan != NULL)
		SPI_freeplan(entry->insert_plan);
	MemoryContextDelete(entry->cxt);
}

static Oid
relation_owner(Oid relid)
{
	HeapTuple	tuple = SearchSysCache1(RELOID, ObjectIdGetDatum(relid));
	Oid			owner;

	if (!HeapTupleIsValid(tuple))
		elog(ERROR, "cache lookup failed for relation %u", relid);
	owner = ((Form_pg_class) GETSTRUCT(tuple))->relowner;
	ReleaseSysCache(tuple);
	return owner;
}

/*
 * Runs a statement as the owner of the pending table, with the summary's
 * fixed search_path, and with the guard open: the INSERT of a trigger's
 * deltas (entry and values), the SQL of a trigger (entry, with the
 * statement's transition tables of td visible), or sql.  The SQL reads with
 * the latest snapshot, not the transaction's: a TRUNCATE, an ATTACH or a
 * DETACH in REPEATABLE READ holds its table locked and must count every row
 * committed there, also after its transaction began; a compaction folds
 * every committed change.  Returns the first column of the first row the statement returns
 * (bigint), or the number of rows it processed.
 */
static int64
run_as_owner(Oid pending, const char *sql, CapturePlan *entry, TriggerData *td,
			 Datum *values)
{
	Oid			save_userid;
	int			save_sec_context;
	int			save_nestlevel;
	int64		result = 0;
	int			rc;

	GetUserIdAndSecContext(&save_userid, &save_sec_context);
	SetUserIdAndSecContext(relation_owner(pending),
						   save_sec_context | SECURITY_LOCAL_USERID_CHANGE |
						   SECURITY_RESTRICTED_OPERATION);

	/*
	 * The INSERT of a trigger's deltas names nothing but the pending table,
	 * qualified, and pg_catalog.unnest() of typed arrays: it runs under the
	 * writer's search_path, which it cannot meet, and saves the change of
	 * search_path on every statement.
	 */
	save_nestlevel = -1;
	if (values == NULL)
	{
		save_nestlevel = NewGUCNestLevel();
		(void) set_config_option("search_path", SUMMARY_SEARCH_PATH,
								 PGC_USERSET, PGC_S_SESSION,
								 GUC_ACTION_SAVE, true, 0, false);
	}
	summary_writing++;
	PG_TRY();
	{
		if (SPI_connect() != SPI_OK_CONNECT)
			elog(ERROR, "SPI_connect failed");
		if (entry != NULL && values != NULL)
		{
			if (entry->insert_plan == NULL)
			{
				SPIPlanPtr	plan = SPI_prepare(entry->insert_sql, entry->ncolumns,
											   entry->column_types);

				if (plan == NULL)
					elog(ERROR, "SPI_prepare failed: %s", SPI_result_code_string(SPI_result));
				SPI_keepplan(plan);
				entry->insert_plan = plan;
			}
			rc = SPI_execute_plan(entry->insert_plan, values, NULL, false, 0);
		}
		else if (entry != NULL)
		{
			if (SPI_register_trigger_data(td) != SPI_OK_TD_REGISTER)
				elog(ERROR, "SPI_register_trigger_data failed");
			if (entry->plan == NULL)
			{
				SPIPlanPtr	plan = SPI_prepare(entry->sql, 0, NULL);

				if (plan == NULL)
					elog(ERROR, "SPI_prepare failed: %s", SPI_result_code_string(SPI_result));
				SPI_keepplan(plan);
				entry->plan = plan;
			}
			rc = SPI_execute_snapshot(entry->plan, NULL, NULL, GetLatestSnapshot(),
									  InvalidSnapshot, false, true, 0);
		}
		else
		{
			SPIPlanPtr	plan = SPI_prepare(sql, 0, NULL);

			if (plan == NULL)
				elog(ERROR, "SPI_prepare failed: %s", SPI_result_code_string(SPI_result));
			rc = SPI_execute_snapshot(plan, NULL, NULL, GetLatestSnapshot(),
									  InvalidSnapshot, false, true, 0);
		}
		if (rc < 0)
			elog(ERROR, "SPI failed: %s", SPI_result_code_string(rc));
		if (SPI_tuptable != NULL && SPI_processed > 0 &&
			SPI_tuptable->tupdesc->natts >= 1 &&
			TupleDescAttr(SPI_tuptable->tupdesc, 0)->atttypid == INT8OID)
		{
			bool		isnull;
			Datum		d = SPI_getbinval(SPI_tuptable->vals[0],
										  SPI_tuptable->tupdesc, 1, &isnull);

			result = isnull ? 0 : DatumGetInt64(d);
		}
		else
			result = (int64) SPI_processed;
		SPI_finish();
	}
	PG_FINALLY();
	{
		summary_writing--;
	}
	PG_END_TRY();
	if (save_nestlevel >= 0)
		AtEOXact_GUC(false, save_nestlevel);
	SetUserIdAndSecContext(save_userid, save_sec_context);
	return result;
}

/* A column of the row pgcx_summary_trigger_sql() returns. */
static Datum
plan_column(int col, bool *isnull)
{
	return SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, col, isnull);
}

/* An int2[] or int4[] column as ints, in the plan's context. */
static int *
plan_ints(int col, int *n)
{
	bool		isnull;
	Datum		d = plan_column(col, &isnull);
	ArrayType  *a;
	Datum	   *elems;
	int			i;
	int		   *ints;
	int16		typlen;
	bool		typbyval;
	char		typalign;

	*n = 0;
	if (isnull)
		return NULL;
	a = DatumGetArrayTypeP(d);
	get_typlenbyvalalign(ARR_ELEMTYPE(a), &typlen, &typbyval, &typalign);
	deconstruct_array(a, ARR_ELEMTYPE(a), typlen, typbyval, typalign, &elems, NULL, n);
	ints = MemoryContextAlloc(plan_cxt, sizeof(int) * Max(*n, 1));
	for (i = 0; i < *n; i++)
		ints[i] = ARR_ELEMTYPE(a) == INT2OID ? DatumGetInt16(elems[i]) : DatumGetInt32(elems[i]);
	return ints;
}

/*
 * What the trigger's own counting needs of the row: attribute numbers,
 * types, collations and the hash and equality of each group column.  False
 * if a group column's type has no hashing (then SQL counts).
 */
static bool
plan_shape(CapturePlan *entry, TriggerData *td)
{
	SummaryShape *shape = &entry->shape;
	TupleDesc	desc = RelationGetDescr(td->tg_relation);
	bool		isnull;
	int		   *ints;
	int			n,
				i;
	Datum		d;
	ArrayType  *a;
	Datum	   *elems;
	MemoryContext old;

	d = plan_column(6, &isnull);
	if (isnull)
		return false;
	shape->time_att = DatumGetInt16(d);
	shape->time_type = TupleDescAttr(desc, shape->time_att - 1)->atttypid;
	shape->bucket = bucket_parse(DatumGetIntervalP(plan_column(7, &isnull)));
	d = plan_column(8, &isnull);
	shape->time_zone = isnull ? NULL :
		(text *) MemoryContextAlloc(plan_cxt, VARSIZE_ANY(DatumGetPointer(d)));
	if (!isnull)
		memcpy(shape->time_zone, DatumGetPointer(d), VARSIZE_ANY(DatumGetPointer(d)));

	ints = plan_ints(9, &shape->ngroups);
	shape->group_atts = MemoryContextAlloc(plan_cxt, sizeof(AttrNumber) * Max(shape->ngroups, 1));
	shape->group_types = MemoryContextAlloc(plan_cxt, sizeof(Oid) * Max(shape->ngroups, 1));
	shape->group_colls = MemoryContextAlloc(plan_cxt, sizeof(Oid) * Max(shape->ngroups, 1));
	shape->group_hash = MemoryContextAllocZero(plan_cxt, sizeof(FmgrInfo) * Max(shape->ngroups, 1));
	shape->group_eq = MemoryContextAllocZero(plan_cxt, sizeof(FmgrInfo) * Max(shape->ngroups, 1));
	shape->group_bitwise = MemoryContextAllocZero(plan_cxt, sizeof(bool) * Max(shape->ngroups, 1));
	for (i = 0; i < shape->ngroups; i++)
	{
		Form_pg_attribute att = TupleDescAttr(desc, ints[i] - 1);
		TypeCacheEntry *tc = lookup_type_cache(att->atttypid,
											   TYPECACHE_HASH_PROC | TYPECACHE_EQ_OPR);

		if (!OidIsValid(tc->hash_proc) || !OidIsValid(tc->eq_opr))
			return false;
		shape->group_atts[i] = (AttrNumber) ints[i];
		shape->group_types[i] = att->atttypid;
		shape->group_colls[i] = att->attcollation;
		fmgr_info_cxt(tc->hash_proc, &shape->group_hash[i], plan_cxt);
		fmgr_info_cxt(get_opcode(tc->eq_opr), &shape->group_eq[i], plan_cxt);
		switch (att->atttypid)
		{
			case BOOLOID:
			case INT2OID:
			case INT4OID:
			case INT8OID:
			case OIDOID:
			case DATEOID:
			case TIMESTAMPOID:
			case TIMESTAMPTZOID:
				shape->group_bitwise[i] = att->attbyval;
				break;
			default:
				shape->group_bitwise[i] = false;
		}
	}

	ints = plan_ints(10, &shape->nscores);
	shape->score_atts = MemoryContextAlloc(plan_cxt, sizeof(AttrNumber) * Max(shape->nscores, 1));
	shape->score_types = MemoryContextAlloc(plan_cxt, sizeof(Oid) * Max(shape->nscores, 1));
	for (i = 0; i < shape->nscores; i++)
	{
		shape->score_atts[i] = (AttrNumber) ints[i];
		shape->score_types[i] = TupleDescAttr(desc, ints[i] - 1)->atttypid;
	}
	shape->max_att = shape->time_att;
	for (i = 0; i < shape->ngroups; i++)
		shape->max_att = Max(shape->max_att, shape->group_atts[i]);
	for (i = 0; i < shape->nscores; i++)
		shape->max_att = Max(shape->max_att, shape->score_atts[i]);
	shape->score_lo = plan_ints(11, &n);
	shape->score_hi = plan_ints(12, &n);
	a = DatumGetArrayTypeP(plan_column(13, &isnull));
	deconstruct_array(a, TEXTOID, -1, false, TYPALIGN_INT, &elems, NULL, &n);
	old = MemoryContextSwitchTo(plan_cxt);
	shape->score_names = palloc(sizeof(char *) * Max(n, 1));
	for (i = 0; i < n; i++)
		shape->score_names[i] = TextDatumGetCString(elems[i]);
	MemoryContextSwitchTo(old);

	shape->group_len = MemoryContextAlloc(plan_cxt, sizeof(int16) * Max(shape->ngroups, 1));
	shape->group_byval = MemoryContextAlloc(plan_cxt, sizeof(bool) * Max(shape->ngroups, 1));
	for (i = 0; i < shape->ngroups; i++)
		get_typlenbyval(shape->group_types[i], &shape->group_len[i], &shape->group_byval[i]);

	ints = plan_ints(5, &entry->ncolumns);
	entry->column_types = MemoryContextAlloc(plan_cxt, sizeof(Oid) * Max(entry->ncolumns, 1));
	shape->ncolumns = entry->ncolumns;
	shape->elem_types = MemoryContextAlloc(plan_cxt, sizeof(Oid) * Max(entry->ncolumns, 1));
	shape->elem_len = MemoryContextAlloc(plan_cxt, sizeof(int16) * Max(entry->ncolumns, 1));
	shape->elem_byval = MemoryContextAlloc(plan_cxt, sizeof(bool) * Max(entry->ncolumns, 1));
	shape->elem_align = MemoryContextAlloc(plan_cxt, sizeof(char) * Max(entry->ncolumns, 1));
	for (i = 0; i < entry->ncolumns; i++)
	{
		entry->column_types[i] = (Oid) ints[i];
		shape->elem_types[i] = get_element_type(entry->column_types[i]);
		get_typlenbyvalalign(shape->elem_types[i], &shape->elem_len[i],
							 &shape->elem_byval[i], &shape->elem_align[i]);
	}

	/* the pending table's columns, named like the source's */
	if (entry->ncolumns != 1 + shape->ngroups + 2 + shape->nscores)
		elog(ERROR, "live summary %s: %d columns for %d groups and %d scores",
			 shape->summary, entry->ncolumns, shape->ngroups, shape->nscores);
	entry->pending_atts = MemoryContextAlloc(plan_cxt, sizeof(AttrNumber) * entry->ncolumns);
	entry->direct = -1;
	for (i = 0; i < entry->ncolumns; i++)
	{
		const char *name;

		if (i == 0)
			name = "bucket";
		else if (i <= shape->ngroups)
			name = NameStr(TupleDescAttr(desc, shape->group_atts[i - 1] - 1)->attname);
		else if (i == shape->ngroups + 1)
			name = "sign";
		else if (i == shape->ngroups + 2)
			name = "rows";
		else
			name = shape->score_names[i - shape->ngroups - 3];
		entry->pending_atts[i] = get_attnum(entry->pending, name);
		if (entry->pending_atts[i] == InvalidAttrNumber)
			entry->direct = 0;
	}
	return true;
}

/*
 * Whether the pending table is as pgcx made it, so that the trigger may add
 * rows with the access method's own insertion and mean the same as an
 * INSERT: a plain table of the deltas' columns alone, NOT NULL on sign and
 * rows only, with no index, rule, row security, default, check or generated
 * column, and no trigger but pgcx's statement guard.
 */
static bool
pending_as_made(const CapturePlan *entry, Relation rel)
{
	TupleDesc	desc = RelationGetDescr(rel);
	TupleConstr *constr = desc->constr;
	AttrNumber	sign_att = entry->pending_atts[entry->shape.ngroups + 1];
	AttrNumber	rows_att = entry->pending_atts[entry->shape.ngroups + 2];
	int			live = 0;
	int			i;

	if (rel->rd_rel->relkind != RELKIND_RELATION || rel->rd_rel->relhasindex ||
		rel->rd_rel->relhasrules || rel->rd_rel->relrowsecurity)
		return false;
	if (constr != NULL &&
		(constr->num_defval > 0 || constr->num_check > 0 || constr->has_generated_stored))
		return false;
	for (i = 0; i < desc->natts; i++)
	{
		Form_pg_attribute att = TupleDescAttr(desc, i);

		if (att->attisdropped)
			continue;
		live++;
		if (att->attnotnull && att->attnum != sign_att && att->attnum != rows_att)
			return false;
	}
	if (live != entry->ncolumns)
		return false;
	if (rel->trigdesc != NULL)
		for (i = 0; i < rel->trigdesc->numtriggers; i++)
		{
			Trigger    *tg = &rel->trigdesc->triggers[i];
			FmgrInfo	flinfo;

			if (TRIGGER_FOR_ROW(tg->tgtype) || !TRIGGER_FOR_BEFORE(tg->tgtype))
				return false;
			fmgr_info(tg->tgfoid, &flinfo);
			if (flinfo.fn_addr != pgcx_summary_guard)
				return false;
		}
	return true;
}

/*
 * Adds the rows of deltas to the pending table, open as rel, with the
 * table access method's insertion, in batches.
 */
static void
insert_deltas(const CapturePlan *entry, Relation rel, const SummaryDeltas *deltas)
{
	TupleDesc	desc = RelationGetDescr(rel);
	int			batch = Min(deltas->nrows, SUMMARY_INSERT_BATCH);
	TupleTableSlot **slots = palloc(sizeof(TupleTableSlot *) * batch);
	CommandId	cid = GetCurrentCommandId(true);
	int			done,
				i,
				j;

	for (i = 0; i < batch; i++)
		slots[i] = table_slot_create(rel, NULL);
	for (done = 0; done < deltas->nrows; done += batch)
	{
		int			k = Min(batch, deltas->nrows - done);

		for (i = 0; i < k; i++)
		{
			TupleTableSlot *slot = slots[i];
			const Datum *values = deltas->values + (Size) (done + i) * deltas->ncolumns;
			const bool *nulls = deltas->nulls + (Size) (done + i) * deltas->ncolumns;

			ExecClearTuple(slot);
			for (j = 0; j < desc->natts; j++)
			{
				slot->tts_values[j] = (Datum) 0;
				slot->tts_isnull[j] = true;
			}
			for (j = 0; j < deltas->ncolumns; j++)
			{
				slot->tts_values[entry->pending_atts[j] - 1] = values[j];
				slot->tts_isnull[entry->pending_atts[j] - 1] = nulls[j];
			}
			ExecStoreVirtualTuple(slot);
		}
		if (k == 1)
			table_tuple_insert(rel, slots[0], cid, 0, NULL);
		else
			table_multi_insert(rel, slots, k, cid, 0, NULL);
	}
	for (i = 0; i < batch; i++)
		ExecDropSingleTupleTableSlot(slots[i]);
	pfree(slots);
}

/*
 * Adds the deltas of a statement to the pending table: itself when the
 * table is as pgcx made it, else with the INSERT, as the table's owner.
 */
static void
write_deltas(CapturePlan *entry, TriggerData *td, const SummaryDeltas *deltas)
{
	Relation	rel;

	if (entry->direct != 0)
	{
		rel = table_open(entry->pending, RowExclusiveLock);
		if (entry->direct < 0)
			entry->direct = pending_as_made(entry, rel) ? 1 : 0;
		if (entry->direct > 0)
			insert_deltas(entry, rel, deltas);
		table_close(rel, NoLock);
		if (entry->direct > 0)
			return;
	}
	(void) run_as_owner(entry->pending, NULL, entry, td,
						summary_deltas_arrays(&entry->shape, deltas));
}

/*
 * What a trigger runs, asked of the SQL function next to this one in the
 * extension's schema, as the user who fires the trigger.
 */
static CapturePlan *
capture_plan(FunctionCallInfo fcinfo, TriggerData *td)
{
	Trigger    *tg = td->tg_trigger;
	CapturePlan *entry;
	CapturePlan plan;
	bool		found;
	const char *action;
	char	   *query;
	Oid			argtypes[3] = {TEXTOID, OIDOID, TEXTOID};
	Datum		args[3];
	int			save_nestlevel;
	bool		isnull;
	char	   *value;

	if (capture_plans == NULL)
	{
		HASHCTL		ctl;

		ctl.keysize = sizeof(Oid);
		ctl.entrysize = sizeof(CapturePlan);
		capture_plans = hash_create("pgcx live summary plans", 16, &ctl,
									HASH_ELEM | HASH_BLOBS);
		CacheRegisterRelcacheCallback(capture_plans_invalidate, (Datum) 0);
	}
	entry = hash_search(capture_plans, &tg->tgoid, HASH_FIND, &found);
	if (found && !entry->stale)
		return entry;
	if (found)
	{
		capture_plan_free(entry);
		hash_search(capture_plans, &tg->tgoid, HASH_REMOVE, NULL);
	}

	if (TRIGGER_FIRED_BY_INSERT(td->tg_event))
		action = "insert";
	else if (TRIGGER_FIRED_BY_UPDATE(td->tg_event))
		action = "update";
	else if (TRIGGER_FIRED_BY_DELETE(td->tg_event))
		action = "delete";
	else
		action = "truncate";
	query = psprintf("SELECT pending::pg_catalog.oid, sql, compact_sql, insert_sql, column_types, "
					 "time_att, bucket, time_zone, group_atts, score_atts, score_lo, score_hi, score_names, summary_name "
					 "FROM %s.pgcx_summary_trigger_sql($1::pg_catalog.jsonb, $2::pg_catalog.regclass, $3)",
					 quote_identifier(get_namespace_name(get_func_namespace(fcinfo->flinfo->fn_oid))));
	args[0] = CStringGetTextDatum(tg->tgargs[0]);
	args[1] = ObjectIdGetDatum(RelationGetRelid(td->tg_relation));
	args[2] = CStringGetTextDatum(action);

	memset(&plan, 0, sizeof(plan));
	/* under the statement's context until the entry is whole */
	plan.cxt = AllocSetContextCreate(CurrentMemoryContext, "pgcx live summary trigger",
									 ALLOCSET_SMALL_SIZES);
	plan_cxt = plan.cxt;
	save_nestlevel = NewGUCNestLevel();
	(void) set_config_option("search_path", SUMMARY_SEARCH_PATH,
							 PGC_USERSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (SPI_execute_with_args(query, 3, argtypes, args, NULL, true, 1) != SPI_OK_SELECT ||
		SPI_processed != 1)
		elog(ERROR, "pgcx_summary_trigger_sql gave no statement");
	plan.pending = DatumGetObjectId(plan_column(1, &isnull));
	value = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2);
	if (value == NULL || !OidIsValid(plan.pending))
		elog(ERROR, "pgcx_summary_trigger_sql gave no statement");
	plan.sql = MemoryContextStrdup(plan_cxt, value);
	plan.compact_sql = MemoryContextStrdup(plan_cxt,
										   SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 3));
	value = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 4);
	if (value != NULL && plan_shape(&plan, td))
	{
		plan.insert_sql = MemoryContextStrdup(plan_cxt, value);
		plan.shape.summary = MemoryContextStrdup(plan_cxt,
												 SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 14));
	}
	SPI_finish();
	AtEOXact_GUC(false, save_nestlevel);

	MemoryContextSetParent(plan.cxt, TopMemoryContext);
	entry = hash_search(capture_plans, &tg->tgoid, HASH_ENTER, &found);
	plan.tgoid = tg->tgoid;
	plan.relid = RelationGetRelid(td->tg_relation);
	*entry = plan;
	return entry;
}

/*
 * The statement trigger of a source table (and of each of its partitions).
 * Its one argument is the summary's definition (jsonb).
 */
Datum
pgcx_summary_capture(PG_FUNCTION_ARGS)
{
	TriggerData *td = (TriggerData *) fcinfo->context;
	Trigger    *tg;
	CapturePlan *entry;

	if (!CALLED_AS_TRIGGER(fcinfo) || !TRIGGER_FIRED_FOR_STATEMENT(td->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("pgcx_summary_capture must be called as a statement trigger")));
	tg = td->tg_trigger;
	if (tg->tgnargs != 1)
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("trigger \"%s\" of a live summary must have one argument, the summary's definition", tg->tgname),
				 errhint("Drop the summary with pgcx_summary_drop() and make it again with pgcx_summarize().")));
	entry = capture_plan(fcinfo, td);
	if (entry->insert_sql != NULL)
	{
		SummaryDeltas deltas;

		summary_deltas(&entry->shape, td, &deltas);
		if (deltas.nrows > 0)
			write_deltas(entry, td, &deltas);
		summary_deltas_free(&deltas);
	}
	else
		(void) run_as_owner(entry->pending, NULL, entry, td, NULL);

	/*
	 * Now and then, a writer folds the pending changes, so that readers need
	 * no job to stay fast.  Only in READ COMMITTED, whose fresh snapshots
	 * see the rows a previous compaction left; a compaction running
	 * elsewhere is not waited for.
	 */
	if (summary_compact_every > 0 && ++entry->statements >= summary_compact_every &&
		XactIsoLevel == XACT_READ_COMMITTED)
	{
		entry->statements = 0;
		(void) run_as_owner(entry->pending, entry->compact_sql, NULL, NULL, NULL);
	}
	return PointerGetDatum(NULL);
}

/*
 * The statement trigger of a summary's own tables: only pgcx writes them.
 */
Datum
pgcx_summary_guard(PG_FUNCTION_ARGS)
{
	TriggerData *td = (TriggerData *) fcinfo->context;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("pgcx_summary_guard must be called as a trigger")));
	if (summary_writing == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("cannot write \"%s\": pgcx keeps this table of a live summary from its source",
						RelationGetRelationName(td->tg_relation)),
				 errdetail("Its rows are written by the triggers of the source table and by the pgcx_summary_* functions."),
				 errhint("Write to the source table instead. When restoring a dump, restore the source's rows (its triggers fill the summary), or restore the data with --disable-triggers.")));
	return PointerGetDatum(NULL);
}

/*
 * pgcx_summary_exec(pending regclass, sql text): runs a maintenance
 * statement of a summary as its owner, for a caller who has the owner's
 * privileges.
 */
Datum
pgcx_summary_exec(PG_FUNCTION_ARGS)
{
	Oid			pending = PG_GETARG_OID(0);
	char	   *sql = text_to_cstring(PG_GETARG_TEXT_PP(1));
	char	   *name;

	name = get_rel_name(pending);
	if (name == NULL || get_rel_relkind(pending) != RELKIND_RELATION)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("relation with OID %u is not a table of a live summary", pending)));
	if (!has_privs_of_role(GetUserId(), relation_owner(pending)))
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("must be the owner of the live summary of \"%s\"", name),
				 errhint("The summary's owner (the owner of its source table) runs its maintenance.")));
	PG_RETURN_INT64(run_as_owner(pending, sql, NULL, NULL, NULL));
}

/*
 * pgcx_summary_moves_partitions(command pg_ddl_command): whether a command
 * that an event trigger reports creates a partition (CREATE TABLE ...
 * PARTITION OF) or attaches or detaches one.  Only those change what a
 * summary of a partitioned table reads; other ALTER TABLE commands (a
 * restore's constraints, for one) leave it alone.
 */
Datum
pgcx_summary_moves_partitions(PG_FUNCTION_ARGS)
{
	CollectedCommand *cmd = (CollectedCommand *) PG_GETARG_POINTER(0);
	Node	   *parsetree = cmd->parsetree;
	ListCell   *lc;

	if (parsetree == NULL)
		PG_RETURN_BOOL(false);
	if (IsA(parsetree, CreateStmt))
		PG_RETURN_BOOL(((CreateStmt *) parsetree)->partbound != NULL);
	if (!IsA(parsetree, AlterTableStmt))
		PG_RETURN_BOOL(false);
	foreach(lc, ((AlterTableStmt *) parsetree)->cmds)
	{
		AlterTableCmd *sub = (AlterTableCmd *) lfirst(lc);

		if (IsA(sub, AlterTableCmd) &&
			(sub->subtype == AT_AttachPartition || sub->subtype == AT_DetachPartition ||
			 sub->subtype == AT_DetachPartitionFinalize))
			PG_RETURN_BOOL(true);
	}
	PG_RETURN_BOOL(false);
}
