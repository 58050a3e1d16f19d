/*
 * mirror.c
 *		The mirror gap of the "symétrie des attentions": the same question put
 *		to customers, employees and managers, and the gaps between them.
 *
 * mirror_gap(audience, score [, metric]) counts answers per audience and
 * integer score in a mirror_state (a real type with send/receive), merged
 * by a combine function and unwound by an exact inverse.  From the counts:
 *   gap            = employee value - customer value
 *   gap_ci_low/high its 95 % interval: Welch's t interval with the
 *                  Welch-Satterthwaite degrees of freedom for means (Welch
 *                  1947), the Wald interval for NPS and shares
 *   leadership_gap = manager value - employee value
 *
 * Stored form: int32 varlena header, uint8 version, uint8 flags (0),
 * uint8 metric (0 mean, 1 nps, 2 top2), uint8 unused (0), then for each
 * audience (customer, employee, manager) MIRROR_NSCORES int64 counts of the
 * scores 0..100: non-negative, 0 outside the metric's scale (mean 0-100,
 * nps 0-10, top2 1-5), each audience's total within a bigint.  The binary
 * form is the same without the varlena header, in network byte order.
 *
 * Text form (JSON; whitespace between tokens is free, the two keys come
 * in either order):
 *		{"metric":"mean","counts":[[c0,...,c100],[c0,...,c100],[c0,...,c100]]}
 * one array of 101 counts per audience, customer, employee, manager.
 * pgcx 1.0.0 wrote the second and third arrays without their opening
 * bracket, {"metric":"mean","counts":[[c0,...,c100],c0,...,c100],c0,...,c100]]},
 * which is not JSON.  Text dumps (pg_dump, COPY) of tables written with
 * 1.0.0 hold values in that form, so input still reads it: when the
 * employee's counts open without "[", the manager's must too.  Output
 * writes the JSON form.
 */
#include "postgres.h"

#include <math.h>

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"

#include "common/aggregate.h"
#include "common/compare.h"
#include "common/format.h"
#include "common/metric.h"
#include "common/parse.h"
#include "common/pgcx.h"
#include "common/released.h"
#include "common/stats.h"
#include "scores/nps.h"
#include "scores/scores.h"

#define MIRROR_VERSION	1
#define MIRROR_NSCORES	101		/* scores 0..100 */
#define MIRROR_AUDIENCES 3

typedef enum MirrorAudience
{
	AUD_CUSTOMER = 0,
	AUD_EMPLOYEE = 1,
	AUD_MANAGER = 2
} MirrorAudience;

typedef enum MirrorMetric
{
	METRIC_MEAN = 0,
	METRIC_NPS = 1,
	METRIC_TOP2 = 2
} MirrorMetric;

typedef struct MirrorState
{
	int32		vl_len_;
	uint8		version;
	uint8		flags;
	uint8		metric;
	uint8		unused;
	int64		counts[MIRROR_AUDIENCES][MIRROR_NSCORES];
} MirrorState;

/* bytes of the binary form: the header word and the counts */
#define MIRROR_BINARY_SIZE	(4 + (int) sizeof(int64) * MIRROR_AUDIENCES * MIRROR_NSCORES)

static const char *const metric_names[] = {"mean", "nps", "top2"};
static const char *const audience_names[] = {"customer", "employee", "manager"};
/* the scale of the answers each metric reads */
static const int metric_lo[] = {0, 0, 1};
static const int metric_hi[] = {100, 10, 5};

PG_FUNCTION_INFO_V1(mirror_state_in);
PG_FUNCTION_INFO_V1(mirror_state_out);
PG_FUNCTION_INFO_V1(mirror_state_recv);
PG_FUNCTION_INFO_V1(mirror_state_send);
PG_FUNCTION_INFO_V1(mirror_gap_accum);
PG_FUNCTION_INFO_V1(mirror_gap_unaccum);
PG_FUNCTION_INFO_V1(mirror_gap_combine);
PG_FUNCTION_INFO_V1(mirror_gap_final);
PG_FUNCTION_INFO_V1(mirror_gap_final_v2);

/* An empty state for one metric, in the current memory context. */
static MirrorState *
mirror_new(int metric)
{
	MirrorState *m = (MirrorState *) palloc0(sizeof(MirrorState));

	SET_VARSIZE(m, sizeof(MirrorState));
	m->version = MIRROR_VERSION;
	m->metric = (uint8) metric;
	return m;
}

