/*
 * score_dist.c
 *		The score_dist type: text and binary I/O, validation, merging
 *		(the + operator and the rollup aggregate) and the basic accessors.
 *
 * The stored format is described in score_dist.h.  Every way a value can enter
 * the server (text input, binary receive, a function argument read from a
 * table) goes through score_dist_problem(), so a malformed value is refused
 * with a clear error instead of being trusted.
 */
#include "postgres.h"

#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"

#include "common/aggregate.h"
#include "common/compare.h"
#include "common/format.h"
#include "common/parse.h"
#include "scores/score_dist.h"

PG_FUNCTION_INFO_V1(score_dist_in);
PG_FUNCTION_INFO_V1(score_dist_out);
PG_FUNCTION_INFO_V1(score_dist_recv);
PG_FUNCTION_INFO_V1(score_dist_send);
PG_FUNCTION_INFO_V1(score_dist_to_jsonb);
PG_FUNCTION_INFO_V1(score_dist_from_jsonb);
PG_FUNCTION_INFO_V1(score_dist_plus);
PG_FUNCTION_INFO_V1(score_dist_merge_inv);
PG_FUNCTION_INFO_V1(score_dist_combine);
PG_FUNCTION_INFO_V1(score_dist_final);
PG_FUNCTION_INFO_V1(score_dist_n_sql);
PG_FUNCTION_INFO_V1(score_dist_count_at);

/* Allocates an empty distribution on [lo, hi] in the current context. */
ScoreDist *
score_dist_new(int lo, int hi)
{
	Size		size = SCORE_DIST_SIZE(hi - lo + 1);
	ScoreDist  *d = (ScoreDist *) palloc0(size);

	SET_VARSIZE(d, size);
	d->version = SCORE_DIST_VERSION;
	d->flags = 0;
	d->lo = (uint8) lo;
	d->hi = (uint8) hi;
	return d;
}

/* Copies a distribution into the current memory context. */
ScoreDist *
score_dist_copy(const ScoreDist *d)
{
	ScoreDist  *c = (ScoreDist *) palloc(VARSIZE(d));

	memcpy(c, d, VARSIZE(d));
	return c;
}

/* Says what is wrong with a stored distribution of `size` bytes, or NULL. */
const char *
score_dist_problem(const ScoreDist *d, Size size)
{
	int64		total = 0;
	int			i;
	const char *problem;

	if (size < offsetof(ScoreDist, counts))
		return "The value is shorter than its header.";
	problem = pgcx_version_problem("score_dist", d->version, SCORE_DIST_VERSION);
	if (problem)
		return problem;
	if (d->flags != 0)
		return "The flags word has bits that version 1 does not define.";
	if (d->lo >= d->hi || d->hi > SCORE_MAX)
		return "The scale must satisfy 0 <= lo < hi <= 100.";
	if (size != SCORE_DIST_SIZE(SCORE_DIST_NSCORES(d)))
		return "The number of counts does not match the scale.";
	for (i = 0; i < SCORE_DIST_NSCORES(d); i++)
	{
		if (d->counts[i] < 0)
			return "Counts must not be negative.";
		if (pg_add_s64_overflow(total, d->counts[i], &total))
			return "The total count does not fit in a bigint.";
	}
	return NULL;
}

/* Detoasts a score_dist argument and refuses it unless it is well formed. */
ScoreDist *
score_dist_checked(Datum datum)
{
	ScoreDist  *d = DatumGetScoreDist(datum);
	const char *problem = score_dist_problem(d, VARSIZE(d));

	if (problem)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("corrupted score_dist value"),
				 errdetail("%s", problem)));
	return d;
}

/*
 * The key of a score_dist (compare.h), validated: lo, hi, then the counts
 * from the lowest score.
 */
static void
score_dist_key(Datum value, PgcxKey *key)
{
	ScoreDist  *d = score_dist_checked(value);

	key->value = d;
	pgcx_key_head(key, d->lo);
	pgcx_key_head(key, d->hi);
	key->body = d->counts;
	key->nbody = SCORE_DIST_NSCORES(d);
}

