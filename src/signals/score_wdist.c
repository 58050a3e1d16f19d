/*
 * score_wdist.c
 *		The score_wdist type: text and binary I/O, validation, merging (the +
 *		operator, the combine function of the weighted aggregates, rollup
 *		and its inverse) and the accessors that read no estimate (n,
 *		total_weight, n_effective, unweighted, unnest).
 *
 * The stored format is described in score_wdist.h.  Every way a value can
 * enter the server goes through score_wdist_problem(), so a malformed value
 * is refused instead of being trusted.
 */
#include "postgres.h"

#include <math.h>

#include "access/htup_details.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"

#include "common/aggregate.h"
#include "common/format.h"
#include "common/parse.h"
#include "scores/score_dist.h"
#include "signals/score_wdist.h"

PG_FUNCTION_INFO_V1(score_wdist_in);
PG_FUNCTION_INFO_V1(score_wdist_out);
PG_FUNCTION_INFO_V1(score_wdist_recv);
PG_FUNCTION_INFO_V1(score_wdist_send);
PG_FUNCTION_INFO_V1(score_wdist_to_jsonb);
PG_FUNCTION_INFO_V1(score_wdist_from_jsonb);
PG_FUNCTION_INFO_V1(score_wdist_plus);
PG_FUNCTION_INFO_V1(score_wdist_combine);
PG_FUNCTION_INFO_V1(score_wdist_merge_inv);
PG_FUNCTION_INFO_V1(score_wdist_final);
PG_FUNCTION_INFO_V1(score_wdist_n);
PG_FUNCTION_INFO_V1(score_wdist_total_weight);
PG_FUNCTION_INFO_V1(score_wdist_n_effective);
PG_FUNCTION_INFO_V1(score_wdist_unweighted);
PG_FUNCTION_INFO_V1(score_wdist_unnest);

/* the relative slack of the checks between a cell's Σw and Σw² */
#define WDIST_SLACK		1e-9

/* Allocates an empty distribution on [lo, hi] in the current context. */
ScoreWDist *
score_wdist_new(int lo, int hi)
{
	Size		size = SCORE_WDIST_SIZE(hi - lo + 1);
	ScoreWDist *d = (ScoreWDist *) palloc0(size);

	SET_VARSIZE(d, size);
	d->version = SCORE_WDIST_VERSION;
	d->lo = (uint8) lo;
	d->hi = (uint8) hi;
	return d;
}

/* Copies a distribution into the current memory context. */
ScoreWDist *
score_wdist_copy(const ScoreWDist *d)
{
	return (ScoreWDist *) memcpy(palloc(VARSIZE(d)), d, VARSIZE(d));
}

/* Is hi + lo a normalized double-double (lo at most half an ulp of hi)? */
static bool
dd_normal(double hi, double lo)
{
	return isfinite(hi) && isfinite(lo) && hi + lo == hi;
}

/* Says what is wrong with one sum of a cell with answers, or NULL. */
static const char *
sum_problem(const WeightSum *w)
{
	if (!dd_normal(w->sum, w->tail) || !isfinite(w->peak))
		return "Every sum must be a finite double-double whose tail is below half a unit in the last place of its head, with a finite peak.";
	if (!(w->sum > 0))
		return "A score with answers must have positive sums of weights and of squared weights.";
	if (w->peak < w->sum)
		return "A sum's peak must be at least the sum.";
	return NULL;
}