/* Says what is wrong with a state of `size` bytes, or NULL. */
static const char *
mirror_problem(const MirrorState *m, Size size)
{
	int			a,
				s;
	const char *problem;

	if (size <= offsetof(MirrorState, version))
		return "The value is shorter than its header.";
	problem = pgcx_version_problem("mirror_state", m->version, MIRROR_VERSION);
	if (problem)
		return problem;
	if (size != sizeof(MirrorState))
		return "The value does not have the size of a mirror_state.";
	if (m->flags != 0 || m->unused != 0)
		return "The flags word has bits that version 1 does not define.";
	if (m->metric > METRIC_TOP2)
		return "The metric is not mean, nps or top2.";
	for (a = 0; a < MIRROR_AUDIENCES; a++)
	{
		int64		total = 0;

		for (s = 0; s < MIRROR_NSCORES; s++)
		{
			if (m->counts[a][s] < 0)
				return "Counts must not be negative.";
			if ((s < metric_lo[m->metric] || s > metric_hi[m->metric]) &&
				m->counts[a][s] != 0)
				return "A count lies outside the scale of the metric.";
			if (pg_add_s64_overflow(total, m->counts[a][s], &total))
				return "The total count of an audience does not fit in a bigint.";
		}
	}
	return NULL;
}

/* Detoasts a mirror_state argument and refuses it unless well formed. */
static MirrorState *
mirror_checked(Datum datum)
{
	MirrorState *m = (MirrorState *) PG_DETOAST_DATUM(datum);
	const char *problem = mirror_problem(m, VARSIZE(m));

	if (problem)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("corrupted mirror_state value"),
				 errdetail("%s", problem)));
	return m;
}

/*
 * The key of a mirror_state (compare.h), validated: the metric (mean, nps,
 * top2), then the counts of the customers, the employees and the managers,
 * each from score 0 to 100.
 */
static void
mirror_state_key(Datum value, PgcxKey *key)
{
	MirrorState *m = mirror_checked(value);

	key->value = m;
	pgcx_key_head(key, m->metric);
	key->body = &m->counts[0][0];
	key->nbody = MIRROR_AUDIENCES * MIRROR_NSCORES;
}

/*
 * = <> < <= > >=, btree and hash support of mirror_state (compare.h):
 * mirror_state_eq, mirror_state_ne, mirror_state_lt, mirror_state_le,
 * mirror_state_gt, mirror_state_ge, mirror_state_cmp, mirror_state_hash,
 * mirror_state_hash_extended
 */
PGCX_COMPARISON_FUNCTIONS(mirror_state, mirror_state_key)

/*
 * Reads the 101 counts of one audience into `counts`, up to the closing
 * "]"; the opening "[" is the caller's.
 */
static void
parse_audience_counts(PgcxParser *ps, int64 *counts, int audience)
{
	int			s;

	for (s = 0; s < MIRROR_NSCORES; s++)
	{
		if (s > 0)
		{
			pgcx_parse_space(ps);
			if (*ps->p == ']')
				pgcx_parse_fail(ps, psprintf("The %s's counts have %d values; an audience has %d, one per score from 0 to 100.",
											 audience_names[audience], s, MIRROR_NSCORES));
			pgcx_parse_token(ps, ",", "Expected \",\" between counts.");
		}
		counts[s] = pgcx_parse_count(ps, "A count");
	}
	pgcx_parse_space(ps);
	if (*ps->p == ',')
		pgcx_parse_fail(ps, psprintf("The %s's counts have more than the %d values of an audience.",
									 audience_names[audience], MIRROR_NSCORES));
	pgcx_parse_token(ps, "]", psprintf("Expected \"]\" to close the counts of the %s.",
									   audience_names[audience]));
}

/* The keys of the text form. */
static const char *const mirror_keys[] = {"metric", "counts"};

/*
 * Reads counts: three arrays of 101 counts, or the form of pgcx 1.0.0
 * whose second and third arrays open without "[".
 */
