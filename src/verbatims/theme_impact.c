/*
 * theme_impact.c
 *		How much NPS a theme of the comments costs or earns: the theme_stats
 *		type (promoters, passives and detractors among all respondents and
 *		among those whose comment matches each theme), the aggregates
 *		theme_impact (one theme) and theme_stats (many, in one scan), and
 *		their final functions.
 *
 * A theme is a tsquery; its impact is NPS(all) - NPS(without the
 * respondents whose comment matches it), with a 95 % interval from the
 * delta method: with v = +1, 0, -1 for a promoter, passive, detractor,
 * t = 1 for a mention, a = NPS/100, c the share not mentioning and r their
 * NPS/100, the influence of a respondent on the impact is
 * (v - a) - (1 - t)(v - r)/c, and the variance is the sum of their squares
 * over n² (e.g. Hampel et al. 1986, Robust Statistics, ch. 2).
 *
 * Stored format, version 1 (a varlena, 8-byte aligned fields):
 *	version (uint8), flags (uint8: THEME_SINGLE for theme_impact's state,
 *	whose one theme is named by its query's text), unused (uint16, 0),
 *	nthemes (int32), then totals[4] (int64: promoters, passives,
 *	detractors, comments), then per theme its query's hash (uint64: the
 *	tsquery's bytes, hash_bytes_extended seed 0) and mentions[3] (int64:
 *	promoters, passives, detractors), then per theme its name (int32
 *	length, bytes).
 */
#include "postgres.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "funcapi.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "tsearch/ts_type.h"
#include "tsearch/ts_utils.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/json.h"
#include "utils/tuplestore.h"

#include "common/aggregate.h"
#include "common/format.h"
#include "common/parse.h"
#include "common/stats.h"
#include "scores/scores.h"
#include "verbatims/theme_stats.h"


/* the themes of a call, kept in fn_extra while its arrays stay the same */
typedef struct ThemeCall
{
	struct varlena *names_bytes;	/* copies of the arguments the themes came from */
	struct varlena *themes_bytes;
	int			nthemes;
	TSQuery    *queries;
	uint64	   *hashes;
	char	  **names;
	Pointer		checked;		/* a state found to hold these themes */
} ThemeCall;

/*
 * Is argument `argno` (a varlena) the very value whose copy is `kept`?  The
 * bytes are compared: an argument computed for each row may sit at the
 * same address with other contents.
 */
static bool
same_argument(FunctionCallInfo fcinfo, int argno, struct varlena *kept)
{
	struct varlena *v;

	if (kept == NULL)
		return false;
	v = PG_DETOAST_DATUM_PACKED(PG_GETARG_DATUM(argno));
	return VARSIZE_ANY(v) == VARSIZE_ANY(kept) && memcmp(v, kept, VARSIZE_ANY(v)) == 0;
}

/* A copy of argument `argno` (a varlena) in the current memory context. */
static struct varlena *
copy_argument(FunctionCallInfo fcinfo, int argno)
{
	struct varlena *v = PG_DETOAST_DATUM_PACKED(PG_GETARG_DATUM(argno));

	return (struct varlena *) memcpy(palloc(VARSIZE_ANY(v)), v, VARSIZE_ANY(v));
}

/* a row's category: 0 promoter, 1 passive, 2 detractor */
static inline int
category(int score)
{
	return score >= 9 ? 0 : (score >= 7 ? 1 : 2);
}

/* The hash of a tsquery's bytes. */
static uint64
query_hash(TSQuery q)
{
	return DatumGetUInt64(hash_bytes_extended((const unsigned char *) q, VARSIZE(q), 0));
}

/* Refuses a state whose respondents, all kinds together, pass a bigint. */
static void
check_respondents(const ThemeStats *s, FunctionCallInfo fcinfo)
{
	(void) pgcx_count_add_in(fcinfo, pgcx_count_add_in(fcinfo, s->totals[0], s->totals[1]), s->totals[2]);
}

/* Refuses a theme without lexemes, which would match nothing. */
static void
check_query(TSQuery q, const char *name, const char *caller)
{
	if (q->size == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s received theme \"%s\" without a lexeme", caller, name),
				 errdetail("A tsquery made only of stop words is empty and matches no comment."),
				 errhint("Write the theme with words the text search configuration keeps.")));
}

