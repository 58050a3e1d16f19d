/*
 * deltas.c
 *		The deltas one statement brings to a live summary: its transition
 *		tables read once, each row placed in its key (bucket and groups) and
 *		counted, in a hash table of the statement's keys.
 *
 * The result is the rows of the summary's pending table that the statement
 * trigger (summary.c) inserts: one row per key and sign (+1 for the rows of
 * the NEW table, -1 for those of the OLD table), with the number of rows and
 * one score_dist per score column (NULL without an answer); or the same as
 * one array per column, for an INSERT that unnest() turns into rows.  An
 * UPDATE whose old and new rows count the same in a key (a column outside
 * the summary changed) writes nothing for it.
 *
 * Keys are compared with their types' default hash and equality functions
 * under the columns' collations, as GROUP BY compares them, and NULLs are
 * one key of their own, as in GROUP BY.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "datatype/timestamp.h"
#include "executor/executor.h"
#include "executor/tuptable.h"
#include "parser/scansup.h"
#include "pgtime.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/datum.h"
#include "utils/float.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/numeric.h"
#include "utils/rel.h"
#include "utils/tuplestore.h"

#include "scores/score_dist.h"
#include "scores/scores.h"
#include "summaries/summary.h"

/* One key of the statement, with one sign. */
typedef struct Delta
{
	uint32		hash;
	int16		sign;
	bool		bucket_null;
	bool		dropped;		/* cancelled by its opposite */
	DateADT		bucket;			/* first local day of the bucket, or infinity */
	int64		rows;
	Datum	   *groups;
	bool	   *group_nulls;
	int64	   *counts;			/* the counts of every score column, in a row */
} Delta;

typedef struct DeltaTable
{
	const SummaryShape *shape;
	MemoryContext cxt;
	Delta	  **slots;			/* open addressing, a power of two */
	uint32	   *slot_hashes;	/* the hash of each slot's delta */
	uint32		size;
	Delta	  **all;			/* in order of creation */
	int			n;
	int			allocated;
	int		   *offsets;		/* of each score column in counts */
	int			ncounts;
	const int16 *group_len;
	const bool *group_byval;
	Datum	   *row_groups;		/* the current row's group values */
	bool	   *row_nulls;
	/* the bucket found last: its first and next first local day */
	bool		have_bucket;
	DateADT		bucket_first;
	DateADT		bucket_next;
	/* a full zone name's zone, and its offset over [offset_from, offset_until) */
	bool		zone_known;
	pg_tz	   *zone;			/* NULL: not a full zone name */
	int64		offset;			/* microseconds */
	pg_time_t	offset_from;	/* seconds since 1970 */
	pg_time_t	offset_until;
} DeltaTable;

/*
 * The first local day of the bucket of a local day.  Rows usually come in
 * runs of one bucket: the bucket found last is kept with the day after it,
 * so a day within it costs two comparisons.
 */
static DateADT
bucket_of_local_day(DeltaTable *t, DateADT day)
{
	if (t->have_bucket && day >= t->bucket_first && day < t->bucket_next)
		return t->bucket_first;
	t->bucket_first = check_bucket_date(bucket_of_day(t->shape->bucket, day));
	t->bucket_next = bucket_after(t->shape->bucket, t->bucket_first);
	t->have_bucket = true;
	return t->bucket_first;
}

/*
 * The zone PostgreSQL reads a summary's time zone as, when it reads it as a
 * full zone name (not an abbreviation, which the session's settings may
 * define): the zone timezone() rotates with.  NULL otherwise.
 */
static pg_tz *
full_zone(const text *zone)
{
	char		name[TZ_STRLEN_MAX + 1];
	pg_tz	   *tzp = NULL;
	int			offset;

	text_to_cstring_buffer(zone, name, sizeof(name));
#if PG_VERSION_NUM >= 160000
	if (DecodeTimezoneName(name, &offset, &tzp) != TZNAME_ZONE)
		return NULL;
#else
	{
		char	   *lower = downcase_truncate_identifier(name, strlen(name), false);
		int			type = DecodeTimezoneAbbrev(0, lower, &offset, &tzp);

		if (type == TZ || type == DTZ || type == DYNTZ)
			return NULL;
		tzp = pg_tzset(name);
	}
#endif
	return tzp;
}

/*
 * The local time of a timestamptz in the summary's time zone, as
 * timezone(zone, ts) gives it.  For a full zone name, the offset that
 * timezone() found for a row is kept with the span up to the zone's next
 * change of offset, over which it holds: rows that come in time order ask
 * timezone() once per change of clocks.
 */
