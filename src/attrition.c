/*
 * attrition.c
 *		Attrition and retention (SPEC section 5): attrition, retention_rate,
 *		annualize_attrition, and the attrition_agg aggregate over customers.
 *
 * attrition_agg(active_from, churned_on, period) counts the customers
 * active at the period's start,
 *		active_from <= lower(period) < coalesce(churned_on, infinity),
 * and among them those with churned_on < upper(period); the result is
 * 100 x churned / active.  A customer who churns on the period's first
 * instant is therefore not active at its start.  Its state, attrition_state,
 * is a fixed 40-byte type with send/receive:
 *		uint8 version (1), uint8 flags (0), uint8 kind (1 date, 2 timestamptz,
 *		3 timestamp: since 1.1.0),
 *		uint8 unused (0), int32 unused (0), int64 lower, int64 upper (the
 *		period's bounds as PostgreSQL stores them: days or microseconds since
 *		2000-01-01), int64 active, int64 churned,
 * with lower < upper and 0 <= churned <= active; its binary form is the
 * same in network byte order.  Its text form is JSON, whitespace between
 * tokens free, keys in any order, each once:
 *		{"kind":"date","lower":9497,"upper":9587,"active":3,"churned":1}
 * lower and upper integers of either sign, active and churned not negative.
 */
#include "postgres.h"

#include <math.h>

#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/rangetypes.h"
#include "utils/timestamp.h"

#include "pgcx.h"
#include "compare.h"

#define ATTRITION_VERSION	1
#define KIND_DATE			1
#define KIND_TIMESTAMPTZ	2
#define KIND_TIMESTAMP		3

typedef struct AttritionState
{
	uint8		version;
	uint8		flags;
	uint8		kind;
	uint8		unused1;
	int32		unused2;
	int64		lower;
	int64		upper;
	int64		active;
	int64		churned;
} AttritionState;

PG_FUNCTION_INFO_V1(attrition_state_in);
PG_FUNCTION_INFO_V1(attrition_state_out);
PG_FUNCTION_INFO_V1(attrition_state_recv);
PG_FUNCTION_INFO_V1(attrition_state_send);
PG_FUNCTION_INFO_V1(attrition_agg_accum_date);
PG_FUNCTION_INFO_V1(attrition_agg_accum_tstz);
PG_FUNCTION_INFO_V1(attrition_agg_accum_ts);
PG_FUNCTION_INFO_V1(attrition_agg_combine);
PG_FUNCTION_INFO_V1(attrition_agg_final);
PG_FUNCTION_INFO_V1(attrition_rate);
PG_FUNCTION_INFO_V1(attrition_retention_rate);
PG_FUNCTION_INFO_V1(attrition_annualize);

static const char *const kind_names[] = {"", "date", "timestamptz", "timestamp"};

/* The output function of each kind's values, for messages. */
static PGFunction const kind_out[] = {NULL, date_out, timestamptz_out, timestamp_out};

/* Says what is wrong with a state, or NULL. */
static const char *
state_problem(const AttritionState *s)
{
	const char *problem = pgcx_version_problem("attrition_state", s->version,
											   ATTRITION_VERSION);

	if (problem)
		return problem;
	if (s->flags != 0 || s->unused1 != 0 || s->unused2 != 0)
		return "The flags word has bits that version 1 does not define.";
	if (s->kind < KIND_DATE || s->kind > KIND_TIMESTAMP)
		return "The kind is not date, timestamptz or timestamp.";
	if (s->lower >= s->upper)
		return "The period's lower bound must be before its upper bound.";
	if (s->active < 0 || s->churned < 0 || s->churned > s->active)
		return "The counts must satisfy 0 <= churned <= active.";
	return NULL;
}

/* An attrition_state argument, refused unless well formed. */
static AttritionState *
state_checked(Datum d)
{
	AttritionState *s = (AttritionState *) DatumGetPointer(d);
	const char *problem = state_problem(s);

	if (problem)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("corrupted attrition_state value"),
				 errdetail("%s", problem)));
	return s;
}

/*
 * The key of an attrition_state (compare.h), validated: the kind (date,
 * timestamptz, timestamp), the period's lower and upper bounds, active,
 * churned.
 */
void
attrition_state_key(Datum value, PgcxKey *key)
{
	AttritionState *s = state_checked(value);

	key->value = s;
	pgcx_key_head(key, s->kind);
	pgcx_key_head(key, s->lower);
	pgcx_key_head(key, s->upper);
	pgcx_key_head(key, s->active);
	pgcx_key_head(key, s->churned);
}