/* Says what is wrong with one cell, or NULL. */
const char *
score_wdist_cell_problem(const ScoreWCell *c)
{
	const char *problem;
	double		w,
				w2;

	if (c->n < 0)
		return "Answer counts must not be negative.";
	if (c->n == 0)
	{
		if (c->ops != 0 || c->w.sum != 0 || c->w.tail != 0 || c->w.peak != 0 ||
			c->w2.sum != 0 || c->w2.tail != 0 || c->w2.peak != 0)
			return "A score without answers must have zero operations, sums and peaks.";
		return NULL;
	}
	if (c->ops < c->n)
		return "A score's operations must be at least its answers.";
	if ((problem = sum_problem(&c->w)) != NULL ||
		(problem = sum_problem(&c->w2)) != NULL)
		return problem;
	w = c->w.sum;
	w2 = c->w2.sum;
	/* (Σw)² / n <= Σw² <= (Σw)², each weight being positive */
	if (w2 > w * w * (1 + WDIST_SLACK) ||
		w2 < w * (w / (double) c->n) * (1 - WDIST_SLACK))
		return "A score's sum of squared weights must lie between the square of its sum of weights divided by its answers and that square.";
	return NULL;
}

/* Says what is wrong with a stored distribution of `size` bytes, or NULL. */
static const char *
score_wdist_problem(const ScoreWDist *d, Size size)
{
	int64		total = 0;
	const char *problem;
	int			i;

	if (size < offsetof(ScoreWDist, cells))
		return "The value is shorter than its header.";
	problem = pgcx_version_problem("score_wdist", d->version, SCORE_WDIST_VERSION);
	if (problem)
		return problem;
	if (d->flags != 0)
		return "The flags word has bits that version 1 does not define.";
	if (d->unused1 != 0 || d->unused2 != 0)
		return "The unused header words must be 0.";
	if (d->lo >= d->hi || d->hi > SCORE_MAX)
		return "The scale must satisfy 0 <= lo < hi <= 100.";
	if (size != SCORE_WDIST_SIZE(SCORE_WDIST_NSCORES(d)))
		return "The number of scores does not match the scale.";
	for (i = 0; i < SCORE_WDIST_NSCORES(d); i++)
	{
		problem = score_wdist_cell_problem(&d->cells[i]);
		if (problem)
			return problem;
		if (pg_add_s64_overflow(total, d->cells[i].n, &total))
			return "The total count does not fit in a bigint.";
	}
	return NULL;
}

/* Detoasts a score_wdist argument and refuses it unless it is well formed. */
ScoreWDist *
score_wdist_checked(Datum datum)
{
	ScoreWDist *d = (ScoreWDist *) PG_DETOAST_DATUM(datum);
	const char *problem = score_wdist_problem(d, VARSIZE(d));

	if (problem)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("corrupted score_wdist value"),
				 errdetail("%s", problem)));
	return d;
}

/*
 * The totals of d: answers, Σw and Σw² over every score, each sum taken as
 * a double-double and rounded once.
 */
void
score_wdist_totals(const ScoreWDist *d, WeightedTotals *t)
{
	WeightSum	w = {0},
				w2 = {0};
	int			i;

	t->n = 0;
	for (i = 0; i < SCORE_WDIST_NSCORES(d); i++)
	{
		const ScoreWCell *c = &d->cells[i];

		t->n = pgcx_count_add(t->n, c->n, "score_wdist");
		wsum_merge(&w, &c->w, 1);
		wsum_merge(&w2, &c->w2, 1);
	}
	t->weight = w.sum + w.tail;
	t->weight2 = w2.sum + w2.tail;
}

/* The keys of the text form, and what they hold while it is read. */
static const char *const wd_keys[] = {"lo", "hi", "n", "ops", "w", "w_tail", "w_peak", "w2", "w2_tail", "w2_peak"};
#define WD_NSUMS	6

typedef struct WdText
{
	int64		lo;
	int64		hi;
	int			count[2 + WD_NSUMS];	/* values read in each array */
	int64		n[SCORE_MAX + 1];
	int64		ops[SCORE_MAX + 1];
	double		sums[WD_NSUMS][SCORE_MAX + 1];	/* w, w_tail, w_peak, w2, ... */
} WdText;

