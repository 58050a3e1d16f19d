/*
 * cohort.c
 *		The state of the fitted customer-base models: distinct customer
 *		summaries with the number of customers who share each one.
 *
 * bgnbd_fit reads (frequency, recency, t) and gamma_gamma_fit (frequency,
 * monetary) for every customer, but their likelihoods only depend on the
 * distinct summaries and how many customers have each, so the state holds
 * exactly that.  While an aggregate runs, the state is an expanded object
 * (utils/expandeddatum.h) holding a hash table, updated in place; when it
 * leaves the aggregate (a partial aggregate sent to the leader, text or
 * binary output), it is flattened to its stored form:
 *
 *		int32	varlena header
 *		uint8	version			COHORT_VERSION
 *		uint8	flags			no flag is defined in version 1: must be 0
 *		uint8	dims			values per row: 3 (bgnbd_state), 2 (gamma_gamma_state)
 *		uint8	unused			0
 *		int32	nrows
 *		int32	unused			0
 *		nrows x { float8 v[3] (unused dimensions 0), int64 count }
 *
 * rows in strictly increasing order of their values, counts positive, the
 * total a bigint, and every row's values valid for its model.  The binary
 * form is the header bytes (version, flags, dims, unused), int32 nrows,
 * then for each row its `dims` float8 values and its int64 count, in
 * network byte order.  The text form is JSON, whitespace between tokens
 * free: {"rows":[[v1,...,count],...]}, numbers in the shortest form that
 * reads back to the same float8.  Every read (text, binary, and every
 * function that takes a flat value) validates the value.
 */
#include "postgres.h"

#include <math.h>

#include "common/hashfn.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "miscadmin.h"
#include "utils/expandeddatum.h"
#include "utils/memutils.h"

#include "common/aggregate.h"
#include "common/compare.h"
#include "common/format.h"
#include "common/parse.h"
#include "customers/cohort.h"

#define COHORT_VERSION	1

typedef struct CohortFlat
{
	int32		vl_len_;		/* varlena header (do not touch directly) */
	uint8		version;
	uint8		flags;
	uint8		dims;
	uint8		unused;
	int32		nrows;
	int32		unused2;
	CohortRow	rows[FLEXIBLE_ARRAY_MEMBER];
} CohortFlat;

#define COHORT_FLAT_SIZE(n)	(offsetof(CohortFlat, rows) + sizeof(CohortRow) * (Size) (n))
#define COHORT_MAX_ROWS		((int) ((MaxAllocSize - offsetof(CohortFlat, rows)) / sizeof(CohortRow)))

/* the hash table of the expanded form, keyed by a row's values */
typedef struct CohortKey
{
	double		v[COHORT_MAX_DIMS];
} CohortKey;

typedef struct CohortEntry
{
	CohortKey	key;
	int64		count;
	uint32		hash;
	char		status;
} CohortEntry;

#define SH_PREFIX		cohort_table
#define SH_ELEMENT_TYPE	CohortEntry
#define SH_KEY_TYPE		CohortKey
#define SH_KEY			key
#define SH_HASH_KEY(tb, k)	hash_bytes((const unsigned char *) (k).v, sizeof(CohortKey))
#define SH_EQUAL(tb, a, b)	(memcmp((a).v, (b).v, sizeof(CohortKey)) == 0)
#define SH_STORE_HASH
#define SH_GET_HASH(tb, a)	((a)->hash)
#define SH_SCOPE		static inline
#define SH_DECLARE
#define SH_DEFINE
#include "lib/simplehash.h"

typedef struct CohortExpanded
{
	ExpandedObjectHeader hdr;
	bool		shared;			/* in a shared context of an aggregate */
	int			dims;
	int64		customers;
	cohort_table_hash *table;
} CohortExpanded;

static Size cohort_flat_size(ExpandedObjectHeader *eohptr);
static void cohort_flatten(ExpandedObjectHeader *eohptr, void *result, Size allocated_size);

static const ExpandedObjectMethods cohort_methods = {
	cohort_flat_size,
	cohort_flatten
};

/* Orders two rows by their values (lexicographically). */
static int
row_cmp(const void *a, const void *b)
{
	const CohortRow *ra = (const CohortRow *) a;
	const CohortRow *rb = (const CohortRow *) b;

	for (int i = 0; i < COHORT_MAX_DIMS; i++)
	{
		if (ra->v[i] < rb->v[i])
			return -1;
		if (ra->v[i] > rb->v[i])
			return 1;
	}
	return 0;
}