/*
 * = <> < <= > >=, btree and hash support of score_dist (compare.h):
 * score_dist_eq, score_dist_ne, score_dist_lt, score_dist_le,
 * score_dist_gt, score_dist_ge, score_dist_cmp, score_dist_hash,
 * score_dist_hash_extended
 */
PGCX_COMPARISON_FUNCTIONS(score_dist, score_dist_key)

/* Refuses to combine distributions of two different scales. */
void
score_dist_require_same_scale(const ScoreDist *a, const ScoreDist *b,
							  const char *caller)
{
	if (a->lo != b->lo || a->hi != b->hi)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot merge a score_dist on %d-%d with one on %d-%d in %s",
						a->lo, a->hi, b->lo, b->hi, caller),
				 errdetail("Distributions merge only when their scales are equal.")));
}

/* Adds the counts of `from` into `into` (same scale), checking overflow. */
void
score_dist_add_into(ScoreDist *into, const ScoreDist *from, const char *caller)
{
	int			i;

	score_dist_require_same_scale(into, from, caller);
	for (i = 0; i < SCORE_DIST_NSCORES(into); i++)
		into->counts[i] = pgcx_count_add(into->counts[i], from->counts[i],
										 caller);
	(void) score_dist_n(into);	/* the total must fit as well */
}

/* Number of answers in a distribution; ERROR if it overflows. */
int64
score_dist_n(const ScoreDist *d)
{
	int64		n = 0;
	int			i;

	for (i = 0; i < SCORE_DIST_NSCORES(d); i++)
		n = pgcx_count_add(n, d->counts[i], "score_dist");
	return n;
}

/* Number of answers among the k highest scores (1 <= k <= nscores). */
int64
score_dist_top(const ScoreDist *d, int k)
{
	int64		n = 0;
	int			i;

	for (i = SCORE_DIST_NSCORES(d) - k; i < SCORE_DIST_NSCORES(d); i++)
		n += d->counts[i];
	return n;
}

/*
 * Does d look like answers of a smaller scale read on 0-10?  True for a
 * distribution on 0-10 (the default scale when none is given) with answers,
 * all at or below SCORE_SMALL_SCALE_MAX; *n, *lowest and *highest then
 * describe its answers.
 */
static bool
smaller_scale_answers(const ScoreDist *d, int64 *n, int *lowest, int *highest)
{
	int			i;

	*n = 0;
	*lowest = *highest = -1;
	if (d->lo != 0 || d->hi != 10)
		return false;
	for (i = 0; i < SCORE_DIST_NSCORES(d); i++)
	{
		if (d->counts[i] == 0)
			continue;
		if (*lowest < 0)
			*lowest = i;
		*highest = i;
		*n += d->counts[i];
	}
	return *highest >= 0 && *highest <= SCORE_SMALL_SCALE_MAX;
}

/* Is d a 0-10 value whose answers all lie at or below SCORE_SMALL_SCALE_MAX? */
bool
score_dist_smaller_scale(const ScoreDist *d)
{
	int64		n;
	int			lowest,
				highest;

	return smaller_scale_answers(d, &n, &lowest, &highest);
}

/*
 * The box-scale check of a top- or bottom-box read (CSAT, top_box,
 * bottom_box, the csat and top2 columns of series) of a distribution on the
 * 0-10 scale, the default when none is given, whose answers all lie at or
 * below SCORE_SMALL_SCALE_MAX: they come from a smaller scale (1-5 CSAT, 1-7
 * CES), and the boxes of 0-10 (9 and 10 at the top) would read them as a
 * silent 0.  Genuine 0-10 answers with none above it are refused too (the
 * hint says how to read them).  At ERROR the read is refused; at NOTICE the
 * caller leaves its box columns NULL and says so.  `builder` is the start of
 * the call that builds the value on its own scale, completed by the hint
 * with the scale its answers suggest.  Empty distributions pass (their share
 * is NULL).  Returns whether the boxes can be read.
 */
