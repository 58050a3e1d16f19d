/*
 * sbg.c
 *		The shifted-beta-geometric (sBG) model of subscription retention
 *		(SPEC section 5.2; Fader & Hardie, "How to project customer
 *		retention", Journal of Interactive Marketing 21(1), 2007, and
 *		"Customer-base valuation in a contractual setting", Marketing
 *		Science 29(1), 2010).
 *
 * Each customer renews at the end of every period with their own
 * probability 1 - theta, theta ~ Beta(alpha, beta) across customers.  With
 * T the period in which a customer leaves (T = 1, 2, ...):
 *		P(T = t) = B(alpha + 1, beta + t - 1) / B(alpha, beta)
 *		S(t) = P(T > t) = B(alpha, beta + t) / B(alpha, beta)
 *		r(t) = S(t) / S(t - 1) = (beta + t - 1) / (alpha + beta + t - 1)
 * (Fader & Hardie 2007, equations 5, 6 and 8).  sbg_fit maximises
 *		LL = sum over churned customers of ln P(T = tenure)
 *		   + sum over active customers of ln S(tenure)
 * over (logit(alpha / (alpha + beta)), ln(alpha + beta)) with the shared
 * BFGS optimizer, its gradient written with digamma, and finishes with
 * Newton steps on that gradient.
 *
 * The discounted expected lifetime of a new customer and the discounted
 * expected residual lifetime of one active after k periods (Fader & Hardie
 * 2010, equations 6 and 7) are expectations over theta:
 *		DEL  = sum_{t >= 0} S(t) / (1 + d)^t = 1 + R(alpha, beta, d)
 *		DERL = sum_{t > k} S(t) / S(k) / (1 + d)^(t - k) = R(alpha, beta + k, d)
 *		R(a, b, d) = E[(1 - theta) / (d + theta)], theta ~ Beta(a, b)
 * (sum the geometric series of (1 - theta) / (1 + d) inside the
 * expectation; after k renewals theta's distribution is Beta(alpha,
 * beta + k)).  R is the Gauss hypergeometric 2F1(1, b; a + b; 1 / (1 + d))
 * less 1, summed as a series while that converges within 200,000 terms;
 * as d goes to 0 with churn rare it converges too slowly, and the
 * expectation is integrated instead by the tanh-sinh rule.  With d = 0 it
 * is b / (a - 1) when a > 1 and infinite otherwise.
 *
 * The state, sbg_state, holds one entry per distinct tenure: the number of
 * customers who churned in that period and of those active after it.  Its
 * stored form:
 *		int32	varlena header
 *		uint8	version			SBG_VERSION
 *		uint8	flags			no flag is defined in version 1: must be 0
 *		uint16	unused			0
 *		int32	ntenures		entries in use
 *		int32	unused			0
 *		int64	total			the sum of all the counts, within a bigint
 *		then entries of {int32 tenure, int32 unused (0), int64 churned,
 *		int64 active}, tenures strictly ascending and >= 0, counts >= 0 and
 *		not both 0, no churned customer at tenure 0; a running aggregate
 *		keeps room for more entries after the ntenures in use, all zero.
 * Its binary form is version, flags, unused (uint16), ntenures (int32),
 * then per entry tenure (int32), churned and active (int64), in network
 * byte order, with no room and no total (it is the counts' sum).  Its
 * text form is JSON, whitespace between tokens free:
 *		{"tenures":[[1,369,0],[2,163,0],[7,0,241]]}
 * one [tenure, churned, active] per entry, in the same order.
 */
#include "postgres.h"

#include <math.h>

#include "access/htup_details.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/expandeddatum.h"
#include "utils/memutils.h"
#include "utils/timestamp.h"

#include "common/aggregate.h"
#include "common/compare.h"
#include "common/format.h"
#include "common/optimize.h"
#include "common/parse.h"
#include "common/pgcx.h"
#include "common/stats.h"
#include "customers/calls.h"
#include "customers/clv.h"
#include "customers/model.h"

#define SBG_VERSION			1
#define SBG_MIN_ROOM		8	/* entries of a new aggregate state */
#define SBG_MAX_ITERATIONS	200
#define SBG_MAX_LOG			30.0	/* |logit p|, |ln s| of the domain */
#define SBG_QUAD_TOLERANCE	1e-13
#define SBG_SERIES_TERMS	200000	/* before R is integrated instead */
#define SBG_EXPAND_FROM		1024	/* tenures of a state that an aggregate expands */
#define SBG_BEYOND_DATES	(PG_INT64_MAX / 4)	/* a day after every finite date */

typedef struct SbgEntry
{
	int32		tenure;
	int32		unused;
	int64		churned;
	int64		active;
} SbgEntry;

typedef struct SbgState
{
	int32		vl_len_;		/* varlena header (do not touch directly) */
	uint8		version;
	uint8		flags;
	uint16		unused1;
	int32		ntenures;
	int32		unused2;
	int64		total;			/* customers: the sum of all the counts */
	SbgEntry	entries[FLEXIBLE_ARRAY_MEMBER];
} SbgState;

#define SBG_HEADER			offsetof(SbgState, entries)
#define SBG_SIZE(n)			(SBG_HEADER + sizeof(SbgEntry) * (Size) (n))
#define SBG_ROOM(s)			((int) ((VARSIZE(s) - SBG_HEADER) / sizeof(SbgEntry)))
#define SBG_MAX_ENTRIES		((int) ((MaxAllocSize - SBG_HEADER) / sizeof(SbgEntry)))
#define SBG_BINARY_ENTRY	20	/* int32 tenure, int64 churned, int64 active */

PG_FUNCTION_INFO_V1(sbg_state_in);
PG_FUNCTION_INFO_V1(sbg_state_out);
PG_FUNCTION_INFO_V1(sbg_state_recv);
PG_FUNCTION_INFO_V1(sbg_state_send);
PG_FUNCTION_INFO_V1(sbg_fit_accum);
PG_FUNCTION_INFO_V1(sbg_fit_accum_weighted);
PG_FUNCTION_INFO_V1(sbg_fit_accum_date);
PG_FUNCTION_INFO_V1(sbg_fit_combine);
PG_FUNCTION_INFO_V1(sbg_fit_final);
PG_FUNCTION_INFO_V1(sbg_survival);
PG_FUNCTION_INFO_V1(sbg_retention_rate);
PG_FUNCTION_INFO_V1(sbg_expected_lifetime);
PG_FUNCTION_INFO_V1(sbg_residual_lifetime);
PG_FUNCTION_INFO_V1(sbg_expected_lifetime_numeric);
PG_FUNCTION_INFO_V1(sbg_residual_lifetime_numeric);
PG_FUNCTION_INFO_V1(sbg_fit_accum_date_v2);
PG_FUNCTION_INFO_V1(sbg_fit_final_v2);
PG_FUNCTION_INFO_V1(sbg_survival_v2);
PG_FUNCTION_INFO_V1(sbg_retention_rate_v2);
PG_FUNCTION_INFO_V1(sbg_expected_lifetime_v2);
PG_FUNCTION_INFO_V1(sbg_residual_lifetime_v2);
PG_FUNCTION_INFO_V1(sbg_derl);
PG_FUNCTION_INFO_V1(sbg_derl_numeric);

/* An empty state with room for `room` entries, in the current context. */
static SbgState *
sbg_new(int room)
{
	SbgState   *s = (SbgState *) palloc0(SBG_SIZE(room));

	SET_VARSIZE(s, SBG_SIZE(room));
	s->version = SBG_VERSION;
	return s;
}

/* Says what is wrong with a state of `size` bytes, or NULL. */
static const char *
sbg_problem(const SbgState *s, Size size)
{
	const char *problem;
	int64		total = 0;
	int			room;

	if (size <= offsetof(SbgState, version))
		return "The value is shorter than its header.";
	problem = pgcx_version_problem("sbg_state", s->version, SBG_VERSION);
	if (problem)
		return problem;
	if (size < SBG_HEADER || (size - SBG_HEADER) % sizeof(SbgEntry) != 0)
		return "The value does not have the size of a header and whole entries.";
	if (s->flags != 0 || s->unused1 != 0 || s->unused2 != 0)
		return "The flags word has bits that version 1 does not define.";
	room = (int) ((size - SBG_HEADER) / sizeof(SbgEntry));
	if (s->ntenures < 0 || s->ntenures > room)
		return "The number of tenures does not match the size of the value.";
	for (int i = 0; i < room; i++)
	{
		const SbgEntry *e = &s->entries[i];

		if (i >= s->ntenures)
		{
			if (e->tenure != 0 || e->unused != 0 || e->churned != 0 || e->active != 0)
				return "The room after the tenures in use is not zero.";
			continue;
		}
		if (e->unused != 0)
			return "The flags word has bits that version 1 does not define.";
		if (e->tenure < 0)
			return "Tenures must not be negative.";
		if (i > 0 && e->tenure <= s->entries[i - 1].tenure)
			return "Tenures must be in strictly ascending order.";
		if (e->churned < 0 || e->active < 0)
			return "Counts must not be negative.";
		if (e->churned == 0 && e->active == 0)
			return "Every tenure must have a customer.";
		if (e->tenure == 0 && e->churned != 0)
			return "No customer churns at tenure 0: a churned customer left in period 1 or later.";
		if (pg_add_s64_overflow(total, e->churned, &total) ||
			pg_add_s64_overflow(total, e->active, &total))
			return "The number of customers does not fit in a bigint.";
	}
	if (total != s->total)
		return "The total is not the sum of the counts.";
	return NULL;
}

