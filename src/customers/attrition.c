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

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/rangetypes.h"
#include "utils/timestamp.h"

#include "common/aggregate.h"
#include "common/compare.h"
#include "common/format.h"
#include "common/parse.h"
#include "customers/calls.h"

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
PG_FUNCTION_INFO_V1(attrition_stats_accum_date);
PG_FUNCTION_INFO_V1(attrition_stats_accum_tstz);
PG_FUNCTION_INFO_V1(attrition_stats_accum_ts);
PG_FUNCTION_INFO_V1(attrition_stats_combine);
PG_FUNCTION_INFO_V1(attrition_stats_final);
PG_FUNCTION_INFO_V1(attrition_rate_int4);
PG_FUNCTION_INFO_V1(attrition_rate_float8);
PG_FUNCTION_INFO_V1(attrition_retention_rate_int4);
PG_FUNCTION_INFO_V1(attrition_retention_rate_float8);
PG_FUNCTION_INFO_V1(attrition_annualize_int4_numeric);
PG_FUNCTION_INFO_V1(attrition_annualize_numeric);

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
static void
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

/*
 * = <> < <= > >=, btree and hash support of attrition_state (compare.h):
 * attrition_state_eq, attrition_state_ne, attrition_state_lt,
 * attrition_state_le, attrition_state_gt, attrition_state_ge,
 * attrition_state_cmp, attrition_state_hash, attrition_state_hash_extended
 */
PGCX_COMPARISON_FUNCTIONS(attrition_state, attrition_state_key)

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

/* The finite, non-empty bounds of the period argument (argument 3) of caller. */
static void
period_bounds(FunctionCallInfo fcinfo, int64 *lower, int64 *upper, bool is_date,
			  const char *caller)
{
	RangeType  *r;
	TypeCacheEntry *typcache;
	RangeBound	lb,
				ub;
	bool		empty;

	if (PG_ARGISNULL(3))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("period of %s must not be null", caller),
				 errdetail("The period is the range whose attrition is measured.")));
	r = PG_GETARG_RANGE_P(3);
	typcache = range_get_typcache(fcinfo, RangeTypeGetOid(r));
	range_deserialize(typcache, r, &lb, &ub, &empty);
	if (empty || lb.infinite || ub.infinite ||
		(is_date ? DATE_NOT_FINITE(DatumGetDateADT(lb.val)) || DATE_NOT_FINITE(DatumGetDateADT(ub.val)) :
		 TIMESTAMP_NOT_FINITE(DatumGetTimestampTz(lb.val)) || TIMESTAMP_NOT_FINITE(DatumGetTimestampTz(ub.val))))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("period of %s must be a non-empty range with finite bounds", caller),
				 errdetail("Attrition is measured over a period with a first and a last instant.")));
	*lower = is_date ? DatumGetDateADT(lb.val) : DatumGetTimestampTz(lb.val);
	*upper = is_date ? DatumGetDateADT(ub.val) : DatumGetTimestampTz(ub.val);
}

/*
 * One customer row of attrition_agg or attrition_stats, in the units of the
 * period's kind (days or microseconds); churned is PG_INT64_MAX for a
 * customer who has not left (churned_on NULL).
 */
typedef struct AttritionRow
{
	int64		lower;
	int64		upper;
	int64		from;
	int64		churned;
} AttritionRow;

/*
 * Reads the customer row (active_from, churned_on, period: arguments 1-3)
 * of caller; false when active_from is NULL (the row is skipped).
 */