static void
parse_mirror_counts(PgcxParser *ps, MirrorState *m)
{
	bool		legacy = false;
	int			a;

	pgcx_parse_token(ps, "[", "Expected \"[\" to open counts.");
	for (a = 0; a < MIRROR_AUDIENCES; a++)
	{
		if (a > 0)
		{
			pgcx_parse_token(ps, ",", "counts must hold three arrays: customer, employee, manager.");
			pgcx_parse_space(ps);
			if (a == AUD_EMPLOYEE)
				legacy = (*ps->p != '[');
			else if (legacy && *ps->p == '[')
				pgcx_parse_fail(ps, "The employee's counts open without \"[\" (the form of pgcx 1.0.0), so the manager's must too.");
		}
		if (!legacy)
			pgcx_parse_token(ps, "[", psprintf("Expected \"[\" to open the counts of the %s.",
											   audience_names[a]));
		parse_audience_counts(ps, m->counts[a], a);
	}
	pgcx_parse_space(ps);
	if (*ps->p == ',')
		pgcx_parse_fail(ps, "counts has more than three arrays: customer, employee, manager.");
	pgcx_parse_token(ps, "]", "Expected \"]\" to close counts.");
}

/* Reads the value of one key of the text form (a PgcxValueReader). */
static void
mirror_read_value(PgcxParser *ps, int key, void *target)
{
	MirrorState *m = (MirrorState *) target;
	char	   *name;
	int			metric;

	if (key == 1)
	{
		parse_mirror_counts(ps, m);
		return;
	}
	name = pgcx_parse_string(ps, "metric");
	for (metric = 0; metric <= METRIC_TOP2; metric++)
		if (strcmp(name, metric_names[metric]) == 0)
			break;
	if (metric > METRIC_TOP2)
		pgcx_parse_fail(ps, "metric must be \"mean\", \"nps\" or \"top2\".");
	m->metric = (uint8) metric;
}

/*
 * Parses the text form, JSON or the form pgcx 1.0.0 wrote (see the top of
 * this file), keys in any order.
 */
static MirrorState *
mirror_parse(const char *str)
{
	PgcxParser	ps = {str, str, "mirror_state",
		"The form is {\"metric\":\"mean\",\"counts\":[[c0,...,c100],[...],[...]]}, 101 counts per audience: customer, employee, manager."};
	MirrorState *m = mirror_new(METRIC_MEAN);
	const char *problem;

	pgcx_parse_object(&ps, mirror_keys, lengthof(mirror_keys), mirror_read_value, m);
	problem = mirror_problem(m, VARSIZE(m));
	if (problem)
		pgcx_parse_fail(&ps, problem);
	return m;
}

/* mirror_state_in(cstring): text input, JSON or the 1.0.0 form. */
Datum
mirror_state_in(PG_FUNCTION_ARGS)
{
	PG_RETURN_POINTER(mirror_parse(PG_GETARG_CSTRING(0)));
}

/* mirror_state_out(mirror_state): {"metric":"mean","counts":[[..],[..],[..]]} */
Datum
mirror_state_out(PG_FUNCTION_ARGS)
{
	MirrorState *m = mirror_checked(PG_GETARG_DATUM(0));
	StringInfoData buf;
	int			a,
				s;

	initStringInfo(&buf);
	appendStringInfo(&buf, "{\"metric\":\"%s\",\"counts\":[", metric_names[m->metric]);
	for (a = 0; a < MIRROR_AUDIENCES; a++)
	{
		appendStringInfoString(&buf, a ? ",[" : "[");
		for (s = 0; s < MIRROR_NSCORES; s++)
			appendStringInfo(&buf, s ? "," INT64_FORMAT : INT64_FORMAT,
							 m->counts[a][s]);
		appendStringInfoChar(&buf, ']');
	}
	appendStringInfoString(&buf, "]}");
	PG_RETURN_CSTRING(buf.data);
}

/* mirror_state_recv(internal): binary input, validated like text input. */
Datum
mirror_state_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	MirrorState *m;
	const char *problem;
	int			a,
				s;

	pgcx_recv_version(buf, "mirror_state", MIRROR_VERSION);
	if (buf->len - buf->cursor != MIRROR_BINARY_SIZE)
		pgcx_recv_fail("mirror_state", psprintf("A mirror_state is %d bytes; %d were received.",
						   MIRROR_BINARY_SIZE, buf->len - buf->cursor));
	m = mirror_new(0);
	m->version = pq_getmsgbyte(buf);
	m->flags = pq_getmsgbyte(buf);
	m->metric = pq_getmsgbyte(buf);
	m->unused = pq_getmsgbyte(buf);
	for (a = 0; a < MIRROR_AUDIENCES; a++)
		for (s = 0; s < MIRROR_NSCORES; s++)
			m->counts[a][s] = pq_getmsgint64(buf);
	problem = mirror_problem(m, VARSIZE(m));
	if (problem)
		pgcx_recv_fail("mirror_state", problem);
	PG_RETURN_POINTER(m);
}