bool
score_dist_check_box_scale(const ScoreDist *d, const char *caller,
						   const char *builder, int elevel)
{
	int64		n;
	int			lowest,
				highest;

	if (!smaller_scale_answers(d, &n, &lowest, &highest))
		return true;
	ereport(elevel,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 elevel >= ERROR ?
			 errmsg("%s cannot read the boxes of a 0-10 value whose answers all lie at or below %d",
					caller, SCORE_SMALL_SCALE_MAX) :
			 errmsg("%s leaves its box columns (csat, top2) NULL: the answers of this 0-10 value all lie at or below %d",
					caller, SCORE_SMALL_SCALE_MAX),
			 errdetail("The value is on 0-10, the scale used when none is given, whose top two boxes are 9 and 10; "
					   "its " INT64_FORMAT " answers lie within %d-%d, as answers on a smaller scale (1-5 CSAT, 1-7 CES) do.",
					   n, lowest, highest),
			 errhint("Build it on the answers' own scale, e.g. %s, %d, %d). "
					 "For answers truly on 0-10, nps_stats gives the promoters (9-10) and count_at each score.",
					 builder, lowest == 0 ? 0 : 1, highest <= 5 ? 5 : SCORE_SMALL_SCALE_MAX)));
	return false;
}

/* Refuses a box read of d (score_dist_check_box_scale at ERROR). */
void
score_dist_require_box_scale(const ScoreDist *d, const char *caller,
							 const char *builder)
{
	(void) score_dist_check_box_scale(d, caller, builder, ERROR);
}

/* Mean score, exact up to the final division; NaN-free (n > 0 required). */
double
score_dist_mean(const ScoreDist *d)
{
	int			i;
#ifdef HAVE_INT128
	int128		sum = 0;
	int128		n = 0;

	for (i = 0; i < SCORE_DIST_NSCORES(d); i++)
	{
		sum += (int128) d->counts[i] * (d->lo + i);
		n += d->counts[i];
	}
#else
	long double sum = 0;
	long double n = 0;

	for (i = 0; i < SCORE_DIST_NSCORES(d); i++)
	{
		sum += (long double) d->counts[i] * (d->lo + i);
		n += d->counts[i];
	}
#endif
	return (double) ((long double) sum / (long double) n);
}

/* The keys of the text form, and what they hold while it is read. */
static const char *const sd_keys[] = {"lo", "hi", "counts"};

typedef struct SdText
{
	int64		lo;
	int64		hi;
	int			ncounts;
	int64		counts[SCORE_MAX + 1];
} SdText;

/* Reads the value of one key of the text form (a PgcxValueReader). */
static void
sd_read_value(PgcxParser *ps, int key, void *target)
{
	SdText	   *t = (SdText *) target;

	if (key == 0)
		t->lo = pgcx_parse_count(ps, "lo");
	else if (key == 1)
		t->hi = pgcx_parse_count(ps, "hi");
	else
		t->ncounts = pgcx_parse_counts(ps, "counts", t->counts, SCORE_MAX + 1);
}

/*
 * Parses the text form {"lo":L,"hi":H,"counts":[...]}, keys in any order;
 * `str` is the text input or the text of a jsonb.
 */
static ScoreDist *
score_dist_parse(const char *str)
{
	PgcxParser	ps = {str, str, "score_dist",
		"The form is {\"lo\":0,\"hi\":10,\"counts\":[c0,...,c10]}."};
	SdText		t;
	ScoreDist  *d;
	const char *problem;

	pgcx_parse_object(&ps, sd_keys, lengthof(sd_keys), sd_read_value, &t);
	if (t.lo >= t.hi || t.hi > SCORE_MAX)
		pgcx_parse_fail(&ps, "The scale must satisfy 0 <= lo < hi <= 100.");
	if (t.ncounts != t.hi - t.lo + 1)
		pgcx_parse_fail(&ps, psprintf("counts has %d values; the scale %d-%d needs %d.",
									  t.ncounts, (int) t.lo, (int) t.hi,
									  (int) (t.hi - t.lo + 1)));
	d = score_dist_new((int) t.lo, (int) t.hi);
	memcpy(d->counts, t.counts, sizeof(int64) * t.ncounts);
	problem = score_dist_problem(d, VARSIZE(d));
	if (problem)
		pgcx_parse_fail(&ps, problem);
	return d;
}