/* Reads the value of one key of the text form (a PgcxValueReader). */
static void
wd_read_value(PgcxParser *ps, int key, void *target)
{
	WdText	   *t = (WdText *) target;

	if (key == 0)
		t->lo = pgcx_parse_count(ps, "lo");
	else if (key == 1)
		t->hi = pgcx_parse_count(ps, "hi");
	else if (key == 2)
		t->count[0] = pgcx_parse_counts(ps, "n", t->n, SCORE_MAX + 1);
	else if (key == 3)
		t->count[1] = pgcx_parse_counts(ps, "ops", t->ops, SCORE_MAX + 1);
	else
		t->count[key - 2] = pgcx_parse_float8s(ps, wd_keys[key], t->sums[key - 4],
											   SCORE_MAX + 1);
}

/*
 * Parses the text form {"lo":L,"hi":H,"n":[...],"ops":[...],"w":[...],
 * "w_tail":[...],"w_peak":[...],"w2":[...],"w2_tail":[...],"w2_peak":[...]},
 * keys in any order.
 */
static ScoreWDist *
score_wdist_parse(const char *str)
{
	PgcxParser	ps = {str, str, "score_wdist",
		"The form is {\"lo\":0,\"hi\":10,\"n\":[...],\"ops\":[...],\"w\":[...],\"w_tail\":[...],\"w_peak\":[...],\"w2\":[...],\"w2_tail\":[...],\"w2_peak\":[...]}, one value per score in each array."};
	WdText		t;
	ScoreWDist *d;
	const char *problem;
	int			nscores,
				k,
				i;

	pgcx_parse_object(&ps, wd_keys, lengthof(wd_keys), wd_read_value, &t);
	if (t.lo >= t.hi || t.hi > SCORE_MAX)
		pgcx_parse_fail(&ps, "The scale must satisfy 0 <= lo < hi <= 100.");
	nscores = (int) (t.hi - t.lo + 1);
	for (k = 0; k < 2 + WD_NSUMS; k++)
		if (t.count[k] != nscores)
			pgcx_parse_fail(&ps, psprintf("%s has %d values; the scale %d-%d needs %d.",
										  wd_keys[k + 2], t.count[k], (int) t.lo,
										  (int) t.hi, nscores));
	d = score_wdist_new((int) t.lo, (int) t.hi);
	for (i = 0; i < nscores; i++)
	{
		d->cells[i].n = t.n[i];
		d->cells[i].ops = t.ops[i];
		d->cells[i].w = (WeightSum) {t.sums[0][i], t.sums[1][i], t.sums[2][i]};
		d->cells[i].w2 = (WeightSum) {t.sums[3][i], t.sums[4][i], t.sums[5][i]};
	}
	problem = score_wdist_problem(d, VARSIZE(d));
	if (problem)
		pgcx_parse_fail(&ps, problem);
	return d;
}

/* score_wdist_in(cstring): text input. */
Datum
score_wdist_in(PG_FUNCTION_ARGS)
{
	PG_RETURN_POINTER(score_wdist_parse(PG_GETARG_CSTRING(0)));
}

/* Appends the array of one field of every cell (offset into ScoreWCell). */
static void
append_sums(StringInfo buf, const ScoreWDist *d, const char *key, Size offset)
{
	int			i;

	appendStringInfo(buf, ",\"%s\":[", key);
	for (i = 0; i < SCORE_WDIST_NSCORES(d); i++)
	{
		if (i)
			appendStringInfoChar(buf, ',');
		pgcx_append_float8(buf, *(const double *) ((const char *) &d->cells[i] + offset));
	}
	appendStringInfoChar(buf, ']');
}