/* Says what is wrong with a flat state of `size` bytes, or NULL. */
static const char *
cohort_problem(const CohortFlat *s, Size size, const CohortType *type)
{
	const char *problem;
	int64		total = 0;

	if (size < offsetof(CohortFlat, rows))
		return "The value is shorter than its header.";
	problem = pgcx_version_problem(type->name, s->version, COHORT_VERSION);
	if (problem)
		return problem;
	if (s->flags != 0 || s->unused != 0 || s->unused2 != 0)
		return "The flags word has bits that version 1 does not define.";
	if (s->dims != type->dims)
		return psprintf("A %s row has %d values, not %d.", type->name, type->dims, s->dims);
	if (s->nrows < 0 || size != COHORT_FLAT_SIZE(s->nrows))
		return "The value's size does not match its number of rows.";
	for (int i = 0; i < s->nrows; i++)
	{
		const CohortRow *row = &s->rows[i];

		for (int d = 0; d < COHORT_MAX_DIMS; d++)
			if (d >= type->dims ? row->v[d] != 0.0 : !isfinite(row->v[d]))
				return "A row has a value that is not a finite number.";
		problem = type->row_problem(row->v);
		if (problem)
			return problem;
		if (row->count <= 0)
			return "Every row counts at least one customer.";
		if (pg_add_s64_overflow(total, row->count, &total))
			return "The total number of customers does not fit in a bigint.";
		if (i > 0 && row_cmp(&s->rows[i - 1], row) >= 0)
			return "Rows must be in strictly increasing order of their values.";
	}
	return NULL;
}

/*
 * Memory of the states: outside an aggregate a state has a context of its
 * own, which its owner may delete (DeleteExpandedObject); inside one, every
 * state of one aggregate context lives in one shared child context of it
 * (pgcx_shared_state_context, common/aggregate.c, says why).  A state in the
 * shared context must never be deleted alone: the transition and combine
 * functions below always return the pointer they received for a R/W state
 * of this aggregate context (and refuse one of another aggregate context
 * rather than replace it).
 */
#define COHORT_SHARED_NAME	"cohort states"

/*
 * A new empty expanded state: in `shared` when given (inside an
 * aggregate), else in a context of its own under `parent`.
 */
static CohortExpanded *
cohort_new(const CohortType *type, MemoryContext parent, MemoryContext shared)
{
	MemoryContext ctx = shared ? shared :
		AllocSetContextCreate(parent, "cohort state", ALLOCSET_SMALL_SIZES);
	CohortExpanded *e = MemoryContextAllocZero(ctx, sizeof(CohortExpanded));

	EOH_init_header(&e->hdr, &cohort_methods, ctx);
	e->shared = (shared != NULL);
	e->dims = type->dims;
	/* small at first: a grouped fit may have many one-customer groups */
	e->table = cohort_table_create(ctx, 8, NULL);
	return e;
}

/* Adds `count` customers with values v to an expanded state. */
static void
cohort_add(CohortExpanded *e, const double *v, int64 count, const char *caller)
{
	CohortKey	key;
	CohortEntry *entry;
	bool		found;

	for (int d = 0; d < COHORT_MAX_DIMS; d++)
		key.v[d] = d < e->dims ? v[d] + 0.0 : 0.0;	/* -0 is 0 */
	e->customers = pgcx_count_add(e->customers, count, caller);
	entry = cohort_table_insert(e->table, key, &found);
	entry->count = found ? entry->count + count : count;
}

/* The sorted rows of an expanded state, in the current memory context. */
static CohortRow *
cohort_sorted_rows(CohortExpanded *e, int *nrows)
{
	cohort_table_iterator it;
	CohortEntry *entry;
	CohortRow  *rows;
	int			n = 0;

	if (e->table->members > (uint32) COHORT_MAX_ROWS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("too many distinct customer summaries (%u) in a model state",
						e->table->members),
				 errdetail("A state holds at most %d distinct summaries.", COHORT_MAX_ROWS)));
	rows = palloc(sizeof(CohortRow) * Max(e->table->members, 1));
	cohort_table_start_iterate(e->table, &it);
	while ((entry = cohort_table_iterate(e->table, &it)) != NULL)
	{
		memcpy(rows[n].v, entry->key.v, sizeof(rows[n].v));
		rows[n].count = entry->count;
		n++;
	}
	qsort(rows, n, sizeof(CohortRow), row_cmp);
	*nrows = n;
	return rows;
}