/* A new state for the themes of `call`, made where the aggregate keeps it. */
static ThemeStats *
theme_new(FunctionCallInfo fcinfo, const ThemeCall *call, bool single)
{
	Size		size = sizeof(ThemeStats) + sizeof(ThemeCounts) * call->nthemes;
	ThemeStats *s;
	char	   *p;
	MemoryContext old;

	for (int i = 0; i < call->nthemes; i++)
		size += 4 + strlen(call->names[i]);
	old = pgcx_state_context(fcinfo);
	s = palloc0(size);
	MemoryContextSwitchTo(old);
	SET_VARSIZE(s, size);
	s->version = THEME_VERSION;
	s->flags = single ? THEME_SINGLE : 0;
	s->nthemes = call->nthemes;
	p = THEME_NAMES(s);
	for (int i = 0; i < call->nthemes; i++)
	{
		int32		len = strlen(call->names[i]);

		THEME_COUNTS(s)[i].hash = call->hashes[i];
		memcpy(p, &len, 4);
		memcpy(p + 4, call->names[i], len);
		p += 4 + len;
	}
	return s;
}

/* The name of theme i of a (validated) state, palloc'd. */
static char *
theme_name(const ThemeStats *s, int i)
{
	const char *p = THEME_NAMES(s);
	int32		len;

	for (;;)
	{
		memcpy(&len, p, 4);
		if (i-- == 0)
			return pnstrdup(p + 4, len);
		p += 4 + len;
	}
}

/* Says what is wrong with a flat state of `size` bytes, or NULL. */
const char *
theme_problem(const ThemeStats *s, Size size)
{
	const char *problem;
	const char *p,
			   *end = (const char *) s + size;
	int64		n = 0;

	if (size < sizeof(ThemeStats))
		return "The value is shorter than its header.";
	problem = pgcx_version_problem("theme_stats", s->version, THEME_VERSION);
	if (problem)
		return problem;
	if ((s->flags & ~THEME_SINGLE) != 0 || s->unused != 0)
		return "The flags have bits that version 1 does not define.";
	if (s->nthemes < 1 || s->nthemes > THEME_MAX ||
		((s->flags & THEME_SINGLE) && s->nthemes != 1))
		return psprintf("A state has 1 to %d themes (theme_impact's, one).", THEME_MAX);
	if (size < sizeof(ThemeStats) + sizeof(ThemeCounts) * s->nthemes)
		return "The value ends early.";
	for (int k = 0; k < 4; k++)
		if (s->totals[k] < 0)
			return "A count is negative.";
	for (int k = 0; k < 3; k++)
		if (pg_add_s64_overflow(n, s->totals[k], &n))
			return "The number of respondents does not fit in a bigint.";
	if (s->totals[3] > n)
		return "A state has at most one comment per respondent.";
	p = THEME_NAMES(s);
	for (int i = 0; i < s->nthemes; i++)
	{
		const ThemeCounts *c = &THEME_COUNTS(s)[i];
		int32		len;
		int64		m = 0;

		for (int k = 0; k < 3; k++)
		{
			if (c->mentions[k] < 0 || c->mentions[k] > s->totals[k])
				return "A theme's mentions are 0 to the respondents of their kind.";
			m += c->mentions[k];
		}
		if (m > s->totals[3])
			return "A theme's mentions are at most the comments.";
		if (end - p < 4)
			return "The value ends early.";
		memcpy(&len, p, 4);
		if (len < 0 || len > end - p - 4 || !pgcx_valid_text(p + 4, len))
			return "A theme's name is not valid text.";
		p += 4 + len;
	}
	if (p != end)
		return "The value has bytes after its last name.";
	return NULL;
}

/* A flat state argument, detoasted and validated. */
ThemeStats *
theme_checked(Datum d)
{
	ThemeStats *s = (ThemeStats *) PG_DETOAST_DATUM(d);
	const char *problem = theme_problem(s, VARSIZE(s));

	if (problem)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("corrupted theme_stats value"),
				 errdetail("%s", problem)));
	return s;
}