/* Sets the total of a state read from text or binary input to the counts' sum. */
static void
sbg_set_total(SbgState *s)
{
	int64		total = 0;

	for (int i = 0; i < s->ntenures; i++)
		if (pg_add_s64_overflow(total, s->entries[i].churned, &total) ||
			pg_add_s64_overflow(total, s->entries[i].active, &total))
			return;				/* sbg_problem says so */
	s->total = total;
}

/* Detoasts an sbg_state argument and refuses it unless well formed. */
static SbgState *
sbg_checked(Datum datum)
{
	SbgState   *s = (SbgState *) PG_DETOAST_DATUM(datum);
	const char *problem = sbg_problem(s, VARSIZE(s));

	if (problem)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("corrupted sbg_state value"),
				 errdetail("%s", problem)));
	return s;
}

/*
 * The key of an sbg_state (compare.h), validated: the number of tenures,
 * then (tenure, churned, active) for each, in ascending order of tenure;
 * the room an aggregate keeps after them is not part of the value.
 */
static void
sbg_state_key(Datum value, PgcxKey *key)
{
	SbgState   *s = sbg_checked(value);
	int64	   *body;

	key->value = s;
	pgcx_key_head(key, s->ntenures);
	body = pgcx_key_new_body(key, 3 * (int64) s->ntenures);
	for (int i = 0; i < s->ntenures; i++)
	{
		body[3 * i] = s->entries[i].tenure;
		body[3 * i + 1] = s->entries[i].churned;
		body[3 * i + 2] = s->entries[i].active;
	}
}

/*
 * = <> < <= > >=, btree and hash support of sbg_state (compare.h):
 * sbg_state_eq, sbg_state_ne, sbg_state_lt, sbg_state_le, sbg_state_gt,
 * sbg_state_ge, sbg_state_cmp, sbg_state_hash, sbg_state_hash_extended
 */
PGCX_COMPARISON_FUNCTIONS(sbg_state, sbg_state_key)

/* Parses the text form {"tenures":[[tenure,churned,active],...]}. */
static SbgState *
sbg_parse(const char *str)
{
	PgcxParser	ps = {str, str, "sbg_state",
		"The form is {\"tenures\":[[tenure,churned,active],...]}, tenures ascending."};
	SbgState   *s;
	int			room = SBG_MIN_ROOM;
	const char *problem;

	s = sbg_new(room);
	pgcx_parse_token(&ps, "{", "Expected \"{\".");
	pgcx_parse_token(&ps, "\"tenures\"", "Expected the key \"tenures\".");
	pgcx_parse_token(&ps, ":", "Expected \":\" after \"tenures\".");
	pgcx_parse_token(&ps, "[", "Expected \"[\" to open tenures.");
	pgcx_parse_space(&ps);
	if (*ps.p != ']')
	{
		for (;;)
		{
			SbgEntry   *e;
			int64		tenure;

			if (s->ntenures == room)
			{
				SbgState   *bigger;

				if (room >= SBG_MAX_ENTRIES)
					pgcx_parse_fail(&ps, "The value has more tenures than a value can hold.");
				room = (int) Min((int64) room * 2, (int64) SBG_MAX_ENTRIES);
				bigger = sbg_new(room);
				memcpy(bigger->entries, s->entries, sizeof(SbgEntry) * s->ntenures);
				bigger->ntenures = s->ntenures;
				pfree(s);
				s = bigger;
			}
			e = &s->entries[s->ntenures];
			pgcx_parse_token(&ps, "[", "Expected \"[\" to open a [tenure, churned, active] entry.");
			tenure = pgcx_parse_int64(&ps, "A tenure");
			if (tenure < 0 || tenure > PG_INT32_MAX)
				pgcx_parse_fail(&ps, "A tenure is an integer from 0 to 2147483647.");
			e->tenure = (int32) tenure;
			pgcx_parse_token(&ps, ",", "Expected \",\" after the tenure.");
			e->churned = pgcx_parse_count(&ps, "A count");
			pgcx_parse_token(&ps, ",", "Expected \",\" after the churned count.");
			e->active = pgcx_parse_count(&ps, "A count");
			pgcx_parse_token(&ps, "]", "Expected \"]\" after the active count: an entry is [tenure, churned, active].");
			s->ntenures++;
			pgcx_parse_space(&ps);
			if (*ps.p != ',')
				break;
			ps.p++;
		}
	}
	pgcx_parse_token(&ps, "]", "Expected \"]\" to close tenures.");
	pgcx_parse_token(&ps, "}", "Expected \"}\" after tenures.");
	pgcx_parse_end(&ps);

	/* the stored value has no room: its size is that of its entries */
	SET_VARSIZE(s, SBG_SIZE(s->ntenures));
	sbg_set_total(s);
	problem = sbg_problem(s, VARSIZE(s));
	if (problem)
		pgcx_parse_fail(&ps, problem);
	return s;
}

/* sbg_state_in(cstring): text input. */
Datum
sbg_state_in(PG_FUNCTION_ARGS)
{
	PG_RETURN_POINTER(sbg_parse(PG_GETARG_CSTRING(0)));
}

/* sbg_state_out(sbg_state): {"tenures":[[tenure,churned,active],...]} */
Datum
sbg_state_out(PG_FUNCTION_ARGS)
{
	SbgState   *s = sbg_checked(PG_GETARG_DATUM(0));
	StringInfoData buf;

	initStringInfo(&buf);
	appendStringInfoString(&buf, "{\"tenures\":[");
	for (int i = 0; i < s->ntenures; i++)
		appendStringInfo(&buf, "%s[%d," INT64_FORMAT "," INT64_FORMAT "]",
						 i ? "," : "", s->entries[i].tenure,
						 s->entries[i].churned, s->entries[i].active);
	appendStringInfoString(&buf, "]}");
	PG_RETURN_CSTRING(buf.data);
}

/* sbg_state_recv(internal): binary input, validated like text input. */
Datum
sbg_state_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	SbgState   *s;
	uint8		version,
				flags;
	uint16		unused;
	int32		n;
	const char *problem;

	pgcx_recv_version(buf, "sbg_state", SBG_VERSION);
	if (buf->len - buf->cursor < 8)
		pgcx_recv_fail("sbg_state", psprintf("An sbg_state has an 8-byte header; %d bytes were received.",
											 buf->len - buf->cursor));
	version = pq_getmsgbyte(buf);
	flags = pq_getmsgbyte(buf);
	unused = (uint16) pq_getmsgint(buf, 2);
	n = (int32) pq_getmsgint(buf, 4);
	if (n < 0 || n > SBG_MAX_ENTRIES ||
		(int64) (buf->len - buf->cursor) != (int64) n * SBG_BINARY_ENTRY)
		pgcx_recv_fail("sbg_state", psprintf("The header announces %d tenures of %d bytes each; %d bytes follow it.",
											 n, SBG_BINARY_ENTRY, buf->len - buf->cursor));
	s = sbg_new(n);
	s->version = version;
	s->flags = flags;
	s->unused1 = unused;
	s->ntenures = n;
	for (int i = 0; i < n; i++)
	{
		s->entries[i].tenure = (int32) pq_getmsgint(buf, 4);
		s->entries[i].churned = pq_getmsgint64(buf);
		s->entries[i].active = pq_getmsgint64(buf);
	}
	sbg_set_total(s);
	problem = sbg_problem(s, VARSIZE(s));
	if (problem)
		pgcx_recv_fail("sbg_state", problem);
	PG_RETURN_POINTER(s);
}

/* sbg_state_send(sbg_state): binary output, without the room. */
Datum
sbg_state_send(PG_FUNCTION_ARGS)
{
	SbgState   *s = sbg_checked(PG_GETARG_DATUM(0));
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, s->version);
	pq_sendbyte(&buf, s->flags);
	pq_sendint16(&buf, s->unused1);
	pq_sendint32(&buf, s->ntenures);
	for (int i = 0; i < s->ntenures; i++)
	{
		pq_sendint32(&buf, s->entries[i].tenure);
		pq_sendint64(&buf, s->entries[i].churned);
		pq_sendint64(&buf, s->entries[i].active);
	}
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/*
 * The state argument of a transition, to update: the aggregate's own state
 * in place, a new one when there is none, a copy outside an aggregate.
 */
static SbgState *
sbg_writable(FunctionCallInfo fcinfo)
{
	SbgState   *s;

	if (PG_ARGISNULL(0))
		return sbg_new(SBG_MIN_ROOM);
	if (pgcx_in_aggregate(fcinfo) && !VARATT_IS_EXTENDED(DatumGetPointer(PG_GETARG_DATUM(0))))
		return (SbgState *) PG_GETARG_POINTER(0);
	s = sbg_checked(PG_GETARG_DATUM(0));
	return (SbgState *) memcpy(palloc(VARSIZE(s)), s, VARSIZE(s));
}

/*
 * Adds `churned` customers who left in period `tenure` and `active` ones
 * active after it to s; returns s, or a larger copy when s had no room for
 * a new tenure (made in the current context: an aggregate copies a new
 * state into its own and frees the old one).  The entries stay sorted.
 */
