/*
 * term_stats.c
 *		The term_stats aggregate: documents and occurrences of every lexeme
 *		of a tsvector column, per group of comments, in one parallel and
 *		splittable scan; its exact inverse, rollup, and the decoded form
 *		that term_contrast reads.
 *
 * While an aggregate runs, the state is an expanded object
 * (utils/expandeddatum.h) holding two hash tables (lexeme and group to
 * counts; a text group's label to its index), updated in place; when it
 * leaves the aggregate it is flattened to its stored form (term_stats.h),
 * groups and lexemes sorted, so that every plan gives the same bytes.
 * Memory is proportional to the distinct (lexeme, group) pairs.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "mb/pg_wchar.h"
#include "tsearch/ts_type.h"
#include "utils/builtins.h"
#include "utils/expandeddatum.h"
#include "utils/memutils.h"

#include "common/aggregate.h"
#include "common/format.h"
#include "verbatims/term_stats.h"

PG_FUNCTION_INFO_V1(term_stats_trans_bool);
PG_FUNCTION_INFO_V1(term_stats_trans_text);
PG_FUNCTION_INFO_V1(term_stats_inverse_bool);
PG_FUNCTION_INFO_V1(term_stats_inverse_text);
PG_FUNCTION_INFO_V1(term_stats_combine);
PG_FUNCTION_INFO_V1(term_stats_unmerge);

#define TERM_SHARED_NAME "term_stats states"

/* a (lexeme, group) of the expanded form; the lexeme lives in the state */
typedef struct TermKey
{
	const char *lexeme;
	int32		len;
	int32		group;
} TermKey;

typedef struct TermEntry
{
	TermKey		key;
	int64		docs;
	int64		occ;
	uint32		hash;
	char		status;
} TermEntry;

/* hash of a lexeme's bytes combined with its group */
static inline uint32
term_key_hash(const TermKey *k)
{
	return hash_combine(hash_bytes((const unsigned char *) k->lexeme, k->len),
						murmurhash32((uint32) k->group));
}

#define SH_PREFIX		term_table
#define SH_ELEMENT_TYPE	TermEntry
#define SH_KEY_TYPE		TermKey
#define SH_KEY			key
#define SH_HASH_KEY(tb, k)	term_key_hash(&(k))
#define SH_EQUAL(tb, a, b)	((a).group == (b).group && (a).len == (b).len && \
							 memcmp((a).lexeme, (b).lexeme, (a).len) == 0)
#define SH_STORE_HASH
#define SH_GET_HASH(tb, a)	((a)->hash)
#define SH_SCOPE		static inline
#define SH_DECLARE
#define SH_DEFINE
#include "lib/simplehash.h"

/* a text group's label to its index */
typedef struct LabelKey
{
	const char *label;
	int32		len;
} LabelKey;

typedef struct LabelEntry
{
	LabelKey	key;
	int32		group;
	uint32		hash;
	char		status;
} LabelEntry;

#define SH_PREFIX		label_table
#define SH_ELEMENT_TYPE	LabelEntry
#define SH_KEY_TYPE		LabelKey
#define SH_KEY			key
#define SH_HASH_KEY(tb, k)	hash_bytes((const unsigned char *) (k).label, (k).len)
#define SH_EQUAL(tb, a, b)	((a).len == (b).len && memcmp((a).label, (b).label, (a).len) == 0)
#define SH_STORE_HASH
#define SH_GET_HASH(tb, a)	((a)->hash)
#define SH_SCOPE		static inline
#define SH_DECLARE
#define SH_DEFINE
#include "lib/simplehash.h"

typedef struct TermExpanded
{
	ExpandedObjectHeader hdr;
	bool		shared;			/* in a shared context of an aggregate */
	bool		boolean;
	int64		skipped;
	int32		ngroups;
	int32		maxgroups;
	TermGroup  *groups;			/* in the order they came */
	label_table_hash *labels;	/* text groups only */
	int32		last_group;		/* the group of the last row, or -1 */
	term_table_hash *table;
	bytea	   *flat;			/* from get_flat_size to flatten_into */
} TermExpanded;

static Size term_flat_size(ExpandedObjectHeader *eohptr);
static void term_flatten(ExpandedObjectHeader *eohptr, void *result, Size allocated_size);

static const ExpandedObjectMethods term_methods = {
	term_flat_size,
	term_flatten
};