static Timestamp
local_time(DeltaTable *t, TimestampTz ts)
{
	pg_time_t	at;
	Timestamp	local;
	long int	before_gmtoff,
				after_gmtoff;
	int			before_isdst,
				after_isdst;
	pg_time_t	boundary;
	int			found;

	if (!t->zone_known)
	{
		t->zone = full_zone(t->shape->time_zone);
		t->zone_known = true;
	}
	/* the second of ts since 1970, as timestamp2tm() counts it */
	at = (pg_time_t) pgcx_floor_div(ts, USECS_PER_SEC) +
		(pg_time_t) (POSTGRES_EPOCH_JDATE - UNIX_EPOCH_JDATE) * SECS_PER_DAY;
	if (t->zone != NULL && at >= t->offset_from && at < t->offset_until)
	{
		local = ts + t->offset;
		if (IS_VALID_TIMESTAMP(local))
			return local;
	}
	local = DatumGetTimestamp(DirectFunctionCall2(timestamptz_zone,
												  PointerGetDatum(t->shape->time_zone),
												  TimestampTzGetDatum(ts)));
	if (t->zone == NULL)
		return local;
	t->offset = local - ts;
	t->offset_from = at;
	t->offset_until = at;		/* nothing kept unless the zone agrees */
	found = pg_next_dst_boundary(&at, &before_gmtoff, &before_isdst, &boundary,
								 &after_gmtoff, &after_isdst, t->zone);
	if (found >= 0 && (int64) before_gmtoff * USECS_PER_SEC == t->offset)
		t->offset_until = found == 0 ? PG_INT64_MAX : boundary;
	return local;
}

/* The first local day of the bucket of a time value. */
static DateADT
bucket_day(DeltaTable *t, Datum value)
{
	const SummaryShape *shape = t->shape;
	Timestamp	ts;

	if (shape->time_type == DATEOID)
	{
		DateADT		d = DatumGetDateADT(value);

		if (DATE_NOT_FINITE(d))
			return d;
		return bucket_of_local_day(t, d);
	}
	ts = DatumGetTimestamp(value);
	if (TIMESTAMP_IS_NOBEGIN(ts))
		return DATEVAL_NOBEGIN;
	if (TIMESTAMP_IS_NOEND(ts))
		return DATEVAL_NOEND;
	if (shape->time_type == TIMESTAMPTZOID && shape->time_zone != NULL)
		ts = local_time(t, ts);
	return bucket_of_local_day(t, day_of_timestamp(ts));
}

/* The bucket's start as a value of the time column's type. */
static Datum
bucket_value(const SummaryShape *shape, DateADT day)
{
	Timestamp	local;

	if (shape->time_type == DATEOID)
		return DateADTGetDatum(day);
	if (DATE_IS_NOBEGIN(day))
		return TimestampGetDatum(DT_NOBEGIN);
	if (DATE_IS_NOEND(day))
		return TimestampGetDatum(DT_NOEND);
	local = (Timestamp) day * USECS_PER_DAY;
	if (shape->time_type == TIMESTAMPTZOID && shape->time_zone != NULL)
		return DirectFunctionCall2(timestamp_zone, PointerGetDatum(shape->time_zone),
								   TimestampGetDatum(local));
	return TimestampGetDatum(local);
}

static void score_off_scale(const SummaryShape *shape, int s, const char *score,
							bool integral) pgcx_noreturn;

static void
score_off_scale(const SummaryShape *shape, int s, const char *score, bool integral)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 integral ?
			 errmsg("score %s of column \"%s\" is out of range for live summary %s",
					score, shape->score_names[s], shape->summary) :
			 errmsg("score %s of column \"%s\" is not an integer in live summary %s",
					score, shape->score_names[s], shape->summary),
			 errdetail("Scores of column \"%s\" are integers from %d to %d.",
					   shape->score_names[s], shape->score_lo[s], shape->score_hi[s]),
			 errhint("The statement is refused; nothing of it reaches the summary.")));
}