static SbgState *
sbg_add(SbgState *s, int32 tenure, int64 churned, int64 active, const char *caller)
{
	int			lo = 0,
				hi = s->ntenures;
	SbgEntry   *e;

	/* binary search for the first entry with a tenure >= tenure */
	while (lo < hi)
	{
		int			mid = lo + (hi - lo) / 2;

		if (s->entries[mid].tenure < tenure)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == s->ntenures || s->entries[lo].tenure != tenure)
	{
		if (s->ntenures == SBG_ROOM(s))
		{
			int			room = SBG_ROOM(s);
			SbgState   *bigger;

			if (room >= SBG_MAX_ENTRIES)
				ereport(ERROR,
						(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
						 errmsg("too many distinct tenures in %s", caller),
						 errdetail("A state holds at most %d distinct tenures.",
								   SBG_MAX_ENTRIES)));
			room = (int) Min(Max((int64) room * 2, SBG_MIN_ROOM), (int64) SBG_MAX_ENTRIES);
			bigger = sbg_new(room);
			memcpy(bigger->entries, s->entries, sizeof(SbgEntry) * s->ntenures);
			bigger->ntenures = s->ntenures;
			bigger->total = s->total;
			s = bigger;
		}
		memmove(&s->entries[lo + 1], &s->entries[lo],
				sizeof(SbgEntry) * (s->ntenures - lo));
		e = &s->entries[lo];
		memset(e, 0, sizeof(SbgEntry));
		e->tenure = tenure;
		s->ntenures++;
	}
	e = &s->entries[lo];
	s->total = pgcx_count_add(s->total, churned + active, caller);
	e->churned = pgcx_count_add(e->churned, churned, caller);
	e->active = pgcx_count_add(e->active, active, caller);
	return s;
}

/*
 * A state with many tenures inside an aggregate: an expanded object
 * (utils/expandeddatum.h) that the aggregate keeps from row to row, so that
 * a new tenure is not inserted into a sorted array by moving the entries
 * after it (descending tenures made that quadratic).  It holds the sorted,
 * distinct entries and, apart, the new tenures in the order they came
 * (repeats of one tenure possible), which are sorted and merged into the
 * entries when they are as many as the entries (so each row costs
 * O(log n) amortized, and the memory stays within twice the flat state's),
 * and whenever PostgreSQL asks for the flat form: the final function, the
 * combine function, a copy and a parallel worker's result all read the
 * flat, stored form above, with no room.  A flat state becomes one when it
 * reaches SBG_EXPAND_FROM tenures (below that, an insertion moves little,
 * and a state needs no memory context of its own: hash aggregation walks
 * every context as it counts its memory).
 */
typedef struct SbgExpanded
{
	ExpandedObjectHeader hdr;
	int64		total;			/* customers: the sum of all the counts */
	int			n;				/* entries: tenures ascending and distinct */
	int			room;			/* entries allocated */
	SbgEntry   *entries;
	int			npending;		/* new tenures, in arrival order */
	int			pending_room;
	SbgEntry   *pending;
} SbgExpanded;

static Size sbg_expanded_flat_size(ExpandedObjectHeader *eohptr);
static void sbg_expanded_flatten(ExpandedObjectHeader *eohptr, void *result, Size allocated_size);

static const ExpandedObjectMethods sbg_expanded_methods = {
	sbg_expanded_flat_size,
	sbg_expanded_flatten
};

static int
sbg_entry_cmp(const void *a, const void *b)
{
	int32		ta = ((const SbgEntry *) a)->tenure,
				tb = ((const SbgEntry *) b)->tenure;

	return (ta > tb) - (ta < tb);
}

/* The entry of `tenure` among n sorted entries, or NULL. */
static SbgEntry *
sbg_find(SbgEntry *entries, int n, int32 tenure)
{
	int			lo = 0,
				hi = n;

	while (lo < hi)
	{
		int			mid = lo + (hi - lo) / 2;

		if (entries[mid].tenure < tenure)
			lo = mid + 1;
		else
			hi = mid;
	}
	return (lo < n && entries[lo].tenure == tenure) ? &entries[lo] : NULL;
}

/*
 * Sorts the pending tenures, adds up the repeats of one, and merges them
 * into the entries (the pending ones are not among the entries).  The
 * counts' sums are within the total, which fits in an int64.
 */
static void
sbg_expanded_merge(SbgExpanded *x)
{
	SbgEntry   *merged;
	int			np = 0,
				i = 0,
				j = 0,
				m = 0;

	if (x->npending == 0)
		return;
	qsort(x->pending, x->npending, sizeof(SbgEntry), sbg_entry_cmp);
	for (int k = 0; k < x->npending; k++)
	{
		if (np > 0 && x->pending[np - 1].tenure == x->pending[k].tenure)
		{
			x->pending[np - 1].churned += x->pending[k].churned;
			x->pending[np - 1].active += x->pending[k].active;
		}
		else
			x->pending[np++] = x->pending[k];
	}
	merged = (SbgEntry *) MemoryContextAlloc(x->hdr.eoh_context,
											 sizeof(SbgEntry) * ((Size) x->n + np));
	while (i < x->n || j < np)
	{
		if (j == np || (i < x->n && x->entries[i].tenure < x->pending[j].tenure))
			merged[m++] = x->entries[i++];
		else
			merged[m++] = x->pending[j++];
	}
	pfree(x->entries);
	x->entries = merged;
	x->n = m;
	x->room = x->n + np;
	x->npending = 0;
	/* room for as many new tenures as there are entries */
	if (x->pending_room < Min(x->n, SBG_MAX_ENTRIES / 2))
	{
		x->pending_room = Min(x->n, SBG_MAX_ENTRIES / 2);
		x->pending = (SbgEntry *) repalloc(x->pending, sizeof(SbgEntry) * (Size) x->pending_room);
	}
}

static Size
sbg_expanded_flat_size(ExpandedObjectHeader *eohptr)
{
	SbgExpanded *x = (SbgExpanded *) eohptr;

	sbg_expanded_merge(x);
	return SBG_SIZE(x->n);
}

static void
sbg_expanded_flatten(ExpandedObjectHeader *eohptr, void *result, Size allocated_size)
{
	SbgExpanded *x = (SbgExpanded *) eohptr;
	SbgState   *s = (SbgState *) result;

	sbg_expanded_merge(x);
	Assert(allocated_size == SBG_SIZE(x->n));
	memset(s, 0, SBG_HEADER);
	SET_VARSIZE(s, SBG_SIZE(x->n));
	s->version = SBG_VERSION;
	s->ntenures = x->n;
	s->total = x->total;
	memcpy(s->entries, x->entries, sizeof(SbgEntry) * (Size) x->n);
}

/* The flat state s as an expanded one in a context of its own under `parent`. */
static SbgExpanded *
sbg_expand(const SbgState *s, MemoryContext parent)
{
	MemoryContext cxt = AllocSetContextCreate(parent, "sbg_state", ALLOCSET_DEFAULT_SIZES);
	SbgExpanded *x = (SbgExpanded *) MemoryContextAllocZero(cxt, sizeof(SbgExpanded));

	EOH_init_header(&x->hdr, &sbg_expanded_methods, cxt);
	x->total = s->total;
	x->n = s->ntenures;
	x->room = Max(x->n, 1);
	x->entries = (SbgEntry *) MemoryContextAlloc(cxt, sizeof(SbgEntry) * (Size) x->room);
	memcpy(x->entries, s->entries, sizeof(SbgEntry) * (Size) x->n);
	x->pending_room = Max(SBG_EXPAND_FROM, Min(x->n, SBG_MAX_ENTRIES / 2));
	x->pending = (SbgEntry *) MemoryContextAlloc(cxt, sizeof(SbgEntry) * (Size) x->pending_room);
	return x;
}

/*
 * sbg_add for an expanded state: the same counts, the same errors at the
 * same row (a new tenure beyond SBG_MAX_ENTRIES distinct ones).
 */
static void
sbg_expanded_add(SbgExpanded *x, int32 tenure, int64 churned, int64 active, const char *caller)
{
	SbgEntry   *e = sbg_find(x->entries, x->n, tenure);

	if (e == NULL && x->npending > 0 && x->pending[x->npending - 1].tenure == tenure)
		e = &x->pending[x->npending - 1];
	/* a tenure after every other one is appended to the entries */
	if (e == NULL && x->npending == 0 && x->n < SBG_MAX_ENTRIES &&
		(x->n == 0 || tenure > x->entries[x->n - 1].tenure))
	{
		if (x->n == x->room)
		{
			x->room = (int) Min((int64) x->room * 2, (int64) SBG_MAX_ENTRIES);
			x->entries = (SbgEntry *) repalloc(x->entries, sizeof(SbgEntry) * (Size) x->room);
		}
		e = &x->entries[x->n++];
		memset(e, 0, sizeof(SbgEntry));
		e->tenure = tenure;
	}
	if (e == NULL &&
		(x->npending == x->pending_room || (int64) x->n + x->npending >= SBG_MAX_ENTRIES))
	{
		sbg_expanded_merge(x);
		e = sbg_find(x->entries, x->n, tenure);
		if (e == NULL && x->n >= SBG_MAX_ENTRIES)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("too many distinct tenures in %s", caller),
					 errdetail("A state holds at most %d distinct tenures.",
							   SBG_MAX_ENTRIES)));
	}
	if (e == NULL)
	{
		e = &x->pending[x->npending++];
		memset(e, 0, sizeof(SbgEntry));
		e->tenure = tenure;
	}
	x->total = pgcx_count_add(x->total, churned + active, caller);
	e->churned = pgcx_count_add(e->churned, churned, caller);
	e->active = pgcx_count_add(e->active, active, caller);
}

/*
 * A transition's update of its state argument (argument 0): `churned`
 * customers who left in period `tenure` and `active` ones active after it.
 * Inside an aggregate, a state of SBG_EXPAND_FROM tenures or more becomes
 * an expanded object, updated in place from then on.
 */