/* Appends the text form of d to buf: every float8 reads back exactly. */
static void
score_wdist_append_text(StringInfo buf, const ScoreWDist *d)
{
	int			i;

	appendStringInfo(buf, "{\"lo\":%d,\"hi\":%d,\"n\":[", d->lo, d->hi);
	for (i = 0; i < SCORE_WDIST_NSCORES(d); i++)
		appendStringInfo(buf, i ? "," INT64_FORMAT : INT64_FORMAT, d->cells[i].n);
	appendStringInfoString(buf, "],\"ops\":[");
	for (i = 0; i < SCORE_WDIST_NSCORES(d); i++)
		appendStringInfo(buf, i ? "," INT64_FORMAT : INT64_FORMAT, d->cells[i].ops);
	appendStringInfoChar(buf, ']');
	append_sums(buf, d, "w", offsetof(ScoreWCell, w.sum));
	append_sums(buf, d, "w_tail", offsetof(ScoreWCell, w.tail));
	append_sums(buf, d, "w_peak", offsetof(ScoreWCell, w.peak));
	append_sums(buf, d, "w2", offsetof(ScoreWCell, w2.sum));
	append_sums(buf, d, "w2_tail", offsetof(ScoreWCell, w2.tail));
	append_sums(buf, d, "w2_peak", offsetof(ScoreWCell, w2.peak));
	appendStringInfoChar(buf, '}');
}

/* score_wdist_out(score_wdist): text output. */
Datum
score_wdist_out(PG_FUNCTION_ARGS)
{
	ScoreWDist *d = score_wdist_checked(PG_GETARG_DATUM(0));
	StringInfoData buf;

	initStringInfo(&buf);
	score_wdist_append_text(&buf, d);
	PG_RETURN_CSTRING(buf.data);
}

/* A float8 of the binary form, finite or refused. */
static double
recv_float8(StringInfo buf)
{
	double		v = pq_getmsgfloat8(buf);

	if (!isfinite(v))
		pgcx_recv_fail("score_wdist", "Every sum must be finite.");
	return v + 0.0;				/* -0 is 0 */
}

/* score_wdist_recv(internal): binary input, validated like text input. */
Datum
score_wdist_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			version,
				flags,
				lo,
				hi,
				i;
	ScoreWDist *d;
	const char *problem;

	pgcx_recv_version(buf, "score_wdist", SCORE_WDIST_VERSION);
	if (buf->len - buf->cursor < 4)
		pgcx_recv_fail("score_wdist", "The value is shorter than its 4-byte header.");
	version = pq_getmsgbyte(buf);
	flags = pq_getmsgbyte(buf);
	lo = pq_getmsgbyte(buf);
	hi = pq_getmsgbyte(buf);
	problem = pgcx_version_problem("score_wdist", version, SCORE_WDIST_VERSION);
	if (problem)
		pgcx_recv_fail("score_wdist", problem);
	if (flags != 0)
		pgcx_recv_fail("score_wdist", "The flags word has bits that version 1 does not define.");
	if (lo >= hi || hi > SCORE_MAX)
		pgcx_recv_fail("score_wdist", "The scale must satisfy 0 <= lo < hi <= 100.");
	if (buf->len - buf->cursor != (int) sizeof(ScoreWCell) * (hi - lo + 1))
		pgcx_recv_fail("score_wdist",
					   psprintf("The scale %d-%d needs %d scores of %d bytes; %d bytes follow the header.",
								lo, hi, hi - lo + 1, (int) sizeof(ScoreWCell),
								buf->len - buf->cursor));
	d = score_wdist_new(lo, hi);
	for (i = 0; i < SCORE_WDIST_NSCORES(d); i++)
	{
		ScoreWCell *c = &d->cells[i];

		c->n = pq_getmsgint64(buf);
		c->ops = pq_getmsgint64(buf);
		c->w.sum = recv_float8(buf);
		c->w.tail = recv_float8(buf);
		c->w.peak = recv_float8(buf);
		c->w2.sum = recv_float8(buf);
		c->w2.tail = recv_float8(buf);
		c->w2.peak = recv_float8(buf);
	}
	problem = score_wdist_problem(d, VARSIZE(d));
	if (problem)
		pgcx_recv_fail("score_wdist", problem);
	PG_RETURN_POINTER(d);
}