/* get_flat_size method of the expanded form. */
static Size
cohort_flat_size(ExpandedObjectHeader *eohptr)
{
	CohortExpanded *e = (CohortExpanded *) eohptr;

	if (e->table->members > (uint32) COHORT_MAX_ROWS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("too many distinct customer summaries (%u) in a model state",
						e->table->members),
				 errdetail("A state holds at most %d distinct summaries.", COHORT_MAX_ROWS)));
	return COHORT_FLAT_SIZE(e->table->members);
}

/* flatten_into method of the expanded form: the stored form, rows sorted. */
static void
cohort_flatten(ExpandedObjectHeader *eohptr, void *result, Size allocated_size)
{
	CohortExpanded *e = (CohortExpanded *) eohptr;
	CohortFlat *s = (CohortFlat *) result;
	int			n;
	CohortRow  *rows = cohort_sorted_rows(e, &n);

	Assert(allocated_size == COHORT_FLAT_SIZE(n));
	memset(s, 0, offsetof(CohortFlat, rows));
	SET_VARSIZE(s, allocated_size);
	s->version = COHORT_VERSION;
	s->dims = (uint8) e->dims;
	s->nrows = n;
	memcpy(s->rows, rows, sizeof(CohortRow) * n);
	pfree(rows);
}

/* A flat state argument (detoasted, or flattened if expanded), validated. */
static CohortFlat *
cohort_checked(Datum datum, const CohortType *type)
{
	CohortFlat *s = (CohortFlat *) PG_DETOAST_DATUM(datum);
	const char *problem = cohort_problem(s, VARSIZE(s), type);

	if (problem)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("corrupted %s value", type->name),
				 errdetail("%s", problem)));
	return s;
}

/*
 * The key of a cohort state (compare.h), validated: the number of rows,
 * then each row's values and count, the rows in their (ascending) order.
 */
void
cohort_key(Datum value, const CohortType *type, PgcxKey *key)
{
	CohortFlat *s = cohort_checked(value, type);
	int64	   *body;
	int			width = type->dims + 1;

	key->value = s;
	pgcx_key_head(key, s->nrows);
	body = pgcx_key_new_body(key, (int64) width * s->nrows);
	for (int i = 0; i < s->nrows; i++)
	{
		for (int d = 0; d < type->dims; d++)
			body[(int64) width * i + d] = pgcx_key_float8(s->rows[i].v[d]);
		body[(int64) width * i + type->dims] = s->rows[i].count;
	}
}

/*
 * Is this datum an expanded state?  Only cohort.c makes expanded values
 * of these types.
 */
static inline bool
is_expanded(Datum d)
{
	return VARATT_IS_EXTERNAL_EXPANDED(DatumGetPointer(d));
}

/* Adds every row of state `d` (flat or expanded) into e. */
static void
cohort_add_state(CohortExpanded *e, Datum d, const CohortType *type)
{
	if (is_expanded(d))
	{
		CohortExpanded *from = (CohortExpanded *) DatumGetEOHP(d);
		cohort_table_iterator it;
		CohortEntry *entry;

		cohort_table_start_iterate(from->table, &it);
		while ((entry = cohort_table_iterate(from->table, &it)) != NULL)
			cohort_add(e, entry->key.v, entry->count, type->caller);
	}
	else
	{
		CohortFlat *s = cohort_checked(d, type);

		for (int i = 0; i < s->nrows; i++)
			cohort_add(e, s->rows[i].v, s->rows[i].count, type->caller);
	}
}

/*
 * The state argument 0 to update: in place when it is this aggregate's
 * expanded state, else a new expanded copy (an empty one for NULL) where
 * the aggregate keeps its state.
 */