static Datum
sbg_accumulate(FunctionCallInfo fcinfo, int32 tenure, int64 churned, int64 active,
			   const char *caller)
{
	MemoryContext aggcontext;
	SbgState   *s;

	if (!PG_ARGISNULL(0) &&
		VARATT_IS_EXTERNAL_EXPANDED_RW(DatumGetPointer(PG_GETARG_DATUM(0))) &&
		DatumGetEOHP(PG_GETARG_DATUM(0))->eoh_methods == &sbg_expanded_methods &&
		AggCheckCallContext(fcinfo, NULL))
	{
		sbg_expanded_add((SbgExpanded *) DatumGetEOHP(PG_GETARG_DATUM(0)),
						 tenure, churned, active, caller);
		return PG_GETARG_DATUM(0);
	}
	s = sbg_writable(fcinfo);
	if (s->ntenures >= SBG_EXPAND_FROM &&
		sbg_find(s->entries, s->ntenures, tenure) == NULL &&
		AggCheckCallContext(fcinfo, &aggcontext))
	{
		SbgExpanded *x = sbg_expand(s, aggcontext);

		sbg_expanded_add(x, tenure, churned, active, caller);
		return EOHPGetRWDatum(&x->hdr);
	}
	return PointerGetDatum(sbg_add(s, tenure, churned, active, caller));
}

/* Refuses a tenure that no customer can have. */
static void
sbg_check_tenure(int64 tenure, bool churned, const char *caller)
{
	if (tenure < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("tenure " INT64_FORMAT " is negative in %s", tenure, caller),
				 errdetail("A tenure is a number of periods from 0 up.")));
	if (churned && tenure == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("churned customer with tenure 0 in %s", caller),
				 errdetail("A churned customer left in period 1 or later: tenure is at least 1.")));
}

/*
 * sbg_fit(tenure, churned) transition: one customer.  A NULL tenure or
 * churned skips the row.
 */
Datum
sbg_fit_accum(PG_FUNCTION_ARGS)
{
	int32		tenure;
	bool		churned;

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	tenure = PG_GETARG_INT32(1);
	churned = PG_GETARG_BOOL(2);
	sbg_check_tenure(tenure, churned, "sbg_fit");
	return sbg_accumulate(fcinfo, tenure, churned ? 1 : 0, churned ? 0 : 1, "sbg_fit");
}

/*
 * sbg_fit(tenure, churned, customers) transition: `customers` customers of
 * one tenure and state (a row of a survivor table).  NULL in any argument
 * skips the row; 0 customers add nothing.
 */
Datum
sbg_fit_accum_weighted(PG_FUNCTION_ARGS)
{
	int32		tenure;
	bool		churned;
	int64		customers;

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2) || PG_ARGISNULL(3))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	tenure = PG_GETARG_INT32(1);
	churned = PG_GETARG_BOOL(2);
	customers = PG_GETARG_INT64(3);
	sbg_check_tenure(tenure, churned, "sbg_fit");
	if (customers < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("customers " INT64_FORMAT " is negative in sbg_fit", customers),
				 errdetail("A number of customers is not negative.")));
	if (customers == 0)
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	return sbg_accumulate(fcinfo, tenure, churned ? customers : 0, churned ? 0 : customers,
						  "sbg_fit");
}

/* A date argument of sbg_fit's date form, refused when not finite. */
static DateADT
sbg_finite_date(FunctionCallInfo fcinfo, int argno, const char *name)
{
	DateADT		d = PG_GETARG_DATEADT(argno);

	if (DATE_NOT_FINITE(d))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s %s is not finite in sbg_fit", name,
						DatumGetCString(DirectFunctionCall1(date_out, DateADTGetDatum(d)))),
				 errdetail("Tenures are counted between finite dates.")));
	return d;
}

/*
 * The period argument (argument 4): sets *days or *months (the other is 0)
 * or refuses a period that is not a positive whole number of days or of
 * months.
 */
static void
sbg_period(FunctionCallInfo fcinfo, int32 *days, int32 *months)
{
	Interval   *p;

	if (PG_ARGISNULL(4))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("period of sbg_fit must not be null"),
				 errdetail("The period is a whole number of days or of months, such as '30 days' or '1 month'.")));
	p = PG_GETARG_INTERVAL_P(4);
	*days = *months = 0;
	if (p->time == 0 && p->month == 0 && p->day > 0)
		*days = p->day;
	else if (p->time == 0 && p->day == 0 && p->month > 0)
		*months = p->month;
	else
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid period \"%s\" for sbg_fit",
						DatumGetCString(DirectFunctionCall1(interval_out, IntervalPGetDatum(p)))),
				 errdetail("The period is a positive whole number of days or of months, such as '30 days' or '1 month'.")));
}

/*
 * The date `months` months after the date `d`, as date + interval gives it:
 * the same day of the month, or the month's last day when it is shorter.
 */
static int64
sbg_add_months(DateADT d, int64 months, bool v2)
{
	int			year,
				month,
				day;
	int64		m;

	j2date(d + POSTGRES_EPOCH_JDATE, &year, &month, &day);
	m = (int64) year * 12 + (month - 1) + months;
	/*
	 * From year JULIAN_MAXYEAR on, the date is after every finite date
	 * (1.1.0 let date2j overflow there, and counted such a boundary as
	 * passed); months < 2^31 keep m within an int64.
	 */
	if (v2 && pgcx_floor_div(m, 12) >= JULIAN_MAXYEAR)
		return SBG_BEYOND_DATES;
	year = (int) pgcx_floor_div(m, 12);
	month = (int) (m - (int64) year * 12) + 1;
	day = Min(day, day_tab[isleap(year)][month - 1]);
	return (int64) date2j(year, month, day) - POSTGRES_EPOCH_JDATE;
}

/*
 * Whole periods from `from` to `to` (from <= to): rounded down, or, when
 * `up`, rounded up to at least 1.  A period of `months` months ends on the
 * same day of the month (or the month's last day when it is shorter),
 * counted from `from` as date + interval does.
 */
static int64
sbg_periods_between(DateADT from, DateADT to, int32 days, int32 months, bool up, bool v2)
{
	int64		k;

	if (days > 0)
	{
		int64		elapsed = (int64) to - from;

		k = up ? (elapsed + days - 1) / days : elapsed / days;
	}
	else
	{
		int			fy,
					fm,
					fd,
					ty,
					tm,
					td;

		j2date(from + POSTGRES_EPOCH_JDATE, &fy, &fm, &fd);
		j2date(to + POSTGRES_EPOCH_JDATE, &ty, &tm, &td);
		k = (((int64) ty * 12 + tm) - ((int64) fy * 12 + fm)) / months;
		/* k is within one of the answer: adjust on the period boundaries */
		while (k > 0 && sbg_add_months(from, k * months, v2) > to)
			k--;
		while (sbg_add_months(from, (k + 1) * months, v2) <= to)
			k++;
		/* now boundary k <= to < boundary k + 1 */
		if (up && sbg_add_months(from, k * months, v2) < to)
			k++;
	}
	return up ? Max(k, 1) : k;
}

/*
 * sbg_fit(active_from, churned_on, observed_until, period) transition: one
 * customer, whose tenure is counted in whole periods from active_from to
 * churned_on (rounded up: leaving during period k is tenure k) or, when
 * churned_on is NULL or after observed_until, to observed_until (rounded
 * down).  A NULL active_from skips the row, as does one after
 * observed_until (not yet a customer then).
 */
static Datum
accum_date_common(FunctionCallInfo fcinfo, bool v2)
{
	DateADT		from,
				until,
				churned_on = 0;
	int32		days,
				months;
	bool		churned;
	int64		tenure;

	sbg_period(fcinfo, &days, &months);
	if (PG_ARGISNULL(3))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("observed_until of sbg_fit must not be null"),
				 errdetail("observed_until is the date at which customers are counted as active.")));
	until = sbg_finite_date(fcinfo, 3, "observed_until");
	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	from = sbg_finite_date(fcinfo, 1, "active_from");
	churned = !PG_ARGISNULL(2);
	if (churned)
	{
		churned_on = PG_GETARG_DATEADT(2);
		if (churned_on < from)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("churned_on %s precedes active_from %s in sbg_fit",
							DatumGetCString(DirectFunctionCall1(date_out, PG_GETARG_DATUM(2))),
							DatumGetCString(DirectFunctionCall1(date_out, PG_GETARG_DATUM(1)))),
					 errdetail("A customer cannot leave before becoming a customer.")));
		churned = (churned_on <= until);
	}
	if (from > until)
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	/* finite dates are less than 2^31 days apart: the tenure fits an int32 */
	tenure = churned ? sbg_periods_between(from, churned_on, days, months, true, v2) :
		sbg_periods_between(from, until, days, months, false, v2);
	Assert(tenure >= 0 && tenure <= PG_INT32_MAX);
	return sbg_accumulate(fcinfo, (int32) tenure, churned ? 1 : 0, churned ? 0 : 1, "sbg_fit");
}

Datum
sbg_fit_accum_date(PG_FUNCTION_ARGS)
{
	return accum_date_common(fcinfo, false);
}

/* _v2: month periods whose ends fall after the last finite date count right. */
Datum
sbg_fit_accum_date_v2(PG_FUNCTION_ARGS)
{
	return accum_date_common(fcinfo, true);
}