/* Refuses to merge states of different themes. */
static void
require_same_themes(const ThemeStats *a, const ThemeStats *b, const char *caller)
{
	bool		same = a->nthemes == b->nthemes && a->flags == b->flags &&
		VARSIZE(a) == VARSIZE(b) &&
		memcmp(THEME_NAMES(a), THEME_NAMES(b), VARSIZE(a) - (THEME_NAMES(a) - (char *) a)) == 0;

	for (int i = 0; same && i < a->nthemes; i++)
		same = THEME_COUNTS(a)[i].hash == THEME_COUNTS(b)[i].hash;
	if (!same)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s received states of different themes", caller),
				 errdetail("The themes (names and tsqueries) must be the same in every row."),
				 errhint("Pass the themes as constants, or from one row of a table of themes.")));
}

/* The themes of a theme_stats call (names, tsqueries), cached in fn_extra. */
static ThemeCall *
multi_call(FunctionCallInfo fcinfo)
{
	const char *caller;
	ThemeCall  *call = (ThemeCall *) fcinfo->flinfo->fn_extra;
	ArrayType  *names,
			   *themes;
	Datum	   *nd,
			   *td;
	bool	   *nn,
			   *tn;
	int			n,
				nt;
	MemoryContext old;

	if (PG_ARGISNULL(3) || PG_ARGISNULL(4))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("%s needs the names and the tsqueries of the themes, not NULL",
						pgcx_caller_name(fcinfo))));
	if (call && same_argument(fcinfo, 3, call->names_bytes) && same_argument(fcinfo, 4, call->themes_bytes))
		return call;
	caller = pgcx_caller_name(fcinfo);
	old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
	names = PG_GETARG_ARRAYTYPE_P_COPY(3);
	themes = PG_GETARG_ARRAYTYPE_P_COPY(4);
	if (ARR_NDIM(names) > 1 || ARR_NDIM(themes) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("%s takes one-dimensional arrays of names and themes", caller)));
	deconstruct_array(names, TEXTOID, -1, false, TYPALIGN_INT, &nd, &nn, &n);
	deconstruct_array(themes, TSQUERYOID, -1, false, TYPALIGN_INT, &td, &tn, &nt);
	if (n != nt)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("%s received %d names for %d themes", caller, n, nt),
				 errhint("Give one name per tsquery, in the same order.")));
	if (n < 1 || n > THEME_MAX)
		ereport(ERROR,
				(errcode(n < 1 ? ERRCODE_INVALID_PARAMETER_VALUE : ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("%s takes 1 to %d themes, not %d", caller, THEME_MAX, n)));
	if (call == NULL)
		call = palloc0(sizeof(ThemeCall));
	call->nthemes = n;
	call->queries = palloc(sizeof(TSQuery) * n);
	call->hashes = palloc(sizeof(uint64) * n);
	call->names = palloc(sizeof(char *) * n);
	for (int i = 0; i < n; i++)
	{
		if (nn[i] || tn[i])
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("%s received a NULL %s for theme %d", caller, nn[i] ? "name" : "tsquery", i + 1)));
		call->names[i] = TextDatumGetCString(nd[i]);
		for (int j = 0; j < i; j++)
			if (strcmp(call->names[j], call->names[i]) == 0)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("%s received theme \"%s\" twice", caller, call->names[i]),
						 errhint("Give every theme a name of its own.")));
		call->queries[i] = DatumGetTSQuery(td[i]);
		check_query(call->queries[i], call->names[i], caller);
		call->hashes[i] = query_hash(call->queries[i]);
	}
	if (call->names_bytes)
		pfree(call->names_bytes);
	if (call->themes_bytes)
		pfree(call->themes_bytes);
	call->names_bytes = copy_argument(fcinfo, 3);
	call->themes_bytes = copy_argument(fcinfo, 4);
	call->checked = NULL;
	MemoryContextSwitchTo(old);
	fcinfo->flinfo->fn_extra = call;
	return call;
}