/* Index of a score on its column's scale; ERROR 22003 off the scale. */
static int
score_index(const SummaryShape *shape, int s, Datum value)
{
	int			lo = shape->score_lo[s];
	int			hi = shape->score_hi[s];
	int64		x;
	double		f;
	bool		integral;
	int			v;

	switch (shape->score_types[s])
	{
		case INT2OID:
			x = DatumGetInt16(value);
			break;
		case INT4OID:
			x = DatumGetInt32(value);
			break;
		case INT8OID:
			x = DatumGetInt64(value);
			break;
		case FLOAT4OID:
		case FLOAT8OID:
			f = shape->score_types[s] == FLOAT4OID ? (double) DatumGetFloat4(value)
				: DatumGetFloat8(value);
			if (!(f >= (double) lo && f <= (double) hi) || (double) (int) f != f)
				score_off_scale(shape, s, float8out_internal(f),
								isfinite(f) && floor(f) == f);
			return (int) f - lo;
		default:				/* NUMERICOID */
			v = pgcx_numeric_score(DatumGetNumeric(value), lo, hi, &integral);
			if (v < 0)
				score_off_scale(shape, s,
								DatumGetCString(DirectFunctionCall1(numeric_out, value)),
								integral);
			return v - lo;
	}
	if (x < lo || x > hi)
		score_off_scale(shape, s, psprintf(INT64_FORMAT, x), true);
	return (int) (x - lo);
}

static bool
same_key(const DeltaTable *t, const Delta *d, int16 sign, bool bucket_null,
		 DateADT bucket, const Datum *groups, const bool *nulls)
{
	const SummaryShape *shape = t->shape;
	int			g;

	if (d->sign != sign || d->bucket_null != bucket_null ||
		(!bucket_null && d->bucket != bucket))
		return false;
	for (g = 0; g < shape->ngroups; g++)
	{
		if (d->group_nulls[g] != nulls[g])
			return false;
		if (nulls[g])
			continue;
		if (shape->group_bitwise[g] ? d->groups[g] != groups[g] :
			!DatumGetBool(FunctionCall2Coll(&shape->group_eq[g], shape->group_colls[g],
											d->groups[g], groups[g])))
			return false;
	}
	return true;
}

/* The slot of a key in the table: its delta, or an empty slot. */
static uint32
find_slot(const DeltaTable *t, uint32 hash, int16 sign, bool bucket_null,
		  DateADT bucket, const Datum *groups, const bool *nulls)
{
	uint32		mask = t->size - 1;
	uint32		i = hash & mask;

	while (t->slots[i] != NULL)
	{
		if (t->slot_hashes[i] == hash &&
			same_key(t, t->slots[i], sign, bucket_null, bucket, groups, nulls))
			break;
		i = (i + 1) & mask;
	}
	return i;
}

static void
grow(DeltaTable *t)
{
	Delta	  **old = t->slots;
	uint32	   *old_hashes = t->slot_hashes;
	uint32		oldsize = t->size;
	uint32		i;

	t->size *= 2;
	t->slots = MemoryContextAllocZero(t->cxt, sizeof(Delta *) * t->size);
	t->slot_hashes = MemoryContextAlloc(t->cxt, sizeof(uint32) * t->size);
	for (i = 0; i < oldsize; i++)
		if (old[i] != NULL)
		{
			uint32		j = old_hashes[i] & (t->size - 1);

			while (t->slots[j] != NULL)
				j = (j + 1) & (t->size - 1);
			t->slots[j] = old[i];
			t->slot_hashes[j] = old_hashes[i];
		}
	pfree(old);
	pfree(old_hashes);
}

/*
 * The hash of the current row's key; both signs of a key share it.  It is
 * the table's own: a type whose equal values have equal bits hashes its bits.
 */
static uint32
key_hash(const DeltaTable *t, bool bucket_null, DateADT bucket)
{
	const SummaryShape *shape = t->shape;
	uint32		h = murmurhash32(bucket_null ? 0x7fffffffU : (uint32) bucket);
	int			g;

	for (g = 0; g < shape->ngroups; g++)
	{
		uint32		k;

		if (t->row_nulls[g])
			k = 0x5bd1e995U;
		else if (shape->group_bitwise[g])
			k = murmurhash32((uint32) t->row_groups[g] ^
							 (uint32) ((uint64) t->row_groups[g] >> 32));
		else
			k = DatumGetUInt32(FunctionCall1Coll(&shape->group_hash[g],
												 shape->group_colls[g],
												 t->row_groups[g]));
		h = hash_combine(h, k);
	}
	return h;
}