/* sbg_fit's combine function: the entries of two partial states merged. */
Datum
sbg_fit_combine(PG_FUNCTION_ARGS)
{
	SbgState   *a,
			   *b,
			   *r;
	int			i = 0,
				j = 0;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	b = sbg_checked(PG_GETARG_DATUM(1));
	if (PG_ARGISNULL(0))
	{
		/* a copy of b without its room */
		r = (SbgState *) memcpy(palloc(SBG_SIZE(b->ntenures)), b, SBG_SIZE(b->ntenures));
		SET_VARSIZE(r, SBG_SIZE(r->ntenures));
		PG_RETURN_POINTER(r);
	}
	a = sbg_checked(PG_GETARG_DATUM(0));
	if ((int64) a->ntenures + b->ntenures > SBG_MAX_ENTRIES)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("too many distinct tenures in sbg_fit"),
				 errdetail("A state holds at most %d distinct tenures.", SBG_MAX_ENTRIES)));
	r = sbg_new(a->ntenures + b->ntenures);
	r->total = pgcx_count_add(a->total, b->total, "sbg_fit");
	while (i < a->ntenures || j < b->ntenures)
	{
		SbgEntry   *e = &r->entries[r->ntenures++];

		if (j == b->ntenures ||
			(i < a->ntenures && a->entries[i].tenure < b->entries[j].tenure))
			*e = a->entries[i++];
		else if (i == a->ntenures || b->entries[j].tenure < a->entries[i].tenure)
			*e = b->entries[j++];
		else
		{
			*e = a->entries[i++];
			e->churned = pgcx_count_add(e->churned, b->entries[j].churned, "sbg_fit");
			e->active = pgcx_count_add(e->active, b->entries[j++].active, "sbg_fit");
		}
	}
	SET_VARSIZE(r, SBG_SIZE(r->ntenures));
	PG_RETURN_POINTER(r);
}

/* The state's entries as the log-likelihood reads them. */
typedef struct SbgData
{
	int			n;
	const SbgEntry *entries;
	bool		v2;				/* at t = 1, beta, not (beta + 1) - 1, for a tiny beta */
} SbgData;

/*
 * ln S(t) = ln Gamma(beta + t) - ln Gamma(alpha + beta + t) - ln Gamma(beta)
 * + ln Gamma(alpha + beta), written as two differences of ln Gamma at
 * arguments alpha apart, so that its error stays relative to ln S(t)
 * itself (about -alpha ln t) rather than to ln Gamma(beta + t), even for
 * tenures of 10^9 periods.
 */
static double
sbg_log_survival(double a, double b, double t)
{
	return pgcx_lgamma_diff(b, a) - pgcx_lgamma_diff(b + t, a);
}

/* ln(1 + u) - u for u >= 0, by its series while u is small. */
static double
sbg_log1pmx(double u)
{
	double		power = u * u,
				sum = 0.0;

	if (u >= 0.5)
		return log1p(u) - u;
	for (int k = 2; k < 100; k++)
	{
		double		term = power / k;

		sum += (k % 2 == 0) ? -term : term;
		if (term <= 1e-17 * fabs(sum))
			break;
		power *= u;
	}
	return sum;
}

/* d/dz of z lm(t/z), lm(u) = ln(1 + u) - u: ln(1 + u) - u / (1 + u), u = t/z. */
static double
sbg_lm_slope(double z, double t)
{
	double		u = t / z;

	if (u >= 0.5)
		return log1p(u) - u / (1.0 + u);
	return sbg_log1pmx(u) + u * u / (1.0 + u);
}

/* Stirling's series of ln Gamma(z) less (z - 1/2) ln z - z + ln(2 pi) / 2, z >= 16. */
static double
sbg_stirling_tail(double z)
{
	double		inv = 1.0 / z,
				inv2 = inv * inv;

	return inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 * (1.0 / 1680 -
					inv2 * (1.0 / 1188 - inv2 * 691.0 / 360360)))));
}

/* ln r = ln((b + i) / (a + b + i)) for bi = b + i: ln(1 - a / (a + bi)). */
static double
sbg_log_ratio(double a, double bi)
{
	double		q;

	if (!isfinite(a + bi))
	{
		a *= 0.5;
		bi *= 0.5;
	}
	q = a / (a + bi);
	return (q <= 0.5) ? log1p(-q) : log(bi / (a + bi));
}

/*
 * ln S(t) = sum over i < t of ln((beta + i) / (alpha + beta + i)), without
 * cancellation whatever the size of alpha, beta and t (the form above
 * loses digits as alpha ln(beta) grows: alpha = beta = 1e12 left S(1) =
 * 0.50087).  Where alpha ln(alpha + beta + t) <= 16, the form above, whose
 * error is then near 1e-15, so that 1.1.0's figures stay as they were.
 * Otherwise, up to 32 periods, the sum itself, each term by log1p; beyond,
 * its first terms until beta >= 16, then ln S(t) = Delta(beta, t) -
 * Delta(alpha + beta, t) with Delta(x, t) = ln Gamma(x + t) - ln Gamma(x),
 * whichever of two forms loses less:
 *	- the form above, differences of ln Gamma at arguments alpha apart,
 *	  whose error is near machine precision times alpha ln(beta + t);
 *	- Stirling's series of both Deltas subtracted term by term (x = beta,
 *	  y = alpha + beta):
 *		x lm(t/x) - y lm(t/y) - ln(1 + t alpha / (x (y + t)))/2
 *		+ t ln(1 - alpha / (y + t)) + tails, with lm(u) = ln(1 + u) - u,
 *	  whose error is near machine precision times min(t, t^2 / beta),
 *	  and near machine precision times ln S(t) itself when alpha <= beta / 4,
 *	  where the first two terms' difference is integrated instead.
 * When alpha + beta + t overflows, beta + i and alpha + beta + i are beta
 * and alpha + beta to double precision (t < 2^31).
 */
static double
sbg_log_survival_v2(double a, double b, double t)
{
	double		sum = 0.0,
				lm_diff = 0.0,
				x,
				y;

	/* 1.1.0's form where its error, about 2^-52 alpha ln(alpha + beta + t), is small */
	if (a * (fabs(log(a + b + t)) + 1.0) <= 16.0)
		return sbg_log_survival(a, b, t);
	if (t <= 32)
	{
		for (int i = 0; i < (int) t; i++)
			sum += sbg_log_ratio(a, b + i);
		return sum;
	}
	while (b < 16.0)
	{
		sum += sbg_log_ratio(a, b);
		b += 1.0;
		t -= 1.0;
	}
	if (!isfinite(a + b + t))
	{
		if (b >= 1e300)
			return sum + t * sbg_log_ratio(a, b);
		return sum + pgcx_lgamma_diff(b, t) - t * (log(a) + log1p(b / a));
	}
	x = b;
	y = a + b;
	if (a <= 0.25 * x)
	{
		/*
		 * x lm(t/x) - y lm(t/y) = -integral from x to y of d/dz (z lm(t/z)),
		 * by Gauss-Legendre: the two terms nearly cancel when alpha is
		 * small next to beta, their difference's integrand does not.
		 */
		static const double node[4] = {0.1834346424956498, 0.5255324099163290,
		0.7966664774136267, 0.9602898564975363};
		static const double weight[4] = {0.3626837833783620, 0.3137066458778873,
		0.2223810344533745, 0.1012285362903763};

		for (int i = 0; i < 4; i++)
			for (int side = -1; side <= 1; side += 2)
				lm_diff -= 0.5 * a * weight[i] *
					sbg_lm_slope(x + 0.5 * a * (1.0 + side * node[i]), t);
	}
	else if (a * (log(a + b + t) + 1.0) < Min(t, t / b * t))
		return sum + pgcx_lgamma_diff(b, a) - pgcx_lgamma_diff(b + t, a);
	else
		lm_diff = x * sbg_log1pmx(t / x) - y * sbg_log1pmx(t / y);
	return sum + lm_diff
		- 0.5 * log1p(t / (y + t) * (a / x))
		+ t * sbg_log_ratio(a, x + t)
		+ sbg_stirling_tail(x + t) - sbg_stirling_tail(x)
		- sbg_stirling_tail(y + t) + sbg_stirling_tail(y);
}

/*
 * Minus the sBG log-likelihood at x = (ln alpha, ln beta), and its
 * gradient.  ln S(t) as above, and ln P(T = t) = ln S(t - 1) + ln alpha -
 * ln(alpha + beta + t - 1), since P(T = t) = S(t - 1) (1 - r(t)) (Fader &
 * Hardie 2007, equations 5-8); differentiated with digamma:
 *		d ln S(t) / d alpha = psi(alpha + beta) - psi(alpha + beta + t)
 *		d ln S(t) / d beta  = d ln S(t) / d alpha + psi(beta + t) - psi(beta)
 * The parameters are x = (logit p, ln s) with p = alpha / (alpha + beta),
 * the mean churn probability, and s = alpha + beta, its concentration: the
 * data pin p down far better than s, and in these coordinates the
 * likelihood's ridge lies along an axis, where BFGS follows it in a few
 * steps (in (ln alpha, ln beta) it crawled along the diagonal).  So alpha
 * = s p, beta = s (1 - p), and by the chain rule
 *		d / d logit p = alpha (1 - p) d / d alpha - beta p d / d beta
 *		d / d ln s    = alpha d / d alpha + beta d / d beta
 */