/* score_wdist_send(score_wdist): binary output. */
Datum
score_wdist_send(PG_FUNCTION_ARGS)
{
	ScoreWDist *d = score_wdist_checked(PG_GETARG_DATUM(0));
	StringInfoData buf;
	int			i;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, d->version);
	pq_sendbyte(&buf, d->flags);
	pq_sendbyte(&buf, d->lo);
	pq_sendbyte(&buf, d->hi);
	for (i = 0; i < SCORE_WDIST_NSCORES(d); i++)
	{
		const ScoreWCell *c = &d->cells[i];

		pq_sendint64(&buf, c->n);
		pq_sendint64(&buf, c->ops);
		pq_sendfloat8(&buf, c->w.sum);
		pq_sendfloat8(&buf, c->w.tail);
		pq_sendfloat8(&buf, c->w.peak);
		pq_sendfloat8(&buf, c->w2.sum);
		pq_sendfloat8(&buf, c->w2.tail);
		pq_sendfloat8(&buf, c->w2.peak);
	}
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* score_wdist::jsonb: the text form is JSON, so jsonb parses it. */
Datum
score_wdist_to_jsonb(PG_FUNCTION_ARGS)
{
	ScoreWDist *d = score_wdist_checked(PG_GETARG_DATUM(0));
	StringInfoData buf;

	initStringInfo(&buf);
	score_wdist_append_text(&buf, d);
	return DirectFunctionCall1(jsonb_in, CStringGetDatum(buf.data));
}

/* jsonb::score_wdist: reads the text of the jsonb as text input does. */
Datum
score_wdist_from_jsonb(PG_FUNCTION_ARGS)
{
	PG_RETURN_POINTER(score_wdist_parse(pgcx_jsonb_cstring(PG_GETARG_DATUM(0))));
}

/* Refuses to merge distributions of two different scales. */
static void
require_same_scale(const ScoreWDist *a, const ScoreWDist *b, const char *caller)
{
	if (a->lo != b->lo || a->hi != b->hi)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot merge a score_wdist on %d-%d with one on %d-%d in %s",
						a->lo, a->hi, b->lo, b->hi, caller),
				 errdetail("Distributions merge only when their scales are equal.")));
}

/* Raises the 22003 error of a sum of weights past the range of float8. */
static void
sum_overflow(const char *caller)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("sum of weights out of range in %s", caller),
			 errdetail("A sum of weights or of squared weights exceeds the range of double precision.")));
}

/* Adds the cells of `from` into `into` (same scale). */
static void
add_into(ScoreWDist *into, const ScoreWDist *from, const char *caller)
{
	int			i;

	require_same_scale(into, from, caller);
	for (i = 0; i < SCORE_WDIST_NSCORES(into); i++)
	{
		ScoreWCell *a = &into->cells[i];
		const ScoreWCell *b = &from->cells[i];

		a->n = pgcx_count_add(a->n, b->n, caller);
		a->ops = pgcx_count_add(a->ops, b->ops, caller);
		wsum_merge(&a->w, &b->w, 1);
		wsum_merge(&a->w2, &b->w2, 1);
		if (!isfinite(a->w.sum) || !isfinite(a->w2.sum))
			sum_overflow(caller);
	}
	{
		WeightedTotals t;

		score_wdist_totals(into, &t);	/* the total count must fit */
		if (!isfinite(t.weight) || !isfinite(t.weight2))
			sum_overflow(caller);
	}
}

/* score_wdist + score_wdist: a new distribution with the summed cells. */
Datum
score_wdist_plus(PG_FUNCTION_ARGS)
{
	ScoreWDist *r = score_wdist_copy(score_wdist_checked(PG_GETARG_DATUM(0)));

	add_into(r, score_wdist_checked(PG_GETARG_DATUM(1)), "score_wdist + score_wdist");
	PG_RETURN_POINTER(r);
}

/*
 * The state to update in place: the aggregate's own state, or, when called
 * outside an aggregate, a copy of the argument.
 */