static bool
row_read(FunctionCallInfo fcinfo, int kind, const char *caller, AttritionRow *row)
{
	bool		is_date = (kind == KIND_DATE);

	if (PG_ARGISNULL(1))
		return false;
	period_bounds(fcinfo, &row->lower, &row->upper, is_date, caller);
	row->from = is_date ? PG_GETARG_DATEADT(1) : PG_GETARG_TIMESTAMPTZ(1);
	row->churned = PG_INT64_MAX;
	if (PG_ARGISNULL(2))
		return true;
	row->churned = is_date ? PG_GETARG_DATEADT(2) : PG_GETARG_TIMESTAMPTZ(2);
	if (row->churned < row->from)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("churned_on %s precedes active_from %s in %s",
						DatumGetCString(DirectFunctionCall1(kind_out[kind], PG_GETARG_DATUM(2))),
						DatumGetCString(DirectFunctionCall1(kind_out[kind], PG_GETARG_DATUM(1))),
						caller),
				 errdetail("A customer cannot leave before becoming a customer.")));
	return true;
}

/* Was the customer active at the period's start: from <= lower < churned? */
static inline bool
row_at_start(const AttritionRow *r)
{
	return r->from <= r->lower && r->lower < r->churned;
}

/* Was the customer active at the start and gone before the end? */
static inline bool
row_lost(const AttritionRow *r)
{
	return row_at_start(r) && r->churned < r->upper;
}

/* Did the customer join inside the period and stay to its end? */
static inline bool
row_gained(const AttritionRow *r)
{
	return r->lower < r->from && r->from < r->upper && r->upper <= r->churned;
}

/* Was the customer active at the period's end: from < upper <= churned? */
static inline bool
row_at_end(const AttritionRow *r)
{
	return r->from < r->upper && r->upper <= r->churned;
}

/* Refuses a row whose period differs from the one of the rows before it. */
static void
check_same_period(int kind, int64 lower, int64 upper, int row_kind,
				  const AttritionRow *row, const char *caller)
{
	if (kind != row_kind || lower != row->lower || upper != row->upper)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("period differs from the period of earlier rows in %s", caller),
				 errdetail("Every row of one aggregate must use the same period.")));
}

/*
 * Transition of attrition_agg: counts one customer (active_from, churned_on
 * of the period's kind; churned_on NULL = still a customer).
 */
static Datum
attrition_step(FunctionCallInfo fcinfo, int kind)
{
	AttritionRow row;
	AttritionState *s;

	if (!row_read(fcinfo, kind, "attrition_agg", &row))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	if (PG_ARGISNULL(0))
	{
		MemoryContext old = pgcx_state_context(fcinfo);

		s = palloc0(sizeof(AttritionState));
		MemoryContextSwitchTo(old);
		s->version = ATTRITION_VERSION;
		s->kind = kind;
		s->lower = row.lower;
		s->upper = row.upper;
	}
	else if (pgcx_in_aggregate(fcinfo))
		s = (AttritionState *) PG_GETARG_POINTER(0);
	else
	{
		s = palloc(sizeof(AttritionState));
		memcpy(s, state_checked(PG_GETARG_DATUM(0)), sizeof(AttritionState));
	}
	check_same_period(s->kind, s->lower, s->upper, kind, &row, "attrition_agg");
	if (row_at_start(&row))
	{
		s->active = pgcx_count_add(s->active, 1, "attrition_agg");
		if (row_lost(&row))
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
 * The yearly rate of a rate measured over days, 100 x (1 - (1 -
 * rate/100)^(365/days)), the arguments checked; rate_text and days_text
 * name them in errors as the caller wrote them (NULL: printed with %g).
 */
static double
annualize(double rate, double days, const char *rate_text, const char *days_text)
{
	if (!(rate >= 0.0 && rate <= 100.0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("rate %s is out of range for annualize_attrition",
						rate_text ? rate_text : psprintf("%g", rate)),
				 errdetail("The rate is a percentage from 0 to 100.")));
	if (!(days > 0.0) || isinf(days))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("period_days %s is out of range for annualize_attrition",
						days_text ? days_text : psprintf("%g", days)),
				 errdetail("The period is a finite, positive number of days.")));
	return 100.0 * (1.0 - pow(1.0 - rate / 100.0, 365.0 / days));
}

/*
 * annualize_attrition(rate, period_days): the yearly rate of a rate measured
 * over period_days, 100 x (1 - (1 - rate/100)^(365/period_days)).
 */