/* mirror_state_send(mirror_state): binary output. */
Datum
mirror_state_send(PG_FUNCTION_ARGS)
{
	MirrorState *m = mirror_checked(PG_GETARG_DATUM(0));
	StringInfoData buf;
	int			a,
				s;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, m->version);
	pq_sendbyte(&buf, m->flags);
	pq_sendbyte(&buf, m->metric);
	pq_sendbyte(&buf, m->unused);
	for (a = 0; a < MIRROR_AUDIENCES; a++)
		for (s = 0; s < MIRROR_NSCORES; s++)
			pq_sendint64(&buf, m->counts[a][s]);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* The audience named by `label` (case-insensitive, with French aliases). */
static MirrorAudience
parse_audience(text *label)
{
	char	   *s = text_to_cstring(label);

	if (pg_strcasecmp(s, "customer") == 0 || pg_strcasecmp(s, "client") == 0)
		return AUD_CUSTOMER;
	if (pg_strcasecmp(s, "employee") == 0 || pg_strcasecmp(s, "collaborateur") == 0 ||
		pg_strcasecmp(s, "collaborator") == 0)
		return AUD_EMPLOYEE;
	if (pg_strcasecmp(s, "manager") == 0 || pg_strcasecmp(s, "dirigeant") == 0 ||
		pg_strcasecmp(s, "leader") == 0)
		return AUD_MANAGER;
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("unknown audience \"%s\" in mirror_gap", s),
			 errdetail("The audience is customer (client), employee (collaborateur, collaborator) or manager (dirigeant, leader), in any case.")));
	return AUD_CUSTOMER;		/* keep the compiler quiet */
}

/*
 * The metric named by `label`, in the vocabulary of metric.c: nps, top2 or
 * csat (the top-two-box share of 1-5 answers), mean or ces (the mean of
 * 0-100 answers).
 */
static MirrorMetric
parse_metric(FunctionCallInfo fcinfo, text *label)
{
	/*
	 * Called through pgcx 1.0.0's SQL, the released symbols keep 1.0.0's
	 * vocabulary (mean, nps or top2) and its error: 1.1.0 widened it under
	 * the same symbols.
	 */
	if (pgcx_called_from_1_0_0(fcinfo))
	{
		char	   *s = text_to_cstring(label);
		int			i;

		for (i = 0; i <= METRIC_TOP2; i++)
			if (strcmp(s, metric_names[i]) == 0)
				return (MirrorMetric) i;
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown metric \"%s\" in mirror_gap", s),
				 errdetail("The metric is mean, nps or top2.")));
	}
	switch (pgcx_metric_parse(label, "mirror_gap"))
	{
		case PGCX_METRIC_NPS:
			return METRIC_NPS;
		case PGCX_METRIC_CSAT:
			return METRIC_TOP2;
		case PGCX_METRIC_MEAN:
			return METRIC_MEAN;
	}
	pg_unreachable();
}

/*
 * The 22003 error of a score (as text) off the metric's scale, or, when not
 * `integral`, not an integer.
 */
static void
mirror_score_fail(const char *score, bool integral, MirrorMetric metric) pgcx_noreturn;

static void
mirror_score_fail(const char *score, bool integral, MirrorMetric metric)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 integral ?
			 errmsg("score %s is out of range for mirror_gap with metric %s",
					score, metric_names[metric]) :
			 errmsg("score %s is not an integer in mirror_gap", score),
			 errdetail("Scores of metric %s are integers from %d to %d.",
					   metric_names[metric], metric_lo[metric],
					   metric_hi[metric])));
}

/* A numeric score, checked against the metric's scale: finite and integral. */
static int
mirror_score(Numeric num, MirrorMetric metric)
{
	bool		integral;
	int			score = pgcx_numeric_score(num, metric_lo[metric],
										   metric_hi[metric], &integral);

	if (score < 0)
		mirror_score_fail(numeric_normalize(num), integral, metric);
	return score;
}