/* Counts one row of a transition table. */
static void
add_row(DeltaTable *t, TupleTableSlot *slot, int16 sign)
{
	const SummaryShape *shape = t->shape;
	bool		bucket_null;
	DateADT		bucket = 0;
	uint32		hash;
	uint32		i;
	Delta	   *d;
	int			g,
				s;

	/* one deforming of the row up to the last column read */
	slot_getsomeattrs(slot, shape->max_att);
	bucket_null = slot->tts_isnull[shape->time_att - 1];
	if (!bucket_null)
		bucket = bucket_day(t, slot->tts_values[shape->time_att - 1]);
	for (g = 0; g < shape->ngroups; g++)
	{
		t->row_groups[g] = slot->tts_values[shape->group_atts[g] - 1];
		t->row_nulls[g] = slot->tts_isnull[shape->group_atts[g] - 1];
	}
	hash = key_hash(t, bucket_null, bucket);
	i = find_slot(t, hash, sign, bucket_null, bucket, t->row_groups, t->row_nulls);
	d = t->slots[i];
	if (d == NULL)
	{
		MemoryContext old = MemoryContextSwitchTo(t->cxt);

		d = palloc0(sizeof(Delta));
		d->hash = hash;
		d->sign = sign;
		d->bucket_null = bucket_null;
		d->bucket = bucket;
		d->groups = palloc(sizeof(Datum) * Max(shape->ngroups, 1));
		d->group_nulls = palloc(sizeof(bool) * Max(shape->ngroups, 1));
		for (g = 0; g < shape->ngroups; g++)
		{
			d->group_nulls[g] = t->row_nulls[g];
			d->groups[g] = t->row_nulls[g] ? (Datum) 0 :
				datumCopy(t->row_groups[g], t->group_byval[g], t->group_len[g]);
		}
		d->counts = palloc0(sizeof(int64) * t->ncounts);
		if (t->n == t->allocated)
		{
			t->allocated *= 2;
			t->all = repalloc(t->all, sizeof(Delta *) * t->allocated);
		}
		t->all[t->n++] = d;
		t->slots[i] = d;
		t->slot_hashes[i] = hash;
		MemoryContextSwitchTo(old);
		if ((uint32) t->n * 2 > t->size)
			grow(t);
	}
	d->rows++;
	for (s = 0; s < shape->nscores; s++)
	{
		if (!slot->tts_isnull[shape->score_atts[s] - 1])
			d->counts[t->offsets[s] + score_index(shape, s, slot->tts_values[shape->score_atts[s] - 1])]++;
	}
}

/* Counts every row of one transition table. */
static void
add_table(DeltaTable *t, Tuplestorestate *rows, TupleDesc desc, int16 sign)
{
	TupleTableSlot *slot;
	int			ptr;

	if (rows == NULL)
		return;
	slot = MakeSingleTupleTableSlot(desc, &TTSOpsMinimalTuple);
	ptr = tuplestore_alloc_read_pointer(rows, EXEC_FLAG_REWIND);
	tuplestore_select_read_pointer(rows, ptr);
	tuplestore_rescan(rows);
	while (tuplestore_gettupleslot(rows, true, false, slot))
		add_row(t, slot, sign);
	tuplestore_select_read_pointer(rows, 0);
	ExecDropSingleTupleTableSlot(slot);
}

/* Drops the +1 and -1 deltas of a key that count the same. */
static void
cancel_opposites(DeltaTable *t)
{
	int			k;

	for (k = 0; k < t->n; k++)
	{
		Delta	   *d = t->all[k];
		Delta	   *other;

		if (d->sign != -1 || d->dropped)
			continue;
		other = t->slots[find_slot(t, d->hash, 1, d->bucket_null,
								   d->bucket, d->groups, d->group_nulls)];
		if (other != NULL && other->rows == d->rows &&
			memcmp(other->counts, d->counts, sizeof(int64) * t->ncounts) == 0)
		{
			d->dropped = true;
			other->dropped = true;
		}
	}
}

/*
 * The deltas of the statement of td, as rows of the pending table's columns
 * (bucket, groups, sign, rows, scores), in a memory context of their own
 * (summary_deltas_free).
 */