/* Byte order of two strings, the shorter first when one begins the other. */
int
term_stats_bytes_cmp(const char *a, int alen, const char *b, int blen)
{
	int			c = memcmp(a, b, Min(alen, blen));

	if (c != 0)
		return c;
	return (alen > blen) - (alen < blen);
}

/* ERROR of a damaged stored value. */
void
term_stats_corrupted(const char *problem)
{
	ereport(ERROR,
			(errcode(ERRCODE_DATA_CORRUPTED),
			 errmsg("corrupted term_stats value"),
			 errdetail("%s", problem)));
}

/* ERROR of a removal that the state's rows do not allow. */
static void
removal_refused(FunctionCallInfo fcinfo, const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s cannot remove a row it does not hold", pgcx_caller_name(fcinfo)),
			 errdetail("%s", detail),
			 errhint("Remove only rows (or states) that were added.")));
}

/* Adds a group labelled `len` bytes at `label` (copied) to e; its index. */
static int32
add_group(TermExpanded *e, const char *label, int32 len)
{
	MemoryContext ctx = e->hdr.eoh_context;
	char	   *copy;
	TermGroup  *g;

	if (e->ngroups >= TERM_STATS_MAX_GROUPS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("term_stats holds at most %d groups", TERM_STATS_MAX_GROUPS),
				 errhint("Group the comments by a column with fewer values.")));
	if (e->ngroups == e->maxgroups)
	{
		e->maxgroups *= 2;
		e->groups = repalloc(e->groups, sizeof(TermGroup) * e->maxgroups);
	}
	copy = MemoryContextAlloc(ctx, len + 1);
	memcpy(copy, label, len);
	copy[len] = '\0';
	g = &e->groups[e->ngroups];
	memset(g, 0, sizeof(TermGroup));
	g->label = copy;
	g->len = len;
	if (e->labels)
	{
		LabelKey	key = {copy, len};
		bool		found;
		LabelEntry *entry = label_table_insert(e->labels, key, &found);

		Assert(!found);
		entry->group = e->ngroups;
	}
	return e->ngroups++;
}

/*
 * A new empty expanded state: in `shared` when given (inside an
 * aggregate), else in a context of its own under `parent`.  A boolean
 * state has its two groups from the start.
 */
static TermExpanded *
term_new(bool boolean, MemoryContext parent, MemoryContext shared)
{
	MemoryContext ctx = shared ? shared :
		AllocSetContextCreate(parent, "term_stats state", ALLOCSET_DEFAULT_SIZES);
	TermExpanded *e = MemoryContextAllocZero(ctx, sizeof(TermExpanded));

	EOH_init_header(&e->hdr, &term_methods, ctx);
	e->shared = (shared != NULL);
	e->boolean = boolean;
	e->maxgroups = 4;
	e->groups = MemoryContextAlloc(ctx, sizeof(TermGroup) * e->maxgroups);
	e->last_group = -1;
	e->table = term_table_create(ctx, 256, NULL);
	if (boolean)
	{
		add_group(e, "false", 5);
		add_group(e, "true", 4);
	}
	else
		e->labels = label_table_create(ctx, 8, NULL);
	return e;
}

/* The index of text group `label` in e, added when `add` and new; or -1. */
static int32
find_group(TermExpanded *e, const char *label, int32 len, bool add)
{
	LabelKey	key = {label, len};
	LabelEntry *entry;

	if (e->last_group >= 0 && e->groups[e->last_group].len == len &&
		memcmp(e->groups[e->last_group].label, label, len) == 0)
		return e->last_group;
	entry = label_table_lookup(e->labels, key);
	if (entry)
		return e->last_group = entry->group;
	if (!add)
		return -1;
	return e->last_group = add_group(e, label, len);
}

/*
 * Adds (sign 1) or removes (sign -1) `docs` documents and `occ`
 * occurrences of a lexeme in group g.
 */