Datum
attrition_annualize(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT8(annualize(PG_GETARG_FLOAT8(0), PG_GETARG_FLOAT8(1), NULL, NULL));
}

/*
 * A numeric rate or period of annualize_attrition as float8; a rate outside
 * 0...100 is refused before the conversion could round it into range.
 */
static double
annualize_numeric_arg(Numeric num, bool is_rate)
{
	if (is_rate && !pgcx_numeric_between(num, 0, 100))
		annualize(-1.0, 1.0, numeric_normalize(num), NULL);
	return pgcx_numeric_float8(num);
}

/* annualize_attrition(int4, numeric): for the literals calls are written with. */
Datum
attrition_annualize_int4_numeric(PG_FUNCTION_ARGS)
{
	Numeric		days = PG_GETARG_NUMERIC(1);

	PG_RETURN_FLOAT8(annualize((double) PG_GETARG_INT32(0), annualize_numeric_arg(days, false),
							   NULL, numeric_normalize(days)));
}

/* annualize_attrition(numeric, numeric): for the literals calls are written with. */
Datum
attrition_annualize_numeric(PG_FUNCTION_ARGS)
{
	Numeric		rate = PG_GETARG_NUMERIC(0);
	Numeric		days = PG_GETARG_NUMERIC(1);

	PG_RETURN_FLOAT8(annualize(annualize_numeric_arg(rate, true),
							   annualize_numeric_arg(days, false),
							   numeric_normalize(rate), numeric_normalize(days)));
}

/* attrition(int4, int4): attrition(int8, int8) for integer literals. */
Datum
attrition_rate_int4(PG_FUNCTION_ARGS)
{
	Datum		args[2] = {Int64GetDatum(PG_GETARG_INT32(0)), Int64GetDatum(PG_GETARG_INT32(1))};

	return pgcx_call_as(fcinfo, attrition_rate, args);
}

/* retention_rate(int4, int4, int4): retention_rate(int8 x 3) for integer literals. */
Datum
attrition_retention_rate_int4(PG_FUNCTION_ARGS)
{
	Datum		args[3] = {Int64GetDatum(PG_GETARG_INT32(0)), Int64GetDatum(PG_GETARG_INT32(1)),
	Int64GetDatum(PG_GETARG_INT32(2))};

	return pgcx_call_as(fcinfo, attrition_retention_rate, args);
}

/*
 * Float8 count argument argno of caller (named what) as int64: a whole
 * number from 0 to 2^63 - 1, else ERROR 22023.
 */
static Datum
float8_count(FunctionCallInfo fcinfo, int argno, const char *what, const char *caller)
{
	double		v = PG_GETARG_FLOAT8(argno);

	if (!(v >= 0.0 && v < 9223372036854775808.0 && v == floor(v)))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s %s is not a count of customers in %s", what, pgcx_float8_text(v), caller),
				 errdetail("A count of customers is a whole number from 0 to 9223372036854775807.")));
	return Int64GetDatum((int64) v);
}

/*
 * attrition(float8, float8): attrition(int8, int8) for whole counts given as
 * float8, the form PostgreSQL picks for parameters of unknown type.
 */
Datum
attrition_rate_float8(PG_FUNCTION_ARGS)
{
	Datum		args[2];

	args[0] = float8_count(fcinfo, 0, "lost", "attrition");
	args[1] = float8_count(fcinfo, 1, "at_start", "attrition");
	return pgcx_call_as(fcinfo, attrition_rate, args);
}

/*
 * retention_rate(float8 x 3): retention_rate(int8 x 3) for whole counts
 * given as float8, the form PostgreSQL picks for parameters of unknown type.
 */
Datum
attrition_retention_rate_float8(PG_FUNCTION_ARGS)
{
	Datum		args[3];

	args[0] = float8_count(fcinfo, 0, "at_start", "retention_rate");
	args[1] = float8_count(fcinfo, 1, "at_end", "retention_rate");
	args[2] = float8_count(fcinfo, 2, "acquired", "retention_rate");
	return pgcx_call_as(fcinfo, attrition_retention_rate, args);
}