/* score_dist_in(cstring): text input. */
Datum
score_dist_in(PG_FUNCTION_ARGS)
{
	PG_RETURN_POINTER(score_dist_parse(PG_GETARG_CSTRING(0)));
}

/* Appends the text form of d to buf. */
static void
score_dist_append_text(StringInfo buf, const ScoreDist *d)
{
	int			i;

	appendStringInfo(buf, "{\"lo\":%d,\"hi\":%d,\"counts\":[", d->lo, d->hi);
	for (i = 0; i < SCORE_DIST_NSCORES(d); i++)
		appendStringInfo(buf, i ? "," INT64_FORMAT : INT64_FORMAT,
						 d->counts[i]);
	appendStringInfoString(buf, "]}");
}

/* score_dist_out(score_dist): text output. */
Datum
score_dist_out(PG_FUNCTION_ARGS)
{
	ScoreDist  *d = score_dist_checked(PG_GETARG_DATUM(0));
	StringInfoData buf;

	initStringInfo(&buf);
	score_dist_append_text(&buf, d);
	PG_RETURN_CSTRING(buf.data);
}

/* Raises the 22P03 error of a malformed binary score_dist. */
static void
recv_fail(const char *detail)
{
	pgcx_recv_fail("score_dist", detail);
}

/* score_dist_recv(internal): binary input, validated like text input. */
Datum
score_dist_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			version,
				flags,
				lo,
				hi,
				i;
	ScoreDist  *d;
	const char *problem;

	pgcx_recv_version(buf, "score_dist", SCORE_DIST_VERSION);
	if (buf->len - buf->cursor < 4)
		recv_fail("The value is shorter than its 4-byte header.");
	version = pq_getmsgbyte(buf);
	flags = pq_getmsgbyte(buf);
	lo = pq_getmsgbyte(buf);
	hi = pq_getmsgbyte(buf);
	problem = pgcx_version_problem("score_dist", version, SCORE_DIST_VERSION);
	if (problem)
		recv_fail(problem);
	if (flags != 0)
		recv_fail("The flags word has bits that version 1 does not define.");
	if (lo >= hi || hi > SCORE_MAX)
		recv_fail("The scale must satisfy 0 <= lo < hi <= 100.");
	if (buf->len - buf->cursor != (int) sizeof(int64) * (hi - lo + 1))
		recv_fail(psprintf("The scale %d-%d needs %d counts of 8 bytes; %d bytes follow the header.",
						   lo, hi, hi - lo + 1, buf->len - buf->cursor));
	d = score_dist_new(lo, hi);
	for (i = 0; i < SCORE_DIST_NSCORES(d); i++)
		d->counts[i] = pq_getmsgint64(buf);
	problem = score_dist_problem(d, VARSIZE(d));
	if (problem)
		recv_fail(problem);
	PG_RETURN_POINTER(d);
}

/* score_dist_send(score_dist): binary output. */
Datum
score_dist_send(PG_FUNCTION_ARGS)
{
	ScoreDist  *d = score_dist_checked(PG_GETARG_DATUM(0));
	StringInfoData buf;
	int			i;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, d->version);
	pq_sendbyte(&buf, d->flags);
	pq_sendbyte(&buf, d->lo);
	pq_sendbyte(&buf, d->hi);
	for (i = 0; i < SCORE_DIST_NSCORES(d); i++)
		pq_sendint64(&buf, d->counts[i]);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* score_dist::jsonb: the text form is JSON, so jsonb parses it. */
Datum
score_dist_to_jsonb(PG_FUNCTION_ARGS)
{
	ScoreDist  *d = score_dist_checked(PG_GETARG_DATUM(0));
	StringInfoData buf;

	initStringInfo(&buf);
	score_dist_append_text(&buf, d);
	return DirectFunctionCall1(jsonb_in, CStringGetDatum(buf.data));
}

/*
 * score_dist_from_jsonb(jsonb): the cast from jsonb, which reads the text
 * of the jsonb as text input does.
 */