static void
count_term(TermExpanded *e, const char *lexeme, int32 len, int32 g,
		   int64 docs, int64 occ, int sign, FunctionCallInfo fcinfo)
{
	TermKey		key = {lexeme, len, g};
	TermEntry  *entry;
	bool		found;

	if (sign > 0)
	{
		entry = term_table_insert(e->table, key, &found);
		if (!found)
		{
			char	   *copy = MemoryContextAlloc(e->hdr.eoh_context, len);

			memcpy(copy, lexeme, len);
			entry->key.lexeme = copy;
			entry->docs = docs;
			entry->occ = occ;
			return;
		}
		entry->docs = pgcx_count_add_in(fcinfo, entry->docs, docs);
		entry->occ = pgcx_count_add_in(fcinfo, entry->occ, occ);
		return;
	}
	entry = term_table_lookup(e->table, key);
	if (entry == NULL || entry->docs < docs || entry->occ < occ)
		removal_refused(fcinfo, psprintf("The lexeme \"%.*s\" is not counted that often in group \"%s\".",
										 len, lexeme, e->groups[g].label));
	entry->docs -= docs;
	entry->occ -= occ;
	if (entry->docs == 0)
	{
		if (entry->occ != 0)
			removal_refused(fcinfo, "A lexeme would keep occurrences without documents.");
		term_table_delete_item(e->table, entry);
	}
}

/*
 * Refuses a state whose rows, every group's and those without a group
 * together, pass a bigint (22003): each count alone is checked as it grows.
 */
static void
check_total_rows(TermExpanded *e, FunctionCallInfo fcinfo)
{
	int64		total = e->skipped;

	for (int g = 0; g < e->ngroups; g++)
		total = pgcx_count_add_in(fcinfo, total, e->groups[g].rows);
}

/* Adds `delta` (1 or -1) to a group count, refusing to go below 0. */
static inline void
bump(int64 *count, int sign, FunctionCallInfo fcinfo, const char *what)
{
	if (sign > 0)
		*count = pgcx_count_add_in(fcinfo, *count, 1);
	else if (*count < 1)
		removal_refused(fcinfo, psprintf("No %s is left to remove.", what));
	else
		(*count)--;
}

/* Adds (sign 1) or removes (sign -1) one row of group g with comment v. */
static void
count_row(TermExpanded *e, int32 g, TSVector v, int sign, FunctionCallInfo fcinfo)
{
	TermGroup  *grp = &e->groups[g];
	WordEntry  *we;
	char	   *strs;
	bool		stripped = false,
				capped = false;

	bump(&grp->rows, sign, fcinfo, "row of the group");
	if (unlikely(grp->rows > PG_INT64_MAX / 4))
		check_total_rows(e, fcinfo);
	if (v == NULL)
		return;
	bump(&grp->comments, sign, fcinfo, "comment of the group");
	we = ARRPTR(v);
	strs = STRPTR(v);
	for (int i = 0; i < v->size; i++)
	{
		int64		occ = 1;

		if (we[i].haspos)
		{
			int			npos = POSDATALEN(v, &we[i]);
			WordEntryPos *pos = POSDATAPTR(v, &we[i]);

			occ = npos;
			/*
			 * to_tsvector keeps at most MAXNUMPOS - 1 positions of a
			 * lexeme (a tsvector literal, MAXNUMPOS), none past
			 * MAXENTRYPOS - 1: at either limit some may be lost.
			 */
			if (npos >= MAXNUMPOS - 1 || WEP_GETPOS(pos[npos - 1]) >= MAXENTRYPOS - 1)
				capped = true;
		}
		else
			stripped = true;
		count_term(e, strs + we[i].pos, we[i].len, g, 1, occ, sign, fcinfo);
	}
	if (stripped)
		bump(&grp->stripped, sign, fcinfo, "comment without positions");
	if (capped)
		bump(&grp->capped, sign, fcinfo, "comment with capped positions");
}

/* Is this datum an expanded state?  Only this file makes them. */
static inline bool
is_expanded(Datum d)
{
	return VARATT_IS_EXTERNAL_EXPANDED(DatumGetPointer(d));
}