static CohortExpanded *
writable_state(FunctionCallInfo fcinfo, const CohortType *type)
{
	MemoryContext aggcontext;
	MemoryContext shared = NULL;
	CohortExpanded *e;
	bool		in_aggregate = AggCheckCallContext(fcinfo, &aggcontext) &&
		pgcx_in_aggregate(fcinfo);

	if (!in_aggregate)
		aggcontext = CurrentMemoryContext;
	if (!PG_ARGISNULL(0) &&
		VARATT_IS_EXTERNAL_EXPANDED_RW(DatumGetPointer(PG_GETARG_DATUM(0))))
	{
		e = (CohortExpanded *) DatumGetEOHP(PG_GETARG_DATUM(0));
		/* the common case, each row: a state of this aggregate context */
		if (in_aggregate && MemoryContextGetParent(e->hdr.eoh_context) == aggcontext)
			return e;

		/*
		 * Replacing a shared state would make the aggregate delete its
		 * context, and with it every other state of that context.
		 */
		if (e->shared)
			elog(ERROR, "%s received a transition state of another aggregate context",
				 type->caller);
	}
	if (in_aggregate)
		shared = pgcx_shared_state_context(fcinfo, aggcontext, COHORT_SHARED_NAME);
	e = cohort_new(type, aggcontext, shared);
	if (!PG_ARGISNULL(0))
		cohort_add_state(e, PG_GETARG_DATUM(0), type);
	return e;
}

/*
 * Transition of a cohort aggregate: counts one customer with values v,
 * already checked by the caller.
 */
Datum
cohort_accum(FunctionCallInfo fcinfo, const CohortType *type, const double *v)
{
	CohortExpanded *e = writable_state(fcinfo, type);

	cohort_add(e, v, 1, type->caller);
	PG_RETURN_DATUM(EOHPGetRWDatum(&e->hdr));
}

/* Combine function of a cohort aggregate: adds the rows of two states. */
Datum
cohort_combine(FunctionCallInfo fcinfo, const CohortType *type)
{
	CohortExpanded *e;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	e = writable_state(fcinfo, type);
	cohort_add_state(e, PG_GETARG_DATUM(1), type);
	PG_RETURN_DATUM(EOHPGetRWDatum(&e->hdr));
}

/*
 * The sorted rows of a state (flat or expanded), for a final function; the
 * rows are a copy or the flat value itself, in either case not to be
 * modified.
 */
void
cohort_rows(Datum state, const CohortType *type, CohortRows *out)
{
	if (is_expanded(state))
	{
		CohortExpanded *e = (CohortExpanded *) DatumGetEOHP(state);
		int			n;

		out->rows = cohort_sorted_rows(e, &n);
		out->nrows = n;
		out->customers = e->customers;
	}
	else
	{
		CohortFlat *s = cohort_checked(state, type);

		out->rows = s->rows;
		out->nrows = s->nrows;
		out->customers = 0;
		for (int i = 0; i < s->nrows; i++)
			out->customers += s->rows[i].count;
	}
}

/* Text input of a cohort state: {"rows":[[v1,...,count],...]}. */
Datum
cohort_in(FunctionCallInfo fcinfo, const CohortType *type)
{
	char	   *str = PG_GETARG_CSTRING(0);
	PgcxParser	ps = {str, str, type->name, type->form};
	StringInfoData rows;
	CohortFlat *s;
	int			n = 0;
	const char *problem;

	initStringInfo(&rows);
	pgcx_parse_token(&ps, "{", "Expected \"{\".");
	pgcx_parse_token(&ps, "\"rows\"", "Expected the key \"rows\".");
	pgcx_parse_token(&ps, ":", "Expected \":\" after \"rows\".");
	pgcx_parse_token(&ps, "[", "Expected \"[\" to open rows.");
	pgcx_parse_space(&ps);
	while (*ps.p != ']')
	{
		CohortRow	row;

		memset(&row, 0, sizeof(row));

		if (n > 0)
			pgcx_parse_token(&ps, ",", "Expected \",\" or \"]\" after a row.");
		if (n >= COHORT_MAX_ROWS)
			pgcx_parse_fail(&ps, "The value has too many rows.");
		pgcx_parse_token(&ps, "[", "Expected \"[\" to open a row.");
		for (int d = 0; d < type->dims; d++)
		{
			row.v[d] = pgcx_parse_float8(&ps, "A row's value");
			pgcx_parse_token(&ps, ",", psprintf("A row holds %d values and a count, separated by \",\".",
												type->dims));
		}
		row.count = pgcx_parse_count(&ps, "A row's count");
		pgcx_parse_token(&ps, "]", psprintf("A row holds %d values and a count, then \"]\".",
											type->dims));
		appendBinaryStringInfo(&rows, (char *) &row, sizeof(row));
		n++;
		pgcx_parse_space(&ps);
	}
	pgcx_parse_token(&ps, "]", "Expected \"]\" to close rows.");
	pgcx_parse_token(&ps, "}", "Expected \"}\" after rows.");
	pgcx_parse_end(&ps);

	s = palloc0(COHORT_FLAT_SIZE(n));
	SET_VARSIZE(s, COHORT_FLAT_SIZE(n));
	s->version = COHORT_VERSION;
	s->dims = (uint8) type->dims;
	s->nrows = n;
	if (n > 0)
		memcpy(s->rows, rows.data, sizeof(CohortRow) * n);
	problem = cohort_problem(s, VARSIZE(s), type);
	if (problem)
		pgcx_parse_fail(&ps, problem);
	PG_RETURN_POINTER(s);
}