void
summary_deltas(const SummaryShape *shape, TriggerData *td, SummaryDeltas *out)
{
	DeltaTable	t;
	TupleDesc	desc = RelationGetDescr(td->tg_relation);
	int			ncols = 1 + shape->ngroups + 2 + shape->nscores;
	int			g,
				s,
				k,
				n,
				col;
	MemoryContext old;

	memset(&t, 0, sizeof(t));
	t.shape = shape;
	t.cxt = AllocSetContextCreate(CurrentMemoryContext, "pgcx summary deltas",
								  ALLOCSET_DEFAULT_SIZES);
	t.size = 64;
	t.slots = MemoryContextAllocZero(t.cxt, sizeof(Delta *) * t.size);
	t.slot_hashes = MemoryContextAlloc(t.cxt, sizeof(uint32) * t.size);
	t.allocated = 64;
	t.all = MemoryContextAlloc(t.cxt, sizeof(Delta *) * t.allocated);
	t.offsets = MemoryContextAlloc(t.cxt, sizeof(int) * Max(shape->nscores, 1));
	for (s = 0; s < shape->nscores; s++)
	{
		t.offsets[s] = t.ncounts;
		t.ncounts += shape->score_hi[s] - shape->score_lo[s] + 1;
	}
	t.group_len = shape->group_len;
	t.group_byval = shape->group_byval;
	t.row_groups = MemoryContextAlloc(t.cxt, sizeof(Datum) * Max(shape->ngroups, 1));
	t.row_nulls = MemoryContextAlloc(t.cxt, sizeof(bool) * Max(shape->ngroups, 1));

	add_table(&t, td->tg_newtable, desc, 1);
	add_table(&t, td->tg_oldtable, desc, -1);
	if (td->tg_newtable != NULL && td->tg_oldtable != NULL)
		cancel_opposites(&t);

	/* the rows, whose group values stay in t.cxt */
	old = MemoryContextSwitchTo(t.cxt);
	out->cxt = t.cxt;
	out->ncolumns = ncols;
	out->values = palloc(sizeof(Datum) * ncols * Max(t.n, 1));
	out->nulls = palloc0(sizeof(bool) * ncols * Max(t.n, 1));
	n = 0;
	for (k = 0; k < t.n; k++)
	{
		Delta	   *d = t.all[k];
		Datum	   *values = out->values + (Size) n * ncols;
		bool	   *nulls = out->nulls + (Size) n * ncols;

		if (d->dropped)
			continue;
		col = 0;
		nulls[col] = d->bucket_null;
		values[col++] = d->bucket_null ? (Datum) 0 : bucket_value(shape, d->bucket);
		for (g = 0; g < shape->ngroups; g++)
		{
			nulls[col] = d->group_nulls[g];
			values[col++] = d->groups[g];
		}
		values[col++] = Int16GetDatum(d->sign);
		values[col++] = Int64GetDatum(d->rows);
		for (s = 0; s < shape->nscores; s++)
		{
			int			width = shape->score_hi[s] - shape->score_lo[s] + 1;
			int64		total = 0;
			int			i;
			ScoreDist  *dist;

			for (i = 0; i < width; i++)
				total += d->counts[t.offsets[s] + i];
			if (total == 0)
			{
				nulls[col++] = true;
				continue;
			}
			dist = score_dist_new(shape->score_lo[s], shape->score_hi[s]);
			memcpy(dist->counts, d->counts + t.offsets[s], sizeof(int64) * width);
			values[col++] = PointerGetDatum(dist);
		}
		n++;
	}
	out->nrows = n;
	MemoryContextSwitchTo(old);
}

/* The rows of deltas as one array per column, in the current context. */
Datum *
summary_deltas_arrays(const SummaryShape *shape, const SummaryDeltas *deltas)
{
	int			ncols = deltas->ncolumns;
	Datum	   *arrays = palloc(sizeof(Datum) * ncols);
	Datum	   *elems = palloc(sizeof(Datum) * Max(deltas->nrows, 1));
	bool	   *nulls = palloc(sizeof(bool) * Max(deltas->nrows, 1));
	int			dims[1] = {deltas->nrows};
	int			lbs[1] = {1};
	int			col,
				k;

	for (col = 0; col < ncols; col++)
	{
		for (k = 0; k < deltas->nrows; k++)
		{
			elems[k] = deltas->values[(Size) k * ncols + col];
			nulls[k] = deltas->nulls[(Size) k * ncols + col];
		}
		arrays[col] = PointerGetDatum(construct_md_array(elems, nulls, 1, dims, lbs,
														 shape->elem_types[col], shape->elem_len[col],
														 shape->elem_byval[col], shape->elem_align[col]));
	}
	pfree(elems);
	pfree(nulls);
	return arrays;
}

void
summary_deltas_free(SummaryDeltas *deltas)
{
	MemoryContextDelete(deltas->cxt);
}