/* Adds (sign 1) or removes (sign -1) every count of decoded state d into e. */
static void
add_data(TermExpanded *e, const TermStatsData *d, int sign, FunctionCallInfo fcinfo)
{
	int32	   *map = palloc(sizeof(int32) * Max(d->ngroups, 1));

	if (d->boolean != e->boolean)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s cannot merge term_stats of boolean groups with term_stats of text groups",
						pgcx_caller_name(fcinfo)),
				 errhint("Build both states with the same kind of group.")));
	for (int g = 0; g < d->ngroups; g++)
	{
		const TermGroup *from = &d->groups[g];
		TermGroup  *to;

		map[g] = e->boolean ? (from->len == 4 ? 1 : 0) :
			find_group(e, from->label, from->len, sign > 0);
		if (map[g] < 0)
			removal_refused(fcinfo, psprintf("The state holds no group \"%s\".", from->label));
		to = &e->groups[map[g]];
		if (sign > 0)
		{
			to->rows = pgcx_count_add_in(fcinfo, to->rows, from->rows);
			to->comments = pgcx_count_add_in(fcinfo, to->comments, from->comments);
			to->stripped = pgcx_count_add_in(fcinfo, to->stripped, from->stripped);
			to->capped = pgcx_count_add_in(fcinfo, to->capped, from->capped);
		}
		else if (to->rows < from->rows || to->comments < from->comments ||
				 to->stripped < from->stripped || to->capped < from->capped)
			removal_refused(fcinfo, psprintf("Group \"%s\" holds fewer rows than the state removed.",
											 from->label));
		else
		{
			to->rows -= from->rows;
			to->comments -= from->comments;
			to->stripped -= from->stripped;
			to->capped -= from->capped;
		}
	}
	if (sign > 0)
	{
		e->skipped = pgcx_count_add_in(fcinfo, e->skipped, d->skipped);
		check_total_rows(e, fcinfo);
	}
	else if (e->skipped < d->skipped)
		removal_refused(fcinfo, "The state holds fewer rows without a group than the state removed.");
	else
		e->skipped -= d->skipped;
	for (int i = 0; i < d->nentries; i++)
	{
		const TermCount *c = &d->entries[i];

		count_term(e, d->terms[c->term], d->term_len[c->term], map[c->group],
				   c->docs, c->occ, sign, fcinfo);
	}
	pfree(map);
}

/*
 * The state argument 0 to update: in place when it is this aggregate's
 * expanded state, else a new expanded copy (an empty one of kind `boolean`
 * for NULL) where the aggregate keeps its state.  Outside an aggregate
 * (a transition called on its own) the argument is never changed.
 */
static TermExpanded *
writable_state(FunctionCallInfo fcinfo, bool boolean)
{
	MemoryContext aggcontext;
	MemoryContext shared = NULL;
	TermExpanded *e;
	bool		in_aggregate = AggCheckCallContext(fcinfo, &aggcontext) &&
		pgcx_in_aggregate(fcinfo);

	if (!in_aggregate)
		aggcontext = CurrentMemoryContext;
	if (!PG_ARGISNULL(0) &&
		VARATT_IS_EXTERNAL_EXPANDED_RW(DatumGetPointer(PG_GETARG_DATUM(0))))
	{
		e = (TermExpanded *) DatumGetEOHP(PG_GETARG_DATUM(0));
		/* the common case, each row: a state of this aggregate context */
		if (in_aggregate && MemoryContextGetParent(e->hdr.eoh_context) == aggcontext)
			return e;
	}
	if (in_aggregate)
		shared = pgcx_shared_state_context(fcinfo, aggcontext, TERM_SHARED_NAME);
	if (!PG_ARGISNULL(0))
	{
		TermStatsData d;

		term_stats_read(PG_GETARG_DATUM(0), &d);
		e = term_new(d.boolean, aggcontext, shared);
		add_data(e, &d, 1, fcinfo);
	}
	else
		e = term_new(boolean, aggcontext, shared);
	return e;
}

/* The comment argument, or NULL. */
static inline TSVector
comment_arg(FunctionCallInfo fcinfo)
{
	return PG_ARGISNULL(1) ? NULL : PG_GETARG_TSVECTOR(1);
}

/* Adds or removes one row whose group is a boolean (NULL: left out). */
static Datum
row_bool(FunctionCallInfo fcinfo, int sign)
{
	TermExpanded *e = writable_state(fcinfo, true);

	if (!e->boolean)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s received a state of text groups for a boolean group",
						pgcx_caller_name(fcinfo))));
	if (PG_ARGISNULL(2))
	{
		bump(&e->skipped, sign, fcinfo, "row without a group");
		if (unlikely(e->skipped > PG_INT64_MAX / 4))
			check_total_rows(e, fcinfo);
	}
	else
		count_row(e, PG_GETARG_BOOL(2) ? 1 : 0, comment_arg(fcinfo), sign, fcinfo);
	PG_RETURN_DATUM(EOHPGetRWDatum(&e->hdr));
}