/*
 * A double precision score, checked against the metric's scale: finite and
 * integral, as a numeric one, without converting it.
 */
static int
mirror_float8_score(double v, MirrorMetric metric)
{
	if (!(v >= metric_lo[metric] && v <= metric_hi[metric]) ||
		(double) (int) v != v)
		mirror_score_fail(pgcx_float8_text(v), pgcx_float8_is_integral(v),
						  metric);
	return (int) v;
}

/* Does a state hold no answer at all? */
static bool
mirror_is_empty(const MirrorState *m)
{
	int			a,
				s;

	for (a = 0; a < MIRROR_AUDIENCES; a++)
		for (s = 0; s < MIRROR_NSCORES; s++)
			if (m->counts[a][s] != 0)
				return false;
	return true;
}

/* An integer score, checked against the metric's scale. */
static int
mirror_int_score(int64 v, MirrorMetric metric)
{
	int			lo = metric_lo[metric],
				hi = metric_hi[metric];

	if (v < lo || v > hi)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("score " INT64_FORMAT " is out of range for mirror_gap with metric %s",
						v, metric_names[metric]),
				 errdetail("Scores of metric %s are integers from %d to %d.",
						   metric_names[metric], lo, hi)));
	return (int) v;
}

/* The score argument (argument 2) of type `type`, checked for the metric. */
static int
mirror_score_arg(FunctionCallInfo fcinfo, Oid type, MirrorMetric metric)
{
	switch (type)
	{
		case INT2OID:
			return mirror_int_score(PG_GETARG_INT16(2), metric);
		case INT4OID:
			return mirror_int_score(PG_GETARG_INT32(2), metric);
		case INT8OID:
			return mirror_int_score(PG_GETARG_INT64(2), metric);
		case FLOAT8OID:
			return mirror_float8_score(PG_GETARG_FLOAT8(2), metric);
		default:
			return mirror_score(PG_GETARG_NUMERIC(2), metric);
	}
}

/*
 * Transition (up) or its inverse: counts one answer of (audience, score of
 * SQL type `type`) with the metric of argument 3 (mean when there is none).
 * NULL audience or score: the row is skipped.
 */
static Datum
mirror_step(FunctionCallInfo fcinfo, bool up, Oid type)
{
	MirrorMetric metric = METRIC_MEAN;
	MirrorState *m;
	int			audience,
				score;
	int64	   *c;

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
	{
		if (!PG_ARGISNULL(0))
			PG_RETURN_DATUM(PG_GETARG_DATUM(0));

		/*
		 * A window's moving-aggregate transition may not return NULL: an
		 * empty state stands for "no answer yet" (mirror_gap_final reads it
		 * as NULL, and the first answer gives it its metric).
		 */
		if (fcinfo->context && IsA(fcinfo->context, WindowAggState))
		{
			MemoryContext old = pgcx_state_context(fcinfo);

			m = mirror_new(METRIC_MEAN);
			MemoryContextSwitchTo(old);
			PG_RETURN_POINTER(m);
		}
		PG_RETURN_NULL();
	}
	if (PG_NARGS() > 3)
	{
		if (PG_ARGISNULL(3))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("metric of mirror_gap must not be null"),
					 errdetail(PGCX_METRIC_NAMES)));
		metric = parse_metric(fcinfo, PG_GETARG_TEXT_PP(3));
	}
	audience = parse_audience(PG_GETARG_TEXT_PP(1));
	score = mirror_score_arg(fcinfo, type, metric);

	if (PG_ARGISNULL(0))
	{
		MemoryContext old = pgcx_state_context(fcinfo);

		m = mirror_new(metric);
		MemoryContextSwitchTo(old);
	}
	else if (pgcx_in_aggregate(fcinfo))
		m = (MirrorState *) PG_GETARG_POINTER(0);
	else
	{
		MirrorState *arg = mirror_checked(PG_GETARG_DATUM(0));

		m = (MirrorState *) palloc(sizeof(MirrorState));
		memcpy(m, arg, sizeof(MirrorState));
	}
	if (m->metric != metric && mirror_is_empty(m))
		m->metric = metric;
	if (m->metric != metric)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("metric %s differs from the metric %s of earlier rows in mirror_gap",
						metric_names[metric], metric_names[m->metric]),
				 errdetail("Every row of one aggregate must use the same metric.")));

	c = &m->counts[audience][score];
	if (up)
		*c = pgcx_count_add(*c, 1, "mirror_gap");
	else if (*c == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot remove score %d of audience %s from a state with no such answer in mirror_gap",
						score, audience_names[audience]),
				 errdetail("Only an answer that was added can be removed.")));
	else
		(*c)--;
	PG_RETURN_POINTER(m);
}