/* The text form of a state. */
static char *
state_text(const AttritionState *s)
{
	return psprintf("{\"kind\":\"%s\",\"lower\":" INT64_FORMAT ",\"upper\":" INT64_FORMAT
					",\"active\":" INT64_FORMAT ",\"churned\":" INT64_FORMAT "}",
					kind_names[s->kind], s->lower, s->upper, s->active, s->churned);
}

/* The keys of the text form. */
static const char *const state_keys[] = {"kind", "lower", "upper", "active", "churned"};

/* Reads the value of one key of the text form (a PgcxValueReader). */
static void
state_read_value(PgcxParser *ps, int key, void *target)
{
	AttritionState *s = (AttritionState *) target;
	char	   *kind;

	switch (key)
	{
		case 0:
			kind = pgcx_parse_string(ps, "kind");
			for (s->kind = KIND_DATE; s->kind <= KIND_TIMESTAMP; s->kind++)
				if (strcmp(kind, kind_names[s->kind]) == 0)
					break;
			if (s->kind > KIND_TIMESTAMP)
				pgcx_parse_fail(ps, "The kind is not date, timestamptz or timestamp.");
			break;
		case 1:
			s->lower = pgcx_parse_int64(ps, "lower");
			break;
		case 2:
			s->upper = pgcx_parse_int64(ps, "upper");
			break;
		case 3:
			s->active = pgcx_parse_count(ps, "active");
			break;
		default:
			s->churned = pgcx_parse_count(ps, "churned");
			break;
	}
}

/*
 * Parses the text form
 * {"kind":"date","lower":L,"upper":U,"active":A,"churned":C}, keys in any
 * order.
 */
static AttritionState *
state_parse(const char *str)
{
	PgcxParser	ps = {str, str, "attrition_state",
		"The form is {\"kind\":\"date\",\"lower\":9497,\"upper\":9587,\"active\":3,\"churned\":1}."};
	AttritionState *s = palloc0(sizeof(AttritionState));
	const char *problem;

	s->version = ATTRITION_VERSION;
	pgcx_parse_object(&ps, state_keys, lengthof(state_keys), state_read_value, s);
	problem = state_problem(s);
	if (problem)
		pgcx_parse_fail(&ps, problem);
	return s;
}

/* attrition_state_in(cstring): text input. */
Datum
attrition_state_in(PG_FUNCTION_ARGS)
{
	PG_RETURN_POINTER(state_parse(PG_GETARG_CSTRING(0)));
}

/* attrition_state_out(attrition_state): text output. */
Datum
attrition_state_out(PG_FUNCTION_ARGS)
{
	PG_RETURN_CSTRING(state_text(state_checked(PG_GETARG_DATUM(0))));
}

/* attrition_state_recv(internal): binary input, validated. */
Datum
attrition_state_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	AttritionState *s = palloc0(sizeof(AttritionState));
	const char *problem;

	pgcx_recv_version(buf, "attrition_state", ATTRITION_VERSION);
	if (buf->len - buf->cursor != (int) sizeof(AttritionState))
		pgcx_recv_fail("attrition_state", psprintf("An attrition_state is %d bytes; %d were received.",
						   (int) sizeof(AttritionState), buf->len - buf->cursor));
	s->version = pq_getmsgbyte(buf);
	s->flags = pq_getmsgbyte(buf);
	s->kind = pq_getmsgbyte(buf);
	s->unused1 = pq_getmsgbyte(buf);
	s->unused2 = pq_getmsgint(buf, 4);
	s->lower = pq_getmsgint64(buf);
	s->upper = pq_getmsgint64(buf);
	s->active = pq_getmsgint64(buf);
	s->churned = pq_getmsgint64(buf);
	problem = state_problem(s);
	if (problem)
		pgcx_recv_fail("attrition_state", problem);
	PG_RETURN_POINTER(s);
}

/* attrition_state_send(attrition_state): binary output. */
Datum
attrition_state_send(PG_FUNCTION_ARGS)
{
	AttritionState *s = state_checked(PG_GETARG_DATUM(0));
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, s->version);
	pq_sendbyte(&buf, s->flags);
	pq_sendbyte(&buf, s->kind);
	pq_sendbyte(&buf, s->unused1);
	pq_sendint32(&buf, s->unused2);
	pq_sendint64(&buf, s->lower);
	pq_sendint64(&buf, s->upper);
	pq_sendint64(&buf, s->active);
	pq_sendint64(&buf, s->churned);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* The finite, non-empty bounds of the period argument (argument 3). */