/* Adds or removes one row whose group is a text label (NULL: left out). */
static Datum
row_text(FunctionCallInfo fcinfo, int sign)
{
	TermExpanded *e = writable_state(fcinfo, false);

	if (e->boolean)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s received a state of boolean groups for a text group",
						pgcx_caller_name(fcinfo))));
	if (PG_ARGISNULL(2))
	{
		bump(&e->skipped, sign, fcinfo, "row without a group");
		if (unlikely(e->skipped > PG_INT64_MAX / 4))
			check_total_rows(e, fcinfo);
	}
	else
	{
		text	   *label = PG_GETARG_TEXT_PP(2);
		int32		g = find_group(e, VARDATA_ANY(label), VARSIZE_ANY_EXHDR(label), sign > 0);

		if (g < 0)
			removal_refused(fcinfo, psprintf("The state holds no group \"%s\".", text_to_cstring(label)));
		count_row(e, g, comment_arg(fcinfo), sign, fcinfo);
	}
	PG_RETURN_DATUM(EOHPGetRWDatum(&e->hdr));
}

/* term_stats(comment tsvector, in_group boolean): transition */
Datum
term_stats_trans_bool(PG_FUNCTION_ARGS)
{
	return row_bool(fcinfo, 1);
}

/* term_stats(comment tsvector, grp text): transition */
Datum
term_stats_trans_text(PG_FUNCTION_ARGS)
{
	return row_text(fcinfo, 1);
}

/* term_stats(comment tsvector, in_group boolean): moving-window inverse */
Datum
term_stats_inverse_bool(PG_FUNCTION_ARGS)
{
	if (PG_ARGISNULL(0))
		removal_refused(fcinfo, "The state is empty.");
	return row_bool(fcinfo, -1);
}

/* term_stats(comment tsvector, grp text): moving-window inverse */
Datum
term_stats_inverse_text(PG_FUNCTION_ARGS)
{
	if (PG_ARGISNULL(0))
		removal_refused(fcinfo, "The state is empty.");
	return row_text(fcinfo, -1);
}

/* Adds (sign 1) or removes (sign -1) state argument 1 from state 0. */
static Datum
merge(FunctionCallInfo fcinfo, int sign)
{
	TermStatsData d;
	TermExpanded *e;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	if (PG_ARGISNULL(0) && sign < 0)
		removal_refused(fcinfo, "The state is empty.");
	term_stats_read(PG_GETARG_DATUM(1), &d);
	e = writable_state(fcinfo, d.boolean);
	add_data(e, &d, sign, fcinfo);
	PG_RETURN_DATUM(EOHPGetRWDatum(&e->hdr));
}

/* Combine function of term_stats, and transition of rollup(term_stats). */
Datum
term_stats_combine(PG_FUNCTION_ARGS)
{
	return merge(fcinfo, 1);
}

/* Moving-window inverse of rollup(term_stats): removes a merged state. */
Datum
term_stats_unmerge(PG_FUNCTION_ARGS)
{
	return merge(fcinfo, -1);
}

/* Orders two (lexeme, group) counts by lexeme, then group rank (arg). */
static int
entry_cmp(const void *a, const void *b, void *arg)
{
	const TermEntry *x = *(const TermEntry *const *) a;
	const TermEntry *y = *(const TermEntry *const *) b;
	const int32 *rank = (const int32 *) arg;
	int			c = term_stats_bytes_cmp(x->key.lexeme, x->key.len, y->key.lexeme, y->key.len);

	if (c != 0)
		return c;
	return rank[x->key.group] - rank[y->key.group];
}

/* Orders two group indexes by the labels of the groups (arg). */
static int
group_cmp(const void *a, const void *b, void *arg)
{
	const TermGroup *groups = (const TermGroup *) arg;
	const TermGroup *x = &groups[*(const int32 *) a];
	const TermGroup *y = &groups[*(const int32 *) b];

	return term_stats_bytes_cmp(x->label, x->len, y->label, y->len);
}