/* mirror_gap's transition over numeric scores: count one answer. */
Datum
mirror_gap_accum(PG_FUNCTION_ARGS)
{
	return mirror_step(fcinfo, true, NUMERICOID);
}

/* mirror_gap's inverse transition over numeric scores: uncount one answer. */
Datum
mirror_gap_unaccum(PG_FUNCTION_ARGS)
{
	return mirror_step(fcinfo, false, NUMERICOID);
}

/*
 * The transitions over integer scores, exact forms for integer columns and
 * literals, and over double precision scores (real ones too, by
 * PostgreSQL's exact implicit cast): mirror_gap_accum_int2,
 * mirror_gap_accum_int4, mirror_gap_accum_int8, mirror_gap_accum_float8
 * and their twins mirror_gap_unaccum_int2, mirror_gap_unaccum_int4,
 * mirror_gap_unaccum_int8, mirror_gap_unaccum_float8.
 */
#define MIRROR_TRANSITIONS(T, OID) \
PG_FUNCTION_INFO_V1(mirror_gap_accum_##T); \
Datum mirror_gap_accum_##T(PG_FUNCTION_ARGS) { return mirror_step(fcinfo, true, OID); } \
PG_FUNCTION_INFO_V1(mirror_gap_unaccum_##T); \
Datum mirror_gap_unaccum_##T(PG_FUNCTION_ARGS) { return mirror_step(fcinfo, false, OID); }

MIRROR_TRANSITIONS(int2, INT2OID)
MIRROR_TRANSITIONS(int4, INT4OID)
MIRROR_TRANSITIONS(int8, INT8OID)
MIRROR_TRANSITIONS(float8, FLOAT8OID)

/* mirror_gap's combine function: adds the counts of two partial states. */
Datum
mirror_gap_combine(PG_FUNCTION_ARGS)
{
	MirrorState *into;
	MirrorState *from;
	int			a,
				s;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	from = mirror_checked(PG_GETARG_DATUM(1));
	if (PG_ARGISNULL(0) || !pgcx_in_aggregate(fcinfo))
	{
		MemoryContext old = pgcx_state_context(fcinfo);

		into = mirror_new(from->metric);
		if (!PG_ARGISNULL(0))
			memcpy(into, mirror_checked(PG_GETARG_DATUM(0)), sizeof(MirrorState));
		MemoryContextSwitchTo(old);
	}
	else
		into = (MirrorState *) PG_GETARG_POINTER(0);
	if (into->metric != from->metric)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot merge mirror_gap states of metrics %s and %s",
						metric_names[into->metric], metric_names[from->metric]),
				 errdetail("Every row of one aggregate must use the same metric.")));
	for (a = 0; a < MIRROR_AUDIENCES; a++)
	{
		int64		total = 0;

		for (s = 0; s < MIRROR_NSCORES; s++)
		{
			into->counts[a][s] = pgcx_count_add(into->counts[a][s],
												from->counts[a][s], "mirror_gap");
			total = pgcx_count_add(total, into->counts[a][s], "mirror_gap");
		}
	}
	PG_RETURN_POINTER(into);
}

/* What one audience's answers give: n, the metric's value and the variance
 * of one answer (sample variance for means). */
typedef struct AudienceSummary
{
	int64		n;
	double		value;
	double		variance;
} AudienceSummary;