static double
sbg_objective(const double *x, double *grad, void *arg)
{
	const SbgData *data = (const SbgData *) arg;
	double		p = 1.0 / (1.0 + exp(-x[0])),
				q = 1.0 / (1.0 + exp(x[0])),
				a = exp(x[1]) * p,
				b = exp(x[1]) * q;
	double		ll = 0.0,
				ga = 0.0,
				gb = 0.0,
				psi_b,
				psi_ab;

	/*
	 * Beyond e^SBG_MAX_LOG the model is a limit, not a fit: data less
	 * dispersed than any beta mixture (customers all alike) drive the
	 * concentration s to infinity.  Outside the domain, the optimizer stops
	 * at its edge and reports no convergence.
	 */
	if (fabs(x[0]) > SBG_MAX_LOG || fabs(x[1]) > SBG_MAX_LOG || !(a > 0.0 && b > 0.0))
		return NAN;
	psi_b = pgcx_digamma(b);
	psi_ab = pgcx_digamma(a + b);
	for (int i = 0; i < data->n; i++)
	{
		const SbgEntry *e = &data->entries[i];
		double		t = e->tenure;

		if (t == 0)
			continue;			/* S(0) = 1: no information */
		if (e->churned > 0)
		{
			/*
			 * 1.1.0 added t to beta before taking 1 away, which leaves a
			 * tiny alpha + beta with few digits at t = 1 (the
			 * log-likelihood of alpha = 3.5e-14, beta = 8.2e-14 was off by
			 * 0.08); _v2 takes them as they are there, and keeps 1.1.0's
			 * arithmetic, exact enough, elsewhere.
			 */
			bool		exact = data->v2 && t == 1 && a + b < 0.5;
			double		abt1 = exact ? a + b : a + b + t - 1,
						bt1 = exact ? b : b + t - 1;
			double		c = (double) e->churned,
						da = psi_ab - pgcx_digamma(abt1),
						db = da + pgcx_digamma(bt1) - psi_b;

			ll += c * (sbg_log_survival(a, b, t - 1) + log(a) - log(abt1));
			ga += c * (da + 1.0 / a - 1.0 / abt1);
			gb += c * (db - 1.0 / abt1);
		}
		if (e->active > 0)
		{
			double		c = (double) e->active,
						da = psi_ab - pgcx_digamma(a + b + t),
						db = da + pgcx_digamma(b + t) - psi_b;

			ll += c * sbg_log_survival(a, b, t);
			ga += c * da;
			gb += c * db;
		}
	}
	grad[0] = -(a * q * ga - b * p * gb);
	grad[1] = -(a * ga + b * gb);
	return -ll;
}

/*
 * Newton steps from x with the Hessian taken by central differences of the
 * analytic gradient, while they shrink the gradient; true when it ends
 * small (|g| <= 1e-9 |value|, the optimizer's test), and *value is then
 * the objective there.  Near the maximum the log-likelihood's changes fall
 * below its rounding before its gradient does, and BFGS, whose line search
 * compares values, can stall there; the gradient alone still finds it.
 */
static bool
sbg_polish(SbgData *data, double *x, double *value)
{
	double		g[2],
				v = sbg_objective(x, g, data);

	for (int iter = 0; iter < 8 && isfinite(v); iter++)
	{
		double		h[2][2],
					det,
					xn[2],
					gn[2],
					vn;

		if (Max(fabs(g[0]), fabs(g[1])) <= 1e-9 * Max(1.0, fabs(v)))
		{
			*value = v;
			return true;
		}
		for (int i = 0; i < 2; i++)
		{
			double		xp[2] = {x[0], x[1]},
						xm[2] = {x[0], x[1]},
						gp[2],
						gm[2];

			xp[i] += 1e-5;
			xm[i] -= 1e-5;
			if (!isfinite(sbg_objective(xp, gp, data)) ||
				!isfinite(sbg_objective(xm, gm, data)))
				return false;
			h[i][0] = (gp[0] - gm[0]) / 2e-5;
			h[i][1] = (gp[1] - gm[1]) / 2e-5;
		}
		h[0][1] = h[1][0] = 0.5 * (h[0][1] + h[1][0]);
		det = h[0][0] * h[1][1] - h[0][1] * h[1][0];
		if (!(h[0][0] > 0.0 && det > 0.0))
			return false;		/* not at a maximum's bowl */
		xn[0] = x[0] - (h[1][1] * g[0] - h[0][1] * g[1]) / det;
		xn[1] = x[1] - (h[0][0] * g[1] - h[1][0] * g[0]) / det;
		vn = sbg_objective(xn, gn, data);
		if (!isfinite(vn) || Max(fabs(gn[0]), fabs(gn[1])) >= Max(fabs(g[0]), fabs(g[1])))
			return false;
		x[0] = xn[0];
		x[1] = xn[1];
		g[0] = gn[0];
		g[1] = gn[1];
		v = vn;
	}
	return false;
}

/*
 * Says why the data cannot identify alpha and beta, or NULL.  With no churn
 * the likelihood grows without bound as theta goes to 0; when nobody was
 * followed beyond period 1, the data give the share who leave in period 1,
 * alpha / (alpha + beta), but nothing of how it varies between customers.
 */
static const char *
sbg_unidentified(const SbgState *s, int64 *churned_total)
{
	int64		churned = 0,
				active_later = 0;
	bool		beyond_first = false;

	for (int i = 0; i < s->ntenures; i++)
	{
		const SbgEntry *e = &s->entries[i];

		churned += e->churned;
		if (e->tenure >= 1)
			active_later += e->active;
		if (e->tenure >= 2)
			beyond_first = true;
	}
	*churned_total = churned;
	if (churned == 0)
		return "no customer churned";
	if (active_later == 0 && !beyond_first)
		return "every customer followed for a period churned in period 1";
	if (!beyond_first)
		return "no customer was observed beyond period 1";
	return NULL;
}

/*
 * The log-likelihood at (a, b), with ln S(t) from sbg_log_survival_v2: the
 * loglik sbg_fit_final_v2 reports, that of the parameters it returns to
 * the precision of their digits (the objective the optimizer follows is
 * faster and can lose digits where alpha ln(beta) is large).
 */
static double
sbg_loglik_v2(const SbgState *s, double a, double b)
{
	double		ll = 0.0;

	for (int i = 0; i < s->ntenures; i++)
	{
		const SbgEntry *e = &s->entries[i];
		double		t = e->tenure;

		if (t == 0)
			continue;
		if (e->churned > 0)
			ll += (double) e->churned *
				(sbg_log_survival_v2(a, b, t - 1) + log(a) - log(a + b + (t - 1)));
		if (e->active > 0)
			ll += (double) e->active * sbg_log_survival_v2(a, b, t);
	}
	return ll;
}

/*
 * Says at which edge of the parameter space the fit (x, log-likelihood ll)
 * stopped, or NULL when it is inside.  The sBG model has two limits that
 * the data can prefer to every Beta mixture, where the optimizer can only
 * creep towards them and its gradient test, flat there, reports
 * convergence:
 *	- alpha + beta -> infinity with alpha / (alpha + beta) = p: customers
 *	  all alike, a geometric lifetime, ln L = C ln p + E ln(1 - p) with C
 *	  churned customers and E the periods renewed (tenure - 1 for each
 *	  churned customer, tenure for each active one), at p = C / (C + E);
 *	- alpha + beta -> 0: theta is 0 or 1, customers churn in period 1 or
 *	  never; ln L = C ln p + A ln(1 - p) with A the customers active after
 *	  period 1 or later, p = C / (C + A), and minus infinity when anyone
 *	  churned after period 1.
 * The fit is at an edge when it reached the optimizer's bound on ln(alpha
 * + beta) or logit p, or when its log-likelihood does not exceed a limit's
 * (by more than its rounding).  *limit_p is the limit's p.
 */
static const char *
sbg_edge(const SbgState *s, const double *x, double ll, double *limit_p)
{
	long double churned = 0,
				renewed = 0,
				active = 0;
	bool		late_churn = false;
	double		tol = 1e-9 * Max(1.0, fabs(ll)),
				p;

	for (int i = 0; i < s->ntenures; i++)
	{
		const SbgEntry *e = &s->entries[i];

		churned += e->churned;
		if (e->tenure >= 1)
			active += e->active;
		renewed += (long double) e->churned * (e->tenure - 1) + (long double) e->active * e->tenure;
		if (e->churned > 0 && e->tenure >= 2)
			late_churn = true;
	}
	p = (double) (churned / (churned + renewed));
	*limit_p = p;
	if (x[1] >= SBG_MAX_LOG - 1e-6 ||
		ll <= (double) churned * log(p) + (double) renewed * log1p(-p) + tol)
		return "customers all alike";
	if (!late_churn)
	{
		p = (double) (churned / (churned + active));
		*limit_p = p;
		if (x[1] <= -SBG_MAX_LOG + 1e-6 ||
			ll <= (double) churned * log(p) + (double) active * log1p(-p) + tol)
			return "customers who churn in period 1 or never";
	}
	if (fabs(x[0]) >= SBG_MAX_LOG - 1e-6 || fabs(x[1]) >= SBG_MAX_LOG - 1e-6)
	{
		*limit_p = 1.0 / (1.0 + exp(-x[0]));
		return "the bound of the optimizer";
	}
	return NULL;
}

/*
 * sbg_fit's final function: the maximum-likelihood sbg(alpha, beta, loglik,
 * n, converged); NULL with no customer, and NULL with a NOTICE when the
 * data cannot identify the model.  _v2 also reports a fit that stopped at
 * an edge of the parameter space (sbg_edge) as not converged, with a
 * NOTICE; 1.1.0's could report converged = true there.
 */