/*
 * attrition_stats: the counts behind attrition over one period.  Its state
 * is an int8[] (as PostgreSQL's avg(int4) keeps one), validated on every
 * read: {1 (format version), kind, lower, upper, at_start, lost, gained,
 * at_end}, with lower < upper, 0 <= lost <= at_start, 0 <= gained <= at_end
 * and at_end = at_start - lost + gained.
 */
#define STATS_VERSION		1
#define STATS_LEN			8
enum
{
	ST_VERSION, ST_KIND, ST_LOWER, ST_UPPER, ST_AT_START, ST_LOST, ST_GAINED, ST_AT_END
};

/*
 * The values of a one-dimensional int8[] without NULLs (ARR_DATA_PTR, which
 * also serves arrays with NULLs, does not compile warning-free).
 */
static inline int64 *
stats_values(ArrayType *a)
{
	return (int64 *) ((char *) a + ARR_OVERHEAD_NONULLS(1));
}

/* Says what is wrong with an attrition_stats state, or NULL. */
static const char *
stats_problem(ArrayType *a)
{
	int64	   *v;

	if (ARR_NDIM(a) != 1 || ARR_DIMS(a)[0] != STATS_LEN || ARR_HASNULL(a) ||
		ARR_ELEMTYPE(a) != INT8OID || ARR_LBOUND(a)[0] != 1)
		return "The state is an int8[] of 8 values, none NULL.";
	v = stats_values(a);
	if (v[ST_VERSION] != STATS_VERSION)
		return "The state's format version (its first value) must be 1.";
	if (v[ST_KIND] < KIND_DATE || v[ST_KIND] > KIND_TIMESTAMP)
		return "The kind (the second value) must be 1 (date), 2 (timestamptz) or 3 (timestamp).";
	if (v[ST_LOWER] >= v[ST_UPPER])
		return "The period's lower bound must be before its upper bound.";
	if (v[ST_LOST] < 0 || v[ST_LOST] > v[ST_AT_START] || v[ST_GAINED] < 0 ||
		v[ST_GAINED] > v[ST_AT_END] ||
		v[ST_AT_END] - v[ST_GAINED] != v[ST_AT_START] - v[ST_LOST])
		return "The counts must satisfy 0 <= lost <= at_start, 0 <= gained <= at_end and at_end = at_start - lost + gained.";
	return NULL;
}

/* The values of an attrition_stats state argument, refused unless well formed. */
static ArrayType *
stats_checked(Datum d)
{
	ArrayType  *a = DatumGetArrayTypeP(d);
	const char *problem = stats_problem(a);

	if (problem)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid attrition_stats state"),
				 errdetail("%s", problem)));
	return a;
}

/* A new, empty attrition_stats state for the period of row, where the aggregate keeps it. */
static ArrayType *
stats_new(FunctionCallInfo fcinfo, int kind, const AttritionRow *row)
{
	Datum		v[STATS_LEN] = {Int64GetDatum(STATS_VERSION), Int64GetDatum(kind),
		Int64GetDatum(row->lower), Int64GetDatum(row->upper), 0, 0, 0, 0};
	MemoryContext old = pgcx_state_context(fcinfo);
	ArrayType  *a;
	int			i;

	for (i = ST_AT_START; i < STATS_LEN; i++)
		v[i] = Int64GetDatum(0);
	a = construct_array(v, STATS_LEN, INT8OID, sizeof(int64), FLOAT8PASSBYVAL, TYPALIGN_DOUBLE);
	MemoryContextSwitchTo(old);
	return a;
}

/*
 * The state argument 0 of a transition or combine function, to be changed:
 * itself inside an aggregate (it lives in the aggregate's context), else a
 * copy.
 */
static ArrayType *
stats_writable(FunctionCallInfo fcinfo)
{
	ArrayType  *a = stats_checked(PG_GETARG_DATUM(0));

	if (pgcx_in_aggregate(fcinfo))
		return a;
	return (ArrayType *) memcpy(palloc(VARSIZE(a)), a, VARSIZE(a));
}