/* The theme of a theme_impact call (one tsquery, named by its text). */
static ThemeCall *
single_call(FunctionCallInfo fcinfo)
{
	const char *caller;
	ThemeCall  *call = (ThemeCall *) fcinfo->flinfo->fn_extra;
	MemoryContext old;
	TSQuery		q;

	if (PG_ARGISNULL(3))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("%s needs a theme, not NULL", pgcx_caller_name(fcinfo))));
	if (call && same_argument(fcinfo, 3, call->themes_bytes))
		return call;
	caller = pgcx_caller_name(fcinfo);
	old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
	if (call == NULL)
	{
		call = palloc0(sizeof(ThemeCall));
		call->queries = palloc(sizeof(TSQuery));
		call->hashes = palloc(sizeof(uint64));
		call->names = palloc(sizeof(char *));
	}
	q = PG_GETARG_TSQUERY_COPY(3);
	call->nthemes = 1;
	call->queries[0] = q;
	call->hashes[0] = query_hash(q);
	call->names[0] = DatumGetCString(DirectFunctionCall1(tsqueryout, PointerGetDatum(q)));
	check_query(q, call->names[0], caller);
	if (call->themes_bytes)
		pfree(call->themes_bytes);
	call->themes_bytes = copy_argument(fcinfo, 3);
	call->checked = NULL;
	MemoryContextSwitchTo(old);
	fcinfo->flinfo->fn_extra = call;
	return call;
}

/* Refuses a state whose themes are not those of `call`. */
static void
require_call_themes(const ThemeStats *s, const ThemeCall *call, bool single, FunctionCallInfo fcinfo)
{
	bool		same = s->nthemes == call->nthemes &&
		((s->flags & THEME_SINGLE) != 0) == single;
	const char *p = THEME_NAMES(s);

	for (int i = 0; same && i < s->nthemes; i++)
	{
		int32		len;

		memcpy(&len, p, 4);
		same = THEME_COUNTS(s)[i].hash == call->hashes[i] &&
			(size_t) len == strlen(call->names[i]) && memcmp(p + 4, call->names[i], len) == 0;
		p += 4 + len;
	}
	if (!same)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s received other themes than in the rows before", pgcx_caller_name(fcinfo)),
				 errdetail("The themes (names and tsqueries) must be the same in every row."),
				 errhint("Pass the themes as constants, or from one row of a table of themes.")));
}

/*
 * The state to update for a row of `call`: argument 0 in place inside an
 * aggregate, else a copy; a new one for NULL.  Its themes must be the
 * call's.
 */
static ThemeStats *
row_state(FunctionCallInfo fcinfo, ThemeCall *call, bool single)
{
	ThemeStats *s;

	if (PG_ARGISNULL(0))
		return theme_new(fcinfo, call, single);
	s = theme_checked(PG_GETARG_DATUM(0));
	require_call_themes(s, call, single, fcinfo);
	if (!pgcx_in_aggregate(fcinfo) || (Pointer) s != DatumGetPointer(PG_GETARG_DATUM(0)))
		s = pgcx_copy_to_state(fcinfo, s, VARSIZE(s));
	return s;
}

/*
 * Transition of theme_impact (single) and theme_stats: counts one
 * respondent (argument 1 its score, read by `index`; 2 its comment) into
 * the state of the call's themes; a row without a score is left out.
 */
static Datum
theme_transition(FunctionCallInfo fcinfo, pgcx_score_index_fn index, bool single)
{
	ThemeCall  *call = single ? single_call(fcinfo) : multi_call(fcinfo);
	ThemeStats *s;
	int			k;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	k = category(index(fcinfo, 1, 0, 10));

	/*
	 * The common case, each row: the state this aggregate made or checked
	 * for these very themes.
	 */
	if (!PG_ARGISNULL(0) && pgcx_in_aggregate(fcinfo) &&
		DatumGetPointer(PG_GETARG_DATUM(0)) == call->checked)
		s = (ThemeStats *) call->checked;
	else
	{
		s = row_state(fcinfo, call, single);
		if (pgcx_in_aggregate(fcinfo))
			call->checked = (Pointer) s;
	}
	s->totals[k] = pgcx_count_add_in(fcinfo, s->totals[k], 1);
	if (unlikely(s->totals[k] > PG_INT64_MAX / 4))
		check_respondents(s, fcinfo);
	if (!PG_ARGISNULL(2))
	{
		TSVector	v = PG_GETARG_TSVECTOR(2);

		s->totals[3]++;
		for (int i = 0; i < call->nthemes; i++)
			if (DatumGetBool(DirectFunctionCall2(ts_match_vq, PointerGetDatum(v),
												 PointerGetDatum(call->queries[i]))))
				THEME_COUNTS(s)[i].mentions[k]++;
	}
	PG_RETURN_POINTER(s);
}