static Datum
fit_final_common(FunctionCallInfo fcinfo, bool v2)
{
	SbgState   *s = sbg_checked(PG_GETARG_DATUM(0));
	SbgData		data = {s->ntenures, s->entries, v2};
	double		x[2] = {0.0, 0.0};
	PgcxOptimResult fit;
	const char *why;
	int64		n,
				churned;
	TupleDesc	tupdesc;
	Datum		values[5];
	bool		nulls[5] = {false};

	n = s->total;
	if (n == 0)
		PG_RETURN_NULL();
	why = sbg_unidentified(s, &churned);
	if (why)
	{
		ereport(NOTICE,
				(errmsg("sbg_fit cannot estimate the model: %s", why),
				 errdetail("Of " INT64_FORMAT " customers, " INT64_FORMAT " churned. Alpha and beta are identified when some customers churned and some were followed beyond period 1, churned or not.",
						   n, churned)));
		PG_RETURN_NULL();
	}
	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "sbg_fit must return a composite type");
	fit = pgcx_minimize(sbg_objective, &data, x, 2, SBG_MAX_ITERATIONS);
	if (!fit.converged)
		fit.converged = sbg_polish(&data, x, &fit.value);
	values[0] = Float8GetDatum(exp(x[1]) / (1.0 + exp(-x[0])));
	values[1] = Float8GetDatum(exp(x[1]) / (1.0 + exp(x[0])));
	values[2] = Float8GetDatum(-fit.value);
	values[3] = Int64GetDatum(n);
	values[4] = BoolGetDatum(fit.converged);
	if (v2)
	{
		double		p;
		const char *edge;

		double		ll = sbg_loglik_v2(s, DatumGetFloat8(values[0]),
									   DatumGetFloat8(values[1]));

		/*
		 * The optimizer's value where it agrees with the stable sum (so a
		 * fit that 1.1.0 reported right keeps its figure), else the sum.
		 */
		if (!(fabs(ll + fit.value) <= 1e-12 * Max(1.0, fabs(ll))))
			values[2] = Float8GetDatum(ll);
		edge = sbg_edge(s, x, DatumGetFloat8(values[2]), &p);

		if (edge)
		{
			double		alpha = DatumGetFloat8(values[0]),
						beta = DatumGetFloat8(values[1]);

			if (strcmp(edge, "customers all alike") == 0)
				ereport(NOTICE,
						(errmsg("sbg_fit stopped at an edge of the parameter space: %s", edge),
						 errdetail("The data are fitted as well by customers who all churn with probability %g in each period (alpha + beta without bound) as by any alpha and beta; the fit stopped at alpha = %g and beta = %g, not converged.",
								   p, alpha, beta),
						 errhint("The projections of this model are those of a single churn rate.")));
			else if (strcmp(edge, "customers who churn in period 1 or never") == 0)
				ereport(NOTICE,
						(errmsg("sbg_fit stopped at an edge of the parameter space: %s", edge),
						 errdetail("The data are fitted as well by a share %g of customers who churn in period 1 and others who never do (alpha + beta towards 0) as by any alpha and beta; the fit stopped at alpha = %g and beta = %g, not converged.",
								   p, alpha, beta),
						 errhint("Nobody churned after period 1: the data say nothing of later churn.")));
			else
				ereport(NOTICE,
						(errmsg("sbg_fit stopped at an edge of the parameter space: %s", edge),
						 errdetail("The fit reached the bound e^30 of alpha + beta or of alpha / beta, or its inverse, at alpha = %g and beta = %g, not converged.",
								   alpha, beta)));
			values[4] = BoolGetDatum(false);
		}
	}
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(BlessTupleDesc(tupdesc),
													  values, nulls)));
}

Datum
sbg_fit_final(PG_FUNCTION_ARGS)
{
	return fit_final_common(fcinfo, false);
}

Datum
sbg_fit_final_v2(PG_FUNCTION_ARGS)
{
	return fit_final_common(fcinfo, true);
}

/* alpha and beta of an sbg composite, refused unless positive and finite. */
static void
sbg_decode(HeapTupleHeader m, double *params, const char *caller)
{
	bool		anull,
				bnull;
	double	   *alpha = &params[0],
			   *beta = &params[1];

	*alpha = DatumGetFloat8(GetAttributeByNum(m, 1, &anull));
	*beta = DatumGetFloat8(GetAttributeByNum(m, 2, &bnull));
	if (anull || bnull)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("sbg model without %s in %s", anull ? "alpha" : "beta", caller),
				 errdetail("A model has a positive, finite alpha and beta, as sbg_fit returns them.")));
	if (!(*alpha > 0.0 && *beta > 0.0 && isfinite(*alpha) && isfinite(*beta)))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("sbg model with alpha = %g and beta = %g is out of range for %s",
						*alpha, *beta, caller),
				 errdetail("A model has a positive, finite alpha and beta, as sbg_fit returns them.")));
}

static const PgcxModelType sbg_model_type = {"sbg", 2, sbg_decode};

/* alpha and beta of the sbg argument 0 (decoded once per distinct model). */
static void
sbg_model(FunctionCallInfo fcinfo, const char *caller, double *alpha, double *beta)
{
	double		params[2];

	pgcx_model_params(fcinfo, 0, &sbg_model_type, params, caller);
	*alpha = params[0];
	*beta = params[1];
}

/* Refuses a period number below `min`. */
static void
sbg_check_period(int32 t, int32 min, const char *name, const char *caller)
{
	if (t < min)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s %d is out of range for %s", name, t, caller),
				 errdetail("%s is a whole number of periods from %d up.", name, min)));
}

/*
 * sbg_survival(m, t): S(t) = B(alpha, beta + t) / B(alpha, beta); 1.1.0's
 * form, which loses digits when alpha and beta are large, and the _v2 one,
 * which keeps them (sbg_log_survival_v2).
 */
static Datum
survival_common(FunctionCallInfo fcinfo, bool v2)
{
	double		a,
				b;
	int32		t = PG_GETARG_INT32(1);

	sbg_model(fcinfo, "sbg_survival", &a, &b);
	sbg_check_period(t, 0, "t", "sbg_survival");
	PG_RETURN_FLOAT8(exp(v2 ? sbg_log_survival_v2(a, b, t) : sbg_log_survival(a, b, t)));
}

Datum
sbg_survival(PG_FUNCTION_ARGS)
{
	return survival_common(fcinfo, false);
}

Datum
sbg_survival_v2(PG_FUNCTION_ARGS)
{
	return survival_common(fcinfo, true);
}

/*
 * sbg_retention_rate(m, t): r(t) = (beta + t - 1) / (alpha + beta + t - 1).
 * 1.1.0 computed beta + t - 1 as (beta + t) - 1, which keeps few of the
 * digits of a beta below 1 at t = 1, and returned 0 when alpha + beta
 * overflows; _v2 takes beta / (alpha + beta) at t = 1 for such a beta, and
 * divides alpha by beta + t - 1 first when alpha + beta overflows; it
 * gives 1.1.0's figure everywhere else.
 */
static Datum
retention_rate_common(FunctionCallInfo fcinfo, bool v2)
{
	double		a,
				b;
	int32		t = PG_GETARG_INT32(1);

	sbg_model(fcinfo, "sbg_retention_rate", &a, &b);
	sbg_check_period(t, 1, "t", "sbg_retention_rate");
	if (v2)
	{
		/* at t = 1, (beta + 1) - 1 keeps few digits of a beta below 1 */
		double		bt1 = (t == 1 && b < 1.0) ? b : b + t - 1;

		if (!isfinite(a + b + t - 1))
			PG_RETURN_FLOAT8(1.0 / (1.0 + a / bt1));
		if (t == 1 && b < 1.0)
			PG_RETURN_FLOAT8(b / (a + b));
	}
	PG_RETURN_FLOAT8((b + t - 1) / (a + b + t - 1));
}

Datum
sbg_retention_rate(PG_FUNCTION_ARGS)
{
	return retention_rate_common(fcinfo, false);
}

Datum
sbg_retention_rate_v2(PG_FUNCTION_ARGS)
{
	return retention_rate_common(fcinfo, true);
}

/* Refuses a discount rate outside 0...1 (SPEC section 1: rates are fractions). */
static double
sbg_discount_rate(FunctionCallInfo fcinfo, int argno, const char *caller)
{
	double		d = PG_GETARG_FLOAT8(argno);

	if (!(d >= 0.0 && d <= 1.0))
		pgcx_discount_rate_error(pgcx_float8_text(d), caller);
	return d;
}

/*
 * R(a, b, d) by its series sum_{j >= 1} prod_{i < j} (b + i) / (a + b + i)
 * (1 + d)^-j, in long double; false when it has not converged within
 * SBG_SERIES_TERMS terms.  Each term's ratio to the one before rises
 * towards 1 / (1 + d), so what remains after a term is less than the term
 * over d.
 */
static bool
remain_series(double a, double b, double d, double *result)
{
	long double z = 1.0L / (1.0L + d),
				term = 1.0L,
				sum = 0.0L;

	for (int j = 1; j <= SBG_SERIES_TERMS; j++)
	{
		term *= ((long double) b + (j - 1)) / ((long double) a + b + (j - 1)) * z;
		sum += term;
		if (term < 1e-17L * d * sum)
		{
			*result = (double) sum;
			return true;
		}
	}
	return false;
}

/* R(a, b, d)'s integrand over one piece of (0, 1). */
typedef struct RemainArg
{
	double		a;
	double		b;
	double		d;
	double		log_c;			/* ln of the density's constant */
	bool		in_s;			/* variable s = theta^a, else theta */
	double		lo;				/* the piece of theta: lo + width x */
	double		width;
	double		hi_c;			/* 1 - (lo + width) */
} RemainArg;

/*
 * (1 - theta) / (d + theta) times the density of theta at x of the piece
 * (xc = 1 - x).  In s = theta^a (for a <= 1, where the density of theta is
 * unbounded at 0) the density of Beta(a, b) is (1 - theta)^(b - 1) /
 * (a B(a, b)); in theta it is theta^(a - 1) (1 - theta)^(b - 1) / B(a, b).
 * ln(1 - theta) comes from log1p while theta is small, so that b ln(1 -
 * theta) keeps its digits for b of 10^9.
 */