/* Summarises one audience's counts under the state's metric. */
static void
summarise(const MirrorState *m, int audience, AudienceSummary *out)
{
	const int64 *c = m->counts[audience];
	int64		n = 0;
	int			s;

	for (s = 0; s < MIRROR_NSCORES; s++)
		n += c[s];
	out->n = n;
	out->value = out->variance = 0;
	if (n == 0)
		return;
	if (m->metric == METRIC_MEAN)
	{
		double		mean = 0,
					ss = 0;

		for (s = 0; s < MIRROR_NSCORES; s++)
			mean += (double) c[s] * s;
		mean /= n;
		for (s = 0; s < MIRROR_NSCORES; s++)
			ss += (double) c[s] * (s - mean) * (s - mean);
		out->value = mean;
		out->variance = n > 1 ? ss / (n - 1) : NAN;
	}
	else if (m->metric == METRIC_NPS)
	{
		int64		detractors = 0;

		for (s = 0; s <= 6; s++)
			detractors += c[s];
		out->value = nps_from_counts(c[9] + c[10], detractors, n);
		/* variance of one answer on the NPS scale (-100, 0, 100) */
		out->variance = 1e4 * nps_variance(c[9] + c[10], detractors, n);
	}
	else
	{
		double		p = (double) (c[4] + c[5]) / n;

		out->value = 100.0 * p;
		out->variance = 1e4 * p * (1 - p);
	}
}

/*
 * mirror_gap's final function: the composite mirror_gap.  The interval of
 * a gap of means takes Student's t quantile as released when `released`,
 * else the one of stats.c, accurate to about 1e-14 at any degrees of
 * freedom.
 */
static Datum
mirror_gap_final_of(FunctionCallInfo fcinfo, bool released)
{
	MirrorState *m = mirror_checked(PG_GETARG_DATUM(0));
	AudienceSummary aud[MIRROR_AUDIENCES];
	TupleDesc	tupdesc;
	Datum		values[10];
	bool		nulls[10] = {false};
	int			a;

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "mirror_gap must return a composite type");
	for (a = 0; a < MIRROR_AUDIENCES; a++)
	{
		summarise(m, a, &aud[a]);
		values[a] = Int64GetDatum(aud[a].n);
		values[3 + a] = Float8GetDatum(aud[a].value);
		nulls[3 + a] = (aud[a].n == 0);
	}
	if (aud[AUD_CUSTOMER].n + aud[AUD_EMPLOYEE].n + aud[AUD_MANAGER].n == 0)
		PG_RETURN_NULL();

	nulls[6] = nulls[7] = nulls[8] = true;
	if (aud[AUD_CUSTOMER].n > 0 && aud[AUD_EMPLOYEE].n > 0)
	{
		const AudienceSummary *e = &aud[AUD_EMPLOYEE];
		const AudienceSummary *c = &aud[AUD_CUSTOMER];
		double		gap = e->value - c->value;
		double		ve = e->variance / e->n,
					vc = c->variance / c->n;
		double		se = sqrt(ve + vc);
		double		q = PGCX_Z975;

		values[6] = Float8GetDatum(gap);
		nulls[6] = false;
		if (m->metric == METRIC_MEAN && se > 0 && !isnan(se))
		{
			if (released)
			{
				/*
				 * Welch-Satterthwaite degrees of freedom and Student's t
				 * quantile as 1.0.0 and 1.1.0 computed them, to the last
				 * digit.
				 */
				double		df = (ve + vc) * (ve + vc) /
					(ve * ve / (e->n - 1) + vc * vc / (c->n - 1));

				q = pgcx_t_quantile_released(0.975, df);
			}
			else
				q = pgcx_t_quantile(0.975, pgcx_welch_df(ve, e->n, vc, c->n));
		}
		if (!isnan(se))
		{
			values[7] = Float8GetDatum(gap - q * se);
			values[8] = Float8GetDatum(gap + q * se);
			nulls[7] = nulls[8] = false;
		}
	}
	nulls[9] = (aud[AUD_MANAGER].n == 0 || aud[AUD_EMPLOYEE].n == 0);
	if (!nulls[9])
		values[9] = Float8GetDatum(aud[AUD_MANAGER].value - aud[AUD_EMPLOYEE].value);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(BlessTupleDesc(tupdesc),
													  values, nulls)));
}

/* mirror_gap's final function as released (1.0.0 and 1.1.0). */
Datum
mirror_gap_final(PG_FUNCTION_ARGS)
{
	return mirror_gap_final_of(fcinfo, true);
}

/* mirror_gap's final function of 1.2.0: stats.c's Student's t quantile. */
Datum
mirror_gap_final_v2(PG_FUNCTION_ARGS)
{
	return mirror_gap_final_of(fcinfo, false);
}