/* Text output of a cohort state. */
Datum
cohort_out(FunctionCallInfo fcinfo, const CohortType *type)
{
	CohortFlat *s = cohort_checked(PG_GETARG_DATUM(0), type);
	StringInfoData buf;

	initStringInfo(&buf);
	appendStringInfoString(&buf, "{\"rows\":[");
	for (int i = 0; i < s->nrows; i++)
	{
		appendStringInfoString(&buf, i ? ",[" : "[");
		for (int d = 0; d < type->dims; d++)
		{
			pgcx_append_float8(&buf, s->rows[i].v[d]);
			appendStringInfoChar(&buf, ',');
		}
		appendStringInfo(&buf, INT64_FORMAT "]", s->rows[i].count);
	}
	appendStringInfoString(&buf, "]}");
	PG_RETURN_CSTRING(buf.data);
}

/* Binary input of a cohort state, validated like text input. */
Datum
cohort_recv(FunctionCallInfo fcinfo, const CohortType *type)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			rowbytes = (type->dims + 1) * 8;
	uint8		header[4];
	int			n;
	CohortFlat *s;
	const char *problem;

	pgcx_recv_version(buf, type->name, COHORT_VERSION);
	if (buf->len - buf->cursor < 8)
		pgcx_recv_fail(type->name, "The value is shorter than its header.");
	for (int i = 0; i < 4; i++)
		header[i] = pq_getmsgbyte(buf);
	n = pq_getmsgint(buf, 4);
	if (n < 0 || n > COHORT_MAX_ROWS || buf->len - buf->cursor != n * rowbytes)
		pgcx_recv_fail(type->name, psprintf("The value announces %d rows of %d bytes; %d bytes follow.",
											n, rowbytes, buf->len - buf->cursor));
	s = palloc0(COHORT_FLAT_SIZE(n));
	SET_VARSIZE(s, COHORT_FLAT_SIZE(n));
	s->version = header[0];
	s->flags = header[1];
	s->dims = header[2];
	s->unused = header[3];
	s->nrows = n;
	for (int i = 0; i < n; i++)
	{
		for (int d = 0; d < type->dims; d++)
			s->rows[i].v[d] = pq_getmsgfloat8(buf) + 0.0;	/* -0 is 0 */
		s->rows[i].count = pq_getmsgint64(buf);
	}
	problem = cohort_problem(s, VARSIZE(s), type);
	if (problem)
		pgcx_recv_fail(type->name, problem);
	PG_RETURN_POINTER(s);
}

/* Binary output of a cohort state. */
Datum
cohort_send(FunctionCallInfo fcinfo, const CohortType *type)
{
	CohortFlat *s = cohort_checked(PG_GETARG_DATUM(0), type);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, s->version);
	pq_sendbyte(&buf, s->flags);
	pq_sendbyte(&buf, s->dims);
	pq_sendbyte(&buf, s->unused);
	pq_sendint32(&buf, s->nrows);
	for (int i = 0; i < s->nrows; i++)
	{
		for (int d = 0; d < type->dims; d++)
			pq_sendfloat8(&buf, s->rows[i].v[d]);
		pq_sendint64(&buf, s->rows[i].count);
	}
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}