static ScoreWDist *
writable_state(FunctionCallInfo fcinfo, int argno)
{
	if (pgcx_in_aggregate(fcinfo))
		return (ScoreWDist *) PG_GETARG_POINTER(argno);
	return score_wdist_copy(score_wdist_checked(PG_GETARG_DATUM(argno)));
}

/*
 * Merges the second distribution into the first, in place inside an
 * aggregate: the combine function of every weighted aggregate and the
 * transition of rollup(score_wdist).  Strict: a NULL value is skipped and
 * the first non-NULL one is copied as the state by the executor.
 */
Datum
score_wdist_combine(PG_FUNCTION_ARGS)
{
	ScoreWDist *state = writable_state(fcinfo, 0);

	add_into(state, score_wdist_checked(PG_GETARG_DATUM(1)), pgcx_caller_name(fcinfo));
	PG_RETURN_POINTER(state);
}

/*
 * rollup's inverse transition: removes a distribution that was added
 * before.  A score whose answers are all removed is exactly empty again.
 * A removal whose result is not a valid state (a sum at or below zero, an
 * error bound past 2^-60 of its sum, Σw² off its bounds, operations past
 * 2^63 - 1) cannot be trusted:
 * inside a moving window, NULL makes PostgreSQL compute the frame anew
 * from its rows; called directly, it is refused.
 */
Datum
score_wdist_merge_inv(PG_FUNCTION_ARGS)
{
	ScoreWDist *value = score_wdist_checked(PG_GETARG_DATUM(1));
	ScoreWDist *state = writable_state(fcinfo, 0);
	int			i;

	require_same_scale(state, value, pgcx_caller_name(fcinfo));
	for (i = 0; i < SCORE_WDIST_NSCORES(state); i++)
	{
		ScoreWCell *a = &state->cells[i];
		const ScoreWCell *b = &value->cells[i];
		const char *problem;

		if (a->n < b->n)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("cannot remove %lld answers at score %d from a rollup state that holds %lld",
							(long long) b->n, state->lo + i, (long long) a->n),
					 errdetail("Only a distribution that was added can be removed.")));
		a->n -= b->n;
		if (a->n == 0)
		{
			memset(a, 0, sizeof(ScoreWCell));
			continue;
		}
		/* b's own operations, and its removal */
		if (pg_add_s64_overflow(a->ops, b->ops, &a->ops) ||
			pg_add_s64_overflow(a->ops, 1, &a->ops))
			problem = "The operations behind the sums left would pass 2^63 - 1.";
		else
		{
			wsum_merge(&a->w, &b->w, -1);
			wsum_merge(&a->w2, &b->w2, -1);
			problem = score_wdist_cell_problem(a);
			if (problem == NULL &&
				!(wsum_accurate(&a->w, a->ops) && wsum_accurate(&a->w2, a->ops)))
				problem = "The sums left would not be exact to 2^-60 (see w_peak and ops).";
		}
		if (problem == NULL)
			continue;
		if (pgcx_in_aggregate(fcinfo))
			PG_RETURN_NULL();	/* the window computes its frame anew */
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot remove weights summing to %s at score %d from this score_wdist",
						pgcx_float8_text(b->w.sum), state->lo + i),
				 errdetail("What would be left is not a valid state: %s", problem),
				 errhint("Only a distribution that was added can be removed, and only while the sums left stay exact to 2^-60.")));
	}
	PG_RETURN_POINTER(state);
}

/*
 * Final function of score_wdist_agg and rollup: NULL when no answer has a
 * positive weight.
 */
Datum
score_wdist_final(PG_FUNCTION_ARGS)
{
	ScoreWDist *d = score_wdist_checked(PG_GETARG_DATUM(0));
	WeightedTotals t;

	score_wdist_totals(d, &t);
	if (t.n == 0)
		PG_RETURN_NULL();
	PG_RETURN_POINTER(d);
}