static void
period_bounds(FunctionCallInfo fcinfo, int64 *lower, int64 *upper, bool is_date)
{
	RangeType  *r;
	TypeCacheEntry *typcache;
	RangeBound	lb,
				ub;
	bool		empty;

	if (PG_ARGISNULL(3))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("period of attrition_agg must not be null"),
				 errdetail("The period is the range whose attrition is measured.")));
	r = PG_GETARG_RANGE_P(3);
	typcache = range_get_typcache(fcinfo, RangeTypeGetOid(r));
	range_deserialize(typcache, r, &lb, &ub, &empty);
	if (empty || lb.infinite || ub.infinite ||
		(is_date ? DATE_NOT_FINITE(DatumGetDateADT(lb.val)) || DATE_NOT_FINITE(DatumGetDateADT(ub.val)) :
		 TIMESTAMP_NOT_FINITE(DatumGetTimestampTz(lb.val)) || TIMESTAMP_NOT_FINITE(DatumGetTimestampTz(ub.val))))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("period of attrition_agg must be a non-empty range with finite bounds"),
				 errdetail("Attrition is measured over a period with a first and a last instant.")));
	*lower = is_date ? DatumGetDateADT(lb.val) : DatumGetTimestampTz(lb.val);
	*upper = is_date ? DatumGetDateADT(ub.val) : DatumGetTimestampTz(ub.val);
}

/*
 * Transition of attrition_agg: counts one customer (active_from, churned_on
 * as int64 of the period's kind; churned_on NULL = still a customer).
 */
static Datum
attrition_step(FunctionCallInfo fcinfo, int kind)
{
	bool		is_date = (kind == KIND_DATE);
	int64		lower,
				upper,
				from,
				churned = PG_INT64_MAX;
	bool		still = PG_ARGISNULL(2);
	AttritionState *s;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	period_bounds(fcinfo, &lower, &upper, is_date);
	from = is_date ? PG_GETARG_DATEADT(1) : PG_GETARG_TIMESTAMPTZ(1);
	if (!still)
		churned = is_date ? PG_GETARG_DATEADT(2) : PG_GETARG_TIMESTAMPTZ(2);
	if (!still && churned < from)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("churned_on %s precedes active_from %s in attrition_agg",
						DatumGetCString(DirectFunctionCall1(kind_out[kind], PG_GETARG_DATUM(2))),
						DatumGetCString(DirectFunctionCall1(kind_out[kind], PG_GETARG_DATUM(1)))),
				 errdetail("A customer cannot leave before becoming a customer.")));

	if (PG_ARGISNULL(0))
	{
		MemoryContext old = pgcx_state_context(fcinfo);

		s = palloc0(sizeof(AttritionState));
		MemoryContextSwitchTo(old);
		s->version = ATTRITION_VERSION;
		s->kind = kind;
		s->lower = lower;
		s->upper = upper;
	}
	else if (pgcx_in_aggregate(fcinfo))
		s = (AttritionState *) PG_GETARG_POINTER(0);
	else
	{
		s = palloc(sizeof(AttritionState));
		memcpy(s, state_checked(PG_GETARG_DATUM(0)), sizeof(AttritionState));
	}
	if (s->kind != kind || s->lower != lower || s->upper != upper)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("period differs from the period of earlier rows in attrition_agg"),
				 errdetail("Every row of one aggregate must use the same period.")));
	if (from <= lower && lower < churned)
	{
		s->active = pgcx_count_add(s->active, 1, "attrition_agg");
		if (churned < upper)
			s->churned++;
	}
	PG_RETURN_POINTER(s);
}

/* attrition_agg(date, date, daterange) transition. */
Datum
attrition_agg_accum_date(PG_FUNCTION_ARGS)
{
	return attrition_step(fcinfo, KIND_DATE);
}

/* attrition_agg(timestamptz, timestamptz, tstzrange) transition. */
Datum
attrition_agg_accum_tstz(PG_FUNCTION_ARGS)
{
	return attrition_step(fcinfo, KIND_TIMESTAMPTZ);
}

/*
 * attrition_agg(timestamp, timestamp, tsrange) transition: timestamps
 * compared as they are, whatever the session's TimeZone (a cast to
 * timestamptz would shift them by it).
 */