/* The decoded, sorted form of an expanded state (current memory context). */
static void
expanded_data(TermExpanded *e, TermStatsData *out)
{
	term_table_iterator it;
	TermEntry  *entry;
	TermEntry **sorted;
	int32	   *rank = palloc(sizeof(int32) * Max(e->ngroups, 1));
	int32	   *order = palloc(sizeof(int32) * Max(e->ngroups, 1));
	uint32		n = 0;
	int32		nterms = 0;
	const char *problem;

	if (e->table->members > (uint32) (MaxAllocSize / sizeof(TermCount)))
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("term_stats holds too many lexemes (%u)", e->table->members)));
	out->boolean = e->boolean;
	out->skipped = e->skipped;
	out->ngroups = 0;
	out->groups = palloc(sizeof(TermGroup) * Max(e->ngroups, 1));

	/*
	 * A text group whose rows have all been removed (a moving window) is
	 * not part of the state: it holds no count, and a state of the same
	 * rows read afresh would not list it (a group with other counts left
	 * stays, and fails validation below).  The groups kept are sorted by
	 * label; rank[g] is group g's place among them, -1 when left out.
	 */
	for (int g = 0; g < e->ngroups; g++)
	{
		const TermGroup *grp = &e->groups[g];

		rank[g] = -1;
		if (e->boolean || grp->rows != 0 || grp->comments != 0 || grp->stripped != 0 ||
			grp->capped != 0)
			order[out->ngroups++] = g;
	}
	qsort_arg(order, out->ngroups, sizeof(int32), group_cmp, e->groups);
	for (int r = 0; r < out->ngroups; r++)
	{
		rank[order[r]] = r;
		out->groups[r] = e->groups[order[r]];
	}

	sorted = palloc(sizeof(TermEntry *) * Max(e->table->members, 1));
	term_table_start_iterate(e->table, &it);
	while ((entry = term_table_iterate(e->table, &it)) != NULL)
		sorted[n++] = entry;
	qsort_arg(sorted, n, sizeof(TermEntry *), entry_cmp, rank);

	out->nentries = (int32) n;
	out->entries = palloc(sizeof(TermCount) * Max(n, 1));
	out->terms = palloc(sizeof(char *) * Max(n, 1));
	out->term_len = palloc(sizeof(int32) * Max(n, 1));
	for (uint32 i = 0; i < n; i++)
	{
		const TermEntry *x = sorted[i];

		if (i == 0 || term_stats_bytes_cmp(x->key.lexeme, x->key.len,
										   sorted[i - 1]->key.lexeme, sorted[i - 1]->key.len) != 0)
		{
			out->terms[nterms] = x->key.lexeme;
			out->term_len[nterms] = x->key.len;
			nterms++;
		}
		out->entries[i].term = nterms - 1;
		out->entries[i].group = rank[x->key.group];
		out->entries[i].docs = x->docs;
		out->entries[i].occ = x->occ;
	}
	out->nterms = nterms;
	pfree(sorted);
	pfree(rank);
	pfree(order);

	/*
	 * Rows only added give a valid state; removals (a moving window, an
	 * unmerge, an inverse called on its own) of what was never added may
	 * not, and such a state never leaves the aggregate.
	 */
	problem = term_stats_problem(out);
	if (problem)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("term_stats was asked to remove rows it does not hold"),
				 errdetail("The counts left would not be those of any rows: %s", problem),
				 errhint("Remove only rows (or states) that were added.")));
}

/*
 * The decoded form of a state, flat (validated) or expanded; it may point
 * into the state, which the caller must not change.
 */
void
term_stats_read(Datum state, TermStatsData *out)
{
	if (is_expanded(state))
		expanded_data((TermExpanded *) DatumGetEOHP(state), out);
	else
		term_stats_decode((bytea *) PG_DETOAST_DATUM(state), out);
}

/*
 * get_flat_size method of the expanded form: flattens it into a copy that
 * flatten_into, which PostgreSQL calls next, hands over.
 */
static Size
term_flat_size(ExpandedObjectHeader *eohptr)
{
	TermExpanded *e = (TermExpanded *) eohptr;
	TermStatsData d;
	bytea	   *flat;

	if (e->flat)
		pfree(e->flat);
	e->flat = NULL;
	expanded_data(e, &d);
	flat = term_stats_flat(&d);
	e->flat = MemoryContextAlloc(e->hdr.eoh_context, VARSIZE(flat));
	memcpy(e->flat, flat, VARSIZE(flat));
	pfree(flat);
	pfree(d.groups);
	pfree(d.terms);
	pfree(d.term_len);
	pfree(d.entries);
	return VARSIZE(e->flat);
}

/* flatten_into method of the expanded form: the stored form. */
static void
term_flatten(ExpandedObjectHeader *eohptr, void *result, Size allocated_size)
{
	TermExpanded *e = (TermExpanded *) eohptr;

	if (e->flat == NULL || VARSIZE(e->flat) != allocated_size)
		elog(ERROR, "term_stats was changed between its size and its flattening");
	memcpy(result, e->flat, allocated_size);
	pfree(e->flat);
	e->flat = NULL;
}