/* Adds 1 to count i of an attrition_stats state when yes. */
static inline void
stats_count(int64 *v, int i, bool yes)
{
	if (yes)
		v[i] = pgcx_count_add(v[i], 1, "attrition_stats");
}

/*
 * Transition of attrition_stats: counts one customer in at_start, lost,
 * gained and at_end, by attrition_agg's rules (row_at_start ... row_at_end).
 */
static Datum
stats_step(FunctionCallInfo fcinfo, int kind)
{
	AttritionRow row;
	ArrayType  *a;
	int64	   *v;

	if (!row_read(fcinfo, kind, "attrition_stats", &row))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	a = PG_ARGISNULL(0) ? stats_new(fcinfo, kind, &row) : stats_writable(fcinfo);
	v = stats_values(a);
	check_same_period(v[ST_KIND], v[ST_LOWER], v[ST_UPPER], kind, &row, "attrition_stats");
	stats_count(v, ST_AT_START, row_at_start(&row));
	stats_count(v, ST_LOST, row_lost(&row));
	stats_count(v, ST_GAINED, row_gained(&row));
	stats_count(v, ST_AT_END, row_at_end(&row));
	PG_RETURN_ARRAYTYPE_P(a);
}

/* attrition_stats(date, date, daterange) transition. */
Datum
attrition_stats_accum_date(PG_FUNCTION_ARGS)
{
	return stats_step(fcinfo, KIND_DATE);
}

/* attrition_stats(timestamptz, timestamptz, tstzrange) transition. */
Datum
attrition_stats_accum_tstz(PG_FUNCTION_ARGS)
{
	return stats_step(fcinfo, KIND_TIMESTAMPTZ);
}

/* attrition_stats(timestamp, timestamp, tsrange) transition: compared as they are. */
Datum
attrition_stats_accum_ts(PG_FUNCTION_ARGS)
{
	return stats_step(fcinfo, KIND_TIMESTAMP);
}

/* Combine function of attrition_stats (strict): adds two partial counts. */
Datum
attrition_stats_combine(PG_FUNCTION_ARGS)
{
	ArrayType  *b = stats_checked(PG_GETARG_DATUM(1));
	ArrayType  *a = stats_writable(fcinfo);
	int64	   *va = stats_values(a);
	int64	   *vb = stats_values(b);
	int			i;

	if (va[ST_KIND] != vb[ST_KIND] || va[ST_LOWER] != vb[ST_LOWER] || va[ST_UPPER] != vb[ST_UPPER])
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot merge attrition_stats states of different periods"),
				 errdetail("Every row of one aggregate must use the same period.")));
	for (i = ST_AT_START; i < STATS_LEN; i++)
		va[i] = pgcx_count_add(va[i], vb[i], "attrition_stats");
	PG_RETURN_ARRAYTYPE_P(a);
}

/*
 * Final function of attrition_stats: the composite (at_start, lost, gained,
 * at_end, attrition), attrition NULL when at_start = 0.
 */
Datum
attrition_stats_final(PG_FUNCTION_ARGS)
{
	int64	   *v = stats_values(stats_checked(PG_GETARG_DATUM(0)));
	TupleDesc	desc;
	Datum		values[5];
	bool		nulls[5] = {false, false, false, false, v[ST_AT_START] == 0};

	if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "attrition_stats_final must return a composite type");
	values[0] = Int64GetDatum(v[ST_AT_START]);
	values[1] = Int64GetDatum(v[ST_LOST]);
	values[2] = Int64GetDatum(v[ST_GAINED]);
	values[3] = Int64GetDatum(v[ST_AT_END]);
	values[4] = Float8GetDatum(v[ST_AT_START] == 0 ? 0.0 :
							   100.0 * (double) v[ST_LOST] / (double) v[ST_AT_START]);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(BlessTupleDesc(desc), values, nulls)));
}