/* transitions of theme_impact (one theme) and theme_stats, by score type */
#define THEME_TRANSITIONS(type) \
PG_FUNCTION_INFO_V1(theme_impact_trans_##type); \
Datum \
theme_impact_trans_##type(PG_FUNCTION_ARGS) \
{ \
	return theme_transition(fcinfo, pgcx_index_##type, true); \
} \
PG_FUNCTION_INFO_V1(theme_stats_trans_##type); \
Datum \
theme_stats_trans_##type(PG_FUNCTION_ARGS) \
{ \
	return theme_transition(fcinfo, pgcx_index_##type, false); \
}

THEME_TRANSITIONS(int2)
THEME_TRANSITIONS(int4)
THEME_TRANSITIONS(int8)
THEME_TRANSITIONS(numeric)
THEME_TRANSITIONS(float8)

PG_FUNCTION_INFO_V1(theme_stats_combine);

/* Combine function of theme_impact and theme_stats: adds two states. */
Datum
theme_stats_combine(PG_FUNCTION_ARGS)
{
	ThemeStats *s,
			   *t;
	const char *caller = pgcx_caller_name(fcinfo);

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	t = theme_checked(PG_GETARG_DATUM(1));
	if (PG_ARGISNULL(0))
		PG_RETURN_POINTER(pgcx_copy_to_state(fcinfo, t, VARSIZE(t)));
	s = theme_checked(PG_GETARG_DATUM(0));
	require_same_themes(s, t, caller);
	if (!pgcx_in_aggregate(fcinfo) || (Pointer) s != DatumGetPointer(PG_GETARG_DATUM(0)))
		s = pgcx_copy_to_state(fcinfo, s, VARSIZE(s));
	for (int k = 0; k < 4; k++)
		s->totals[k] = pgcx_count_add(s->totals[k], t->totals[k], caller);
	check_respondents(s, fcinfo);
	for (int i = 0; i < s->nthemes; i++)
		for (int k = 0; k < 3; k++)
			THEME_COUNTS(s)[i].mentions[k] =
				pgcx_count_add(THEME_COUNTS(s)[i].mentions[k], THEME_COUNTS(t)[i].mentions[k], caller);
	PG_RETURN_POINTER(s);
}

/* the figures of one theme */
typedef struct ThemeFigures
{
	int64		n;
	int64		comments;
	int64		mentions;
	double		share;
	double		comment_share;
	double		nps;
	double		nps_mentioning;
	double		nps_without;
	double		impact;
	double		std_error;
	double		ci_low;
	double		ci_high;
	bool		null_mentioning;
	bool		null_without;
	bool		null_comment_share;
} ThemeFigures;

/*
 * The figures of theme i (see the top of the file for the interval); a
 * NOTICE when nobody or everybody mentions it.
 */
static void
theme_figures(const ThemeStats *s, int i, ThemeFigures *f)
{
	const int64 *m = THEME_COUNTS(s)[i].mentions;
	const int64 *all = s->totals;
	double		v[3] = {1.0, 0.0, -1.0};
	double		n = (double) (all[0] + all[1] + all[2]),
				mentions = (double) (m[0] + m[1] + m[2]),
				rest = n - mentions,
				a,
				c,
				r,
				sum = 0.0;

	memset(f, 0, sizeof(ThemeFigures));
	f->n = all[0] + all[1] + all[2];
	f->comments = all[3];
	f->mentions = m[0] + m[1] + m[2];
	f->share = 100.0 * mentions / n;
	f->null_comment_share = all[3] == 0;
	if (all[3] > 0)
		f->comment_share = 100.0 * mentions / (double) all[3];
	a = (double) (all[0] - all[2]) / n;
	f->nps = 100.0 * a;
	f->null_mentioning = f->mentions == 0;
	if (f->mentions > 0)
		f->nps_mentioning = 100.0 * (double) (m[0] - m[2]) / mentions;
	if (rest == 0)
	{
		f->null_without = true;
		ereport(NOTICE,
				(errmsg("every respondent mentions theme \"%s\"", theme_name(s, i)),
				 errdetail("The NPS without them, the impact and its interval are NULL.")));
		return;
	}
	if (f->mentions == 0)
		ereport(NOTICE,
				(errmsg("no comment mentions theme \"%s\"", theme_name(s, i)),
				 errdetail("Its impact is 0.")));
	c = rest / n;
	r = (double) ((all[0] - m[0]) - (all[2] - m[2])) / rest;
	f->nps_without = 100.0 * r;
	f->impact = f->nps - f->nps_without;
	for (int k = 0; k < 3; k++)
	{
		double		if_mention = v[k] - a,
					if_rest = v[k] - a - (v[k] - r) / c;

		sum += (double) m[k] * if_mention * if_mention +
			(double) (all[k] - m[k]) * if_rest * if_rest;
	}
	f->std_error = 100.0 * sqrt(sum) / n;
	f->ci_low = f->impact - PGCX_Z975 * f->std_error;
	f->ci_high = f->impact + PGCX_Z975 * f->std_error;
}

/* The columns of one theme's figures into values/nulls from `at`. */
static void
figure_values(const ThemeFigures *f, Datum *values, bool *nulls)
{
	values[0] = Int64GetDatum(f->n);
	values[1] = Int64GetDatum(f->comments);
	values[2] = Int64GetDatum(f->mentions);
	values[3] = Float8GetDatum(f->share);
	values[4] = Float8GetDatum(f->comment_share);
	nulls[4] = f->null_comment_share;
	values[5] = Float8GetDatum(f->nps);
	values[6] = Float8GetDatum(f->nps_mentioning);
	nulls[6] = f->null_mentioning;
	values[7] = Float8GetDatum(f->nps_without);
	values[8] = Float8GetDatum(f->impact);
	values[9] = Float8GetDatum(f->std_error);
	values[10] = Float8GetDatum(f->ci_low);
	values[11] = Float8GetDatum(f->ci_high);
	for (int k = 7; k <= 11; k++)
		nulls[k] = f->null_without;
}

#define THEME_COLUMNS 12

PG_FUNCTION_INFO_V1(theme_impact_final);

/* Final function of theme_impact: the composite theme_impact. */
Datum
theme_impact_final(PG_FUNCTION_ARGS)
{
	ThemeStats *s;
	ThemeFigures f;
	TupleDesc	desc;
	Datum		values[THEME_COLUMNS];
	bool		nulls[THEME_COLUMNS];

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	s = theme_checked(PG_GETARG_DATUM(0));
	if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "theme_impact must return a composite");
	desc = BlessTupleDesc(desc);
	theme_figures(s, 0, &f);
	memset(nulls, 0, sizeof(nulls));
	figure_values(&f, values, nulls);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(desc, values, nulls)));
}

/* a theme of the ranking */
typedef struct RankedTheme
{
	char	   *name;
	ThemeFigures f;
} RankedTheme;

/* Orders themes by impact ascending (NULL last), then name. */
static int
ranked_cmp(const void *x, const void *y)
{
	const RankedTheme *a = (const RankedTheme *) x;
	const RankedTheme *b = (const RankedTheme *) y;

	if (a->f.null_without != b->f.null_without)
		return a->f.null_without ? 1 : -1;
	if (!a->f.null_without && a->f.impact != b->f.impact)
		return a->f.impact < b->f.impact ? -1 : 1;
	return strcmp(a->name, b->name);
}

PG_FUNCTION_INFO_V1(theme_ranking);

/* theme_ranking(theme_stats): every theme's figures, most harmful first. */
Datum
theme_ranking(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	ThemeStats *s;
	RankedTheme *themes;

	InitMaterializedSRF(fcinfo, 0);
	if (PG_ARGISNULL(0))
		return (Datum) 0;
	s = theme_checked(PG_GETARG_DATUM(0));
	themes = palloc(sizeof(RankedTheme) * s->nthemes);
	for (int i = 0; i < s->nthemes; i++)
	{
		themes[i].name = theme_name(s, i);
		theme_figures(s, i, &themes[i].f);
	}
	qsort(themes, s->nthemes, sizeof(RankedTheme), ranked_cmp);
	for (int i = 0; i < s->nthemes; i++)
	{
		Datum		values[THEME_COLUMNS + 1];
		bool		nulls[THEME_COLUMNS + 1];

		memset(nulls, 0, sizeof(nulls));
		values[0] = CStringGetTextDatum(themes[i].name);
		figure_values(&themes[i].f, values + 1, nulls + 1);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}