Datum
attrition_agg_accum_ts(PG_FUNCTION_ARGS)
{
	return attrition_step(fcinfo, KIND_TIMESTAMP);
}

/* Combine function of attrition_agg: adds two partial counts. */
Datum
attrition_agg_combine(PG_FUNCTION_ARGS)
{
	AttritionState *a,
			   *b,
			   *r;

	if (PG_ARGISNULL(0) && PG_ARGISNULL(1))
		PG_RETURN_NULL();
	if (PG_ARGISNULL(1))
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	b = state_checked(PG_GETARG_DATUM(1));
	if (PG_ARGISNULL(0))
	{
		PG_RETURN_POINTER(pgcx_copy_to_state(fcinfo, b, sizeof(AttritionState)));
	}
	a = state_checked(PG_GETARG_DATUM(0));
	if (a->kind != b->kind || a->lower != b->lower || a->upper != b->upper)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot merge attrition_agg states of different periods"),
				 errdetail("Every row of one aggregate must use the same period.")));
	r = pgcx_in_aggregate(fcinfo) ? a : memcpy(palloc(sizeof(AttritionState)), a,
											   sizeof(AttritionState));
	r->active = pgcx_count_add(r->active, b->active, "attrition_agg");
	r->churned = pgcx_count_add(r->churned, b->churned, "attrition_agg");
	PG_RETURN_POINTER(r);
}

/* Final function of attrition_agg: the percentage, NULL with no customer. */
Datum
attrition_agg_final(PG_FUNCTION_ARGS)
{
	AttritionState *s = state_checked(PG_GETARG_DATUM(0));

	if (s->active == 0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(100.0 * (double) s->churned / (double) s->active);
}

/* Refuses a negative count argument of `caller`. */
static void
check_count(const char *caller, const char *what, int64 v)
{
	if (v < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s " INT64_FORMAT " is negative in %s", what, v, caller),
				 errdetail("Counts of customers are not negative.")));
}

/* attrition(lost, at_start): 100 x lost / at_start; NULL when at_start = 0. */
Datum
attrition_rate(PG_FUNCTION_ARGS)
{
	int64		lost = PG_GETARG_INT64(0);
	int64		at_start = PG_GETARG_INT64(1);

	check_count("attrition", "lost", lost);
	check_count("attrition", "at_start", at_start);
	if (lost > at_start)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("lost " INT64_FORMAT " exceeds at_start " INT64_FORMAT " in attrition",
						lost, at_start),
				 errdetail("Only customers present at the start of the period can be lost.")));
	if (at_start == 0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(100.0 * (double) lost / (double) at_start);
}

/*
 * retention_rate(at_start, at_end, acquired): 100 x (at_end - acquired) /
 * at_start; NULL when at_start = 0.
 */
Datum
attrition_retention_rate(PG_FUNCTION_ARGS)
{
	int64		at_start = PG_GETARG_INT64(0);
	int64		at_end = PG_GETARG_INT64(1);
	int64		acquired = PG_GETARG_INT64(2);

	check_count("retention_rate", "at_start", at_start);
	check_count("retention_rate", "at_end", at_end);
	check_count("retention_rate", "acquired", acquired);
	if (acquired > at_end || at_end - acquired > at_start)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("retained customers " INT64_FORMAT " (at_end - acquired) are out of range for retention_rate",
						at_end - acquired),
				 errdetail("Retained customers, at_end - acquired, must be from 0 to at_start (" INT64_FORMAT ").",
						   at_start)));
	if (at_start == 0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(100.0 * (double) (at_end - acquired) / (double) at_start);
}

/*
 * annualize_attrition(rate, period_days): the yearly rate of a rate measured
 * over period_days, 100 x (1 - (1 - rate/100)^(365/period_days)).
 */
Datum
attrition_annualize(PG_FUNCTION_ARGS)
{
	float8		rate = PG_GETARG_FLOAT8(0);
	float8		days = PG_GETARG_FLOAT8(1);

	if (!(rate >= 0.0 && rate <= 100.0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("rate %g is out of range for annualize_attrition", rate),
				 errdetail("The rate is a percentage from 0 to 100.")));
	if (!(days > 0.0) || isinf(days))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("period_days %g is out of range for annualize_attrition", days),
				 errdetail("The period is a finite, positive number of days.")));
	PG_RETURN_FLOAT8(100.0 * (1.0 - pow(1.0 - rate / 100.0, 365.0 / days)));
}