static double
remain_integrand(double x, double xc, void *arg)
{
	const RemainArg *r = (const RemainArg *) arg;
	double		theta,
				log_theta,
				log_1m_theta;

	if (r->in_s)
	{
		double		log_s = (x < 0.5) ? log(x) : log1p(-xc);

		log_theta = log_s / r->a;
		theta = exp(log_theta);
		log_1m_theta = (theta < 0.5) ? log1p(-theta) : log(-expm1(log_theta));
		return exp(r->b * log_1m_theta + r->log_c) / (r->d + theta);
	}
	theta = r->lo + r->width * x;
	log_theta = log(theta);
	log_1m_theta = (theta < 0.5) ? log1p(-theta) : log(r->hi_c + r->width * xc);
	return r->width * exp((r->a - 1.0) * log_theta + r->b * log_1m_theta + r->log_c) /
		(r->d + theta);
}

/*
 * R(a, b, d) by integration over theta (see the top of this file): in s =
 * theta^a when a <= 1; otherwise in theta, split at the density's mode
 * when it is inside (0, 1), so that each piece has its peak at an end,
 * where the tanh-sinh rule places its nodes.
 */
static double
remain_integral(double a, double b, double d, bool *ok)
{
	RemainArg	arg = {a, b, d, -pgcx_lbeta(a, b), a <= 1.0, 0.0, 1.0, 0.0};
	double		mode,
				result;
	bool		ok2;

	if (arg.in_s)
	{
		arg.log_c -= log(a);
		return pgcx_integrate01(remain_integrand, &arg, SBG_QUAD_TOLERANCE, ok);
	}
	mode = (b > 1.0) ? (a - 1.0) / (a + b - 2.0) : 1.0;
	if (!(mode > 0.0 && mode < 1.0))
		return pgcx_integrate01(remain_integrand, &arg, SBG_QUAD_TOLERANCE, ok);
	arg.width = mode;
	arg.hi_c = (b - 1.0) / (a + b - 2.0);
	result = pgcx_integrate01(remain_integrand, &arg, SBG_QUAD_TOLERANCE, ok);
	arg.lo = mode;
	arg.width = arg.hi_c;
	arg.hi_c = 0.0;
	result += pgcx_integrate01(remain_integrand, &arg, SBG_QUAD_TOLERANCE, &ok2);
	*ok = *ok && ok2;
	return result;
}

/*
 * R(a, b, d) = E[(1 - theta) / (d + theta)] for theta ~ Beta(a, b): the
 * discounted expected number of renewals still to come (see the top of
 * this file); false when it is infinite (d = 0, a <= 1).  Its series when
 * that converges in SBG_SERIES_TERMS terms, else the integral.
 */
static bool
sbg_remaining(double a, double b, double d, double *result, const char *caller)
{
	bool		ok = true;

	if (d == 0.0)
	{
		/* E[(1 - theta) / theta] = B(a - 1, b + 1) / B(a, b) = b / (a - 1) */
		if (a <= 1.0)
			return false;
		*result = b / (a - 1.0);
		return true;
	}
	if (!remain_series(a, b, d, result))
		*result = remain_integral(a, b, d, &ok);
	if (!ok || !isfinite(*result))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("%s could not be computed for alpha = %g, beta + tenure = %g and discount_rate = %g",
						caller, a, b, d),
				 errdetail("The integral over the renewal probabilities did not converge to double precision.")));
	return true;
}

/* The NOTICE of an infinite expected lifetime. */
static void
sbg_infinite_notice(const char *caller, double alpha)
{
	ereport(NOTICE,
			(errmsg("%s is infinite without discounting when alpha = %g <= 1", caller, alpha),
			 errdetail("With alpha <= 1 the survival S(t) falls too slowly for its sum to converge; the result is NULL."),
			 errhint("Pass a discount rate above 0.")));
}

/*
 * A lifetime of caller, refused when it is finite but beyond double
 * precision (1.1.0 returned Infinity: b / (a - 1) with d = 0 and alpha just
 * above 1, beta huge).
 */
static double
sbg_finite_lifetime(double v, double a, double b, double d, const char *caller)
{
	if (!isfinite(v))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("%s is out of range for alpha = %s, beta = %s and discount_rate = %s",
						caller, pgcx_float8_text(a), pgcx_float8_text(b), pgcx_float8_text(d)),
				 errdetail("The lifetime is finite but larger than the largest double precision number (about 1.8e308): with little or no discounting, customers of a beta this large for an alpha this close to 1 stay longer than that."),
				 errhint("Pass a discount rate above 0, or check the model.")));
	return v;
}

/*
 * sbg_expected_lifetime(m, discount_rate): DEL = sum_{t >= 0} S(t) / (1 +
 * d)^t = 1 + R(alpha, beta, d); (alpha + beta - 1) / (alpha - 1) when d = 0.
 * _v2 refuses a result beyond double precision.
 */
static Datum
expected_lifetime_common(FunctionCallInfo fcinfo, bool v2)
{
	double		a,
				b,
				d,
				r;

	sbg_model(fcinfo, "sbg_expected_lifetime", &a, &b);
	d = sbg_discount_rate(fcinfo, 1, "sbg_expected_lifetime");
	if (!sbg_remaining(a, b, d, &r, "sbg_expected_lifetime"))
	{
		sbg_infinite_notice("sbg_expected_lifetime", a);
		PG_RETURN_NULL();
	}
	if (v2)
		sbg_finite_lifetime(1.0 + r, a, b, d, "sbg_expected_lifetime");
	PG_RETURN_FLOAT8(1.0 + r);
}

Datum
sbg_expected_lifetime(PG_FUNCTION_ARGS)
{
	return expected_lifetime_common(fcinfo, false);
}

Datum
sbg_expected_lifetime_v2(PG_FUNCTION_ARGS)
{
	return expected_lifetime_common(fcinfo, true);
}

/*
 * sbg_residual_lifetime(m, tenure, discount_rate): DERL = sum_{t > k}
 * S(t) / S(k) / (1 + d)^(t - k) = R(alpha, beta + k, d); (beta + k) /
 * (alpha - 1) when d = 0.  _v2 refuses a result beyond double precision;
 * sbg_derl (fh) is Fader & Hardie's (2010) DERL, which counts the renewal
 * about to be decided without discounting it: (1 + d) R(alpha, beta + k,
 * d), their equation for a customer who has made k renewals.
 */
static Datum
residual_lifetime_common(FunctionCallInfo fcinfo, bool v2, bool fh)
{
	const char *caller = fh ? "sbg_derl" : "sbg_residual_lifetime";
	double		a,
				b,
				d,
				r;
	int32		k = PG_GETARG_INT32(1);

	sbg_model(fcinfo, caller, &a, &b);
	sbg_check_period(k, 0, fh ? "renewals" : "tenure", caller);
	d = sbg_discount_rate(fcinfo, 2, caller);
	if (!sbg_remaining(a, b + k, d, &r, caller))
	{
		sbg_infinite_notice(caller, a);
		PG_RETURN_NULL();
	}
	if (fh)
		r *= 1.0 + d;
	if (v2)
		sbg_finite_lifetime(r, a, b, d, caller);
	PG_RETURN_FLOAT8(r);
}

Datum
sbg_residual_lifetime(PG_FUNCTION_ARGS)
{
	return residual_lifetime_common(fcinfo, false, false);
}

Datum
sbg_residual_lifetime_v2(PG_FUNCTION_ARGS)
{
	return residual_lifetime_common(fcinfo, true, false);
}

/* sbg_derl(m, renewals, discount_rate): Fader & Hardie's DERL, (1 + d) x the above. */
Datum
sbg_derl(PG_FUNCTION_ARGS)
{
	return residual_lifetime_common(fcinfo, true, true);
}

/*
 * A numeric discount rate (argument argno) of caller as float8: one outside
 * 0...1 is refused before the conversion could round it into range.
 */
static Datum
numeric_discount_rate(FunctionCallInfo fcinfo, int argno, const char *caller)
{
	Numeric		num = PG_GETARG_NUMERIC(argno);

	if (!pgcx_numeric_between(num, 0, 1))
		pgcx_discount_rate_error(numeric_normalize(num), caller);
	return Float8GetDatum(pgcx_numeric_float8(num));
}

/* sbg_expected_lifetime(sbg, numeric): the float8 form for decimal literals. */
Datum
sbg_expected_lifetime_numeric(PG_FUNCTION_ARGS)
{
	Datum		args[2];

	args[0] = PG_GETARG_DATUM(0);
	args[1] = numeric_discount_rate(fcinfo, 1, "sbg_expected_lifetime");
	return pgcx_call_as(fcinfo, sbg_expected_lifetime_v2, args);
}

/* sbg_residual_lifetime(sbg, int4, numeric): the float8 form for decimal literals. */
Datum
sbg_residual_lifetime_numeric(PG_FUNCTION_ARGS)
{
	Datum		args[3];

	args[0] = PG_GETARG_DATUM(0);
	args[1] = PG_GETARG_DATUM(1);
	args[2] = numeric_discount_rate(fcinfo, 2, "sbg_residual_lifetime");
	return pgcx_call_as(fcinfo, sbg_residual_lifetime_v2, args);
}

/* sbg_derl(sbg, int4, numeric): the float8 form for decimal literals. */
Datum
sbg_derl_numeric(PG_FUNCTION_ARGS)
{
	Datum		args[3];

	args[0] = PG_GETARG_DATUM(0);
	args[1] = PG_GETARG_DATUM(1);
	args[2] = numeric_discount_rate(fcinfo, 2, "sbg_derl");
	return pgcx_call_as(fcinfo, sbg_derl, args);
}