/* n(score_wdist): answers with a positive weight. */
Datum
score_wdist_n(PG_FUNCTION_ARGS)
{
	WeightedTotals t;

	score_wdist_totals(score_wdist_checked(PG_GETARG_DATUM(0)), &t);
	PG_RETURN_INT64(t.n);
}

/* total_weight(score_wdist): the sum of the weights; NULL without answers. */
Datum
score_wdist_total_weight(PG_FUNCTION_ARGS)
{
	WeightedTotals t;

	score_wdist_totals(score_wdist_checked(PG_GETARG_DATUM(0)), &t);
	if (t.n == 0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(t.weight);
}

/*
 * n_effective(score_wdist): Kish's effective sample size (Σw)² / Σw², NULL
 * without answers.
 */
Datum
score_wdist_n_effective(PG_FUNCTION_ARGS)
{
	WeightedTotals t;

	score_wdist_totals(score_wdist_checked(PG_GETARG_DATUM(0)), &t);
	if (t.n == 0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(t.weight * (t.weight / t.weight2));
}

/* The answer counts of d as a score_dist, in the current context. */
ScoreDist *
score_wdist_counts(const ScoreWDist *d)
{
	ScoreDist  *r = score_dist_new(d->lo, d->hi);
	int			i;

	for (i = 0; i < SCORE_WDIST_NSCORES(d); i++)
		r->counts[i] = d->cells[i].n;
	return r;
}

/* unweighted(score_wdist): the answer counts as a score_dist. */
Datum
score_wdist_unweighted(PG_FUNCTION_ARGS)
{
	PG_RETURN_POINTER(score_wdist_counts(score_wdist_checked(PG_GETARG_DATUM(0))));
}

/*
 * unnest(score_wdist): one row per score, lowest first: score, answers,
 * weight (Σw), weight_squared (Σw²), share (of the total weight, in %; NULL
 * without answers).
 */
/* What unnest carries from row to row. */
typedef struct WdUnnest
{
	ScoreWDist *d;
	double		total;			/* Σw, NaN without answers */
} WdUnnest;

Datum
score_wdist_unnest(PG_FUNCTION_ARGS)
{
	FuncCallContext *funcctx;
	WdUnnest   *u;
	int			i;

	if (SRF_IS_FIRSTCALL())
	{
		MemoryContext old;
		TupleDesc	tupdesc;
		WeightedTotals t;

		funcctx = SRF_FIRSTCALL_INIT();
		old = MemoryContextSwitchTo(funcctx->multi_call_memory_ctx);
		if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
			elog(ERROR, "unnest must return a composite type");
		funcctx->tuple_desc = BlessTupleDesc(tupdesc);
		u = palloc(sizeof(WdUnnest));
		u->d = score_wdist_copy(score_wdist_checked(PG_GETARG_DATUM(0)));
		score_wdist_totals(u->d, &t);
		u->total = t.n > 0 ? t.weight : NAN;
		funcctx->user_fctx = u;
		MemoryContextSwitchTo(old);
	}
	funcctx = SRF_PERCALL_SETUP();
	u = (WdUnnest *) funcctx->user_fctx;
	i = (int) funcctx->call_cntr;
	if (i < SCORE_WDIST_NSCORES(u->d))
	{
		Datum		values[5];
		bool		nulls[5] = {false};
		const ScoreWCell *c = &u->d->cells[i];

		values[0] = Int32GetDatum(u->d->lo + i);
		values[1] = Int64GetDatum(c->n);
		values[2] = Float8GetDatum(c->w.sum + c->w.tail);
		values[3] = Float8GetDatum(c->w2.sum + c->w2.tail);
		nulls[4] = isnan(u->total);
		values[4] = Float8GetDatum(nulls[4] ? 0 : 100.0 * ((c->w.sum + c->w.tail) / u->total));
		SRF_RETURN_NEXT(funcctx, HeapTupleGetDatum(heap_form_tuple(funcctx->tuple_desc,
																	values, nulls)));
	}
	SRF_RETURN_DONE(funcctx);
}