Datum
score_dist_from_jsonb(PG_FUNCTION_ARGS)
{
	PG_RETURN_POINTER(score_dist_parse(pgcx_jsonb_cstring(PG_GETARG_DATUM(0))));
}

/* score_dist + score_dist: a new distribution with the summed counts. */
Datum
score_dist_plus(PG_FUNCTION_ARGS)
{
	ScoreDist  *a = score_dist_checked(PG_GETARG_DATUM(0));
	ScoreDist  *b = score_dist_checked(PG_GETARG_DATUM(1));
	ScoreDist  *r = score_dist_copy(a);

	score_dist_add_into(r, b, "score_dist + score_dist");
	PG_RETURN_POINTER(r);
}

/*
 * The state to update in place: the aggregate's own state, or, when called
 * outside an aggregate, a copy of the argument.  `argno` must not be NULL.
 */
static ScoreDist *
writable_state(FunctionCallInfo fcinfo, int argno)
{
	if (pgcx_in_aggregate(fcinfo))
		return (ScoreDist *) PG_GETARG_POINTER(argno);
	return score_dist_copy(score_dist_checked(PG_GETARG_DATUM(argno)));
}

/* rollup's inverse transition: removes a value that was added before. */
Datum
score_dist_merge_inv(PG_FUNCTION_ARGS)
{
	ScoreDist  *value;
	ScoreDist  *state;
	int			i;

	/*
	 * Declared STRICT since 1.1.0; the NULL cases serve a database still
	 * at pgcx 1.0.0, whose script declares it otherwise.
	 */
	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	if (PG_ARGISNULL(0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot remove a score_dist from an empty rollup state"),
				 errdetail("Only a distribution that was added can be removed.")));
	value = score_dist_checked(PG_GETARG_DATUM(1));
	state = writable_state(fcinfo, 0);
	score_dist_require_same_scale(state, value, pgcx_caller_name(fcinfo));
	for (i = 0; i < SCORE_DIST_NSCORES(state); i++)
	{
		if (state->counts[i] < value->counts[i])
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("cannot remove %lld answers at score %d from a rollup state that holds %lld",
							(long long) value->counts[i], state->lo + i,
							(long long) state->counts[i]),
					 errdetail("Only a distribution that was added can be removed.")));
		state->counts[i] -= value->counts[i];
	}
	PG_RETURN_POINTER(state);
}

/*
 * Merges the second distribution into the first, in place inside an
 * aggregate (NULLs are skipped): the combine function of every score
 * aggregate, and the transition of rollup.
 */
Datum
score_dist_combine(PG_FUNCTION_ARGS)
{
	ScoreDist  *state;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	if (PG_ARGISNULL(0))
	{
		ScoreDist  *value = score_dist_checked(PG_GETARG_DATUM(1));

		PG_RETURN_POINTER(pgcx_copy_to_state(fcinfo, value, VARSIZE(value)));
	}
	state = writable_state(fcinfo, 0);
	score_dist_add_into(state, score_dist_checked(PG_GETARG_DATUM(1)),
						pgcx_caller_name(fcinfo));
	PG_RETURN_POINTER(state);
}

/* Final function of score_dist_agg and rollup: NULL when nothing counted. */
Datum
score_dist_final(PG_FUNCTION_ARGS)
{
	ScoreDist  *d = score_dist_checked(PG_GETARG_DATUM(0));

	if (score_dist_n(d) == 0)
		PG_RETURN_NULL();
	PG_RETURN_POINTER(d);
}

/* n(score_dist): answers in all. */
Datum
score_dist_n_sql(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64(score_dist_n(score_dist_checked(PG_GETARG_DATUM(0))));
}

/* count_at(score_dist, score): answers at one score of the scale. */
Datum
score_dist_count_at(PG_FUNCTION_ARGS)
{
	ScoreDist  *d = score_dist_checked(PG_GETARG_DATUM(0));
	int32		score = PG_GETARG_INT32(1);

	if (score < d->lo || score > d->hi)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("score %d is out of range for count_at", score),
				 errdetail("The distribution's scale is %d to %d.", d->lo, d->hi)));
	PG_RETURN_INT64(d->counts[score - d->lo]);
}
