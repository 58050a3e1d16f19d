/*
 * rfm.c
 *		rfm_agg(purchased_on, amount, observed_until, unit): a customer's
 *		transactions summarised as the inputs of the BG/NBD and Gamma-Gamma
 *		models (SPEC section 5.1), the composite rfm:
 *			frequency	purchase days - 1 (repeat purchases)
 *			recency		last - first purchase day, in units
 *			t			observed_until - first purchase day, in units
 *			monetary	mean amount of the repeat purchase days (0 if none)
 *		Purchases on one calendar day are one purchase (their amounts
 *		added); purchases after observed_until are left out (calibration
 *		and holdout).  timestamptz values are placed by their UTC date,
 *		timestamp values by their own date.
 *
 * Its state, rfm_state, keeps every purchase (its day and amount): days
 * must be told apart, and the sums are made in the final function in one
 * order (by day, then amount), so that the result is the same float8
 * whatever order the rows came in and however a parallel plan split them.
 * Stored form:
 *		int32	varlena header
 *		uint8	version (1), uint8 flags (0), uint16 unused (0)
 *		int32	observed_until	days since 2000-01-01
 *		int32	unit_days		the unit, in days (> 0)
 *		int32	n				purchases held
 *		int32	unused (0)
 *		then room for purchases { int32 day; int32 unused (0); float8 amount },
 *		the first n of them used (a state inside an aggregate keeps room to
 *		grow), each with day <= observed_until and a finite amount >= 0.
 * The binary form is the version, flags, observed_until, unit_days, n, then
 * n pairs (int32 day, float8 amount), in network byte order.  The text form
 * is JSON: {"observed_until":-824,"unit_days":7,"purchases":[[-1095,29.33],...]}
 * with days counted from 2000-01-01.
 */
#include "postgres.h"

#include <math.h>

#include "access/htup_details.h"
#include "datatype/timestamp.h"
#include "funcapi.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/numeric.h"
#include "utils/timestamp.h"

#include "common/aggregate.h"
#include "common/compare.h"
#include "common/format.h"
#include "common/parse.h"
#include "common/pgcx.h"

#define RFM_VERSION		1

typedef struct RfmPurchase
{
	int32		day;
	int32		unused;
	double		amount;
} RfmPurchase;

typedef struct RfmState
{
	int32		vl_len_;		/* varlena header (do not touch directly) */
	uint8		version;
	uint8		flags;
	uint16		unused;
	int32		observed_until;
	int32		unit_days;
	int32		n;
	int32		unused2;
	RfmPurchase purchases[FLEXIBLE_ARRAY_MEMBER];
} RfmState;

#define RFM_SIZE(room)	(offsetof(RfmState, purchases) + sizeof(RfmPurchase) * (Size) (room))
#define RFM_ROOM(s)		((int) ((VARSIZE(s) - offsetof(RfmState, purchases)) / sizeof(RfmPurchase)))
#define RFM_MAX_ROOM	((int) ((MaxAllocSize - offsetof(RfmState, purchases)) / sizeof(RfmPurchase)))

PG_FUNCTION_INFO_V1(rfm_state_in);
PG_FUNCTION_INFO_V1(rfm_state_out);
PG_FUNCTION_INFO_V1(rfm_state_recv);
PG_FUNCTION_INFO_V1(rfm_state_send);
PG_FUNCTION_INFO_V1(rfm_agg_accum_date);
PG_FUNCTION_INFO_V1(rfm_agg_accum_tstz);
PG_FUNCTION_INFO_V1(rfm_agg_accum_ts);
PG_FUNCTION_INFO_V1(rfm_agg_combine);
PG_FUNCTION_INFO_V1(rfm_agg_final);
PG_FUNCTION_INFO_V1(rfm_agg_final_v2);

/* Says what is wrong with a state of `size` bytes, or NULL. */
static const char *
rfm_problem(const RfmState *s, Size size)
{
	const char *problem;

	if (size < offsetof(RfmState, purchases))
		return "The value is shorter than its header.";
	problem = pgcx_version_problem("rfm_state", s->version, RFM_VERSION);
	if (problem)
		return problem;
	if (s->flags != 0 || s->unused != 0 || s->unused2 != 0)
		return "The flags word has bits that version 1 does not define.";
	if ((size - offsetof(RfmState, purchases)) % sizeof(RfmPurchase) != 0 ||
		s->n < 0 || s->n > (int) ((size - offsetof(RfmState, purchases)) / sizeof(RfmPurchase)))
		return "The value's size does not match its number of purchases.";
	if (s->unit_days <= 0)
		return "The unit is a positive number of days.";
	if (DATE_NOT_FINITE(s->observed_until))
		return "observed_until is a finite date.";
	for (int i = 0; i < s->n; i++)
	{
		const RfmPurchase *p = &s->purchases[i];

		if (p->unused != 0)
			return "The flags word has bits that version 1 does not define.";
		if (p->day > s->observed_until || DATE_NOT_FINITE(p->day))
			return "A purchase is not on a finite day up to observed_until.";
		if (!isfinite(p->amount) || p->amount < 0)
			return "An amount is not a finite number >= 0.";
	}
	return NULL;
}

/* An rfm_state argument, refused unless well formed. */
static RfmState *
rfm_checked(Datum datum)
{
	RfmState   *s = (RfmState *) PG_DETOAST_DATUM(datum);
	const char *problem = rfm_problem(s, VARSIZE(s));

	if (problem)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("corrupted rfm_state value"),
				 errdetail("%s", problem)));
	return s;
}

static int	purchase_cmp(const void *a, const void *b);

/*
 * The key of an rfm_state (compare.h), validated: observed_until,
 * unit_days, the number of purchases, then the purchases (day, amount) in
 * order of day, then amount: a state holds them in the order they came,
 * and the same purchases are the same state.
 */
static void
rfm_state_key(Datum value, PgcxKey *key)
{
	RfmState   *s = rfm_checked(value);
	RfmPurchase *p = palloc(sizeof(RfmPurchase) * Max(s->n, 1));
	int64	   *body;

	key->value = s;
	pgcx_key_head(key, s->observed_until);
	pgcx_key_head(key, s->unit_days);
	pgcx_key_head(key, s->n);
	memcpy(p, s->purchases, sizeof(RfmPurchase) * s->n);
	qsort(p, s->n, sizeof(RfmPurchase), purchase_cmp);
	body = pgcx_key_new_body(key, 2 * (int64) s->n);
	for (int i = 0; i < s->n; i++)
	{
		body[2 * i] = p[i].day;
		body[2 * i + 1] = pgcx_key_float8(p[i].amount);
	}
	pfree(p);
}

/*
 * = <> < <= > >=, btree and hash support of rfm_state (compare.h):
 * rfm_state_eq, rfm_state_ne, rfm_state_lt, rfm_state_le, rfm_state_gt,
 * rfm_state_ge, rfm_state_cmp, rfm_state_hash, rfm_state_hash_extended
 */
PGCX_COMPARISON_FUNCTIONS(rfm_state, rfm_state_key)

/* A new state with room for `room` purchases, in the current context. */
static RfmState *
rfm_new(int32 observed_until, int32 unit_days, int room)
{
	RfmState   *s = palloc0(RFM_SIZE(room));

	SET_VARSIZE(s, RFM_SIZE(room));
	s->version = RFM_VERSION;
	s->observed_until = observed_until;
	s->unit_days = unit_days;
	return s;
}

/* A copy of s with room for `room` purchases (at least s->n). */
static RfmState *
rfm_regrow(const RfmState *s, int room)
{
	RfmState   *c;

	if (room > RFM_MAX_ROOM)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("too many purchases for one rfm_agg"),
				 errdetail("rfm_agg holds at most %d purchases per customer.", RFM_MAX_ROOM)));
	c = rfm_new(s->observed_until, s->unit_days, room);
	c->n = s->n;
	memcpy(c->purchases, s->purchases, sizeof(RfmPurchase) * s->n);
	return c;
}

/* The text form of a state. */
Datum
rfm_state_out(PG_FUNCTION_ARGS)
{
	RfmState   *s = rfm_checked(PG_GETARG_DATUM(0));
	StringInfoData buf;

	initStringInfo(&buf);
	appendStringInfo(&buf, "{\"observed_until\":%d,\"unit_days\":%d,\"purchases\":[",
					 s->observed_until, s->unit_days);
	for (int i = 0; i < s->n; i++)
	{
		appendStringInfo(&buf, "%s[%d,", i ? "," : "", s->purchases[i].day);
		pgcx_append_float8(&buf, s->purchases[i].amount);
		appendStringInfoChar(&buf, ']');
	}
	appendStringInfoString(&buf, "]}");
	PG_RETURN_CSTRING(buf.data);
}

/* Reads a JSON integer that fits in int32. */
static int32
parse_int32(PgcxParser *ps, const char *what)
{
	int64		v = pgcx_parse_int64(ps, what);

	if (v < PG_INT32_MIN || v > PG_INT32_MAX)
		pgcx_parse_fail(ps, psprintf("%s does not fit in an integer.", what));
	return (int32) v;
}

/* rfm_state_in(cstring): text input. */
Datum
rfm_state_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	PgcxParser	ps = {str, str, "rfm_state",
		"The form is {\"observed_until\":-824,\"unit_days\":7,\"purchases\":[[-1095,29.33],...]}, days counted from 2000-01-01."};
	int32		observed,
				unit;
	RfmState   *s;
	const char *problem;

	pgcx_parse_token(&ps, "{", "Expected \"{\".");
	pgcx_parse_token(&ps, "\"observed_until\"", "Expected the key \"observed_until\" first.");
	pgcx_parse_token(&ps, ":", "Expected \":\" after \"observed_until\".");
	observed = parse_int32(&ps, "observed_until");
	pgcx_parse_token(&ps, ",", "Expected \",\" after observed_until.");
	pgcx_parse_token(&ps, "\"unit_days\"", "Expected the key \"unit_days\" after observed_until.");
	pgcx_parse_token(&ps, ":", "Expected \":\" after \"unit_days\".");
	unit = parse_int32(&ps, "unit_days");
	pgcx_parse_token(&ps, ",", "Expected \",\" after unit_days.");
	pgcx_parse_token(&ps, "\"purchases\"", "Expected the key \"purchases\" after unit_days.");
	pgcx_parse_token(&ps, ":", "Expected \":\" after \"purchases\".");
	pgcx_parse_token(&ps, "[", "Expected \"[\" to open purchases.");
	s = rfm_new(observed, unit, 8);
	pgcx_parse_space(&ps);
	while (*ps.p != ']')
	{
		if (s->n > 0)
			pgcx_parse_token(&ps, ",", "Expected \",\" or \"]\" after a purchase.");
		if (s->n == RFM_ROOM(s))
		{
			if (s->n >= RFM_MAX_ROOM / 2)
				pgcx_parse_fail(&ps, "The value has too many purchases.");
			s = rfm_regrow(s, 2 * s->n);
		}
		pgcx_parse_token(&ps, "[", "Expected \"[\" to open a purchase [day, amount].");
		s->purchases[s->n].day = parse_int32(&ps, "A purchase's day");
		pgcx_parse_token(&ps, ",", "A purchase is [day, amount].");
		s->purchases[s->n].amount = pgcx_parse_float8(&ps, "An amount");
		pgcx_parse_token(&ps, "]", "A purchase is [day, amount], then \"]\".");
		s->n++;
		pgcx_parse_space(&ps);
	}
	pgcx_parse_token(&ps, "]", "Expected \"]\" to close purchases.");
	pgcx_parse_token(&ps, "}", "Expected \"}\" after purchases.");
	pgcx_parse_end(&ps);
	s = rfm_regrow(s, s->n);	/* no spare room in a stored value */
	problem = rfm_problem(s, VARSIZE(s));
	if (problem)
		pgcx_parse_fail(&ps, problem);
	PG_RETURN_POINTER(s);
}

/* rfm_state_recv(internal): binary input, validated like text input. */
Datum
rfm_state_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	uint8		version,
				flags;
	int32		observed,
				unit,
				n;
	RfmState   *s;
	const char *problem;

	pgcx_recv_version(buf, "rfm_state", RFM_VERSION);
	if (buf->len - buf->cursor < 14)
		pgcx_recv_fail("rfm_state", "The value is shorter than its header.");
	version = pq_getmsgbyte(buf);
	flags = pq_getmsgbyte(buf);
	observed = pq_getmsgint(buf, 4);
	unit = pq_getmsgint(buf, 4);
	n = pq_getmsgint(buf, 4);
	if (n < 0 || n > RFM_MAX_ROOM || buf->len - buf->cursor != n * 12)
		pgcx_recv_fail("rfm_state", psprintf("The value announces %d purchases of 12 bytes; %d bytes follow.",
											 n, buf->len - buf->cursor));
	s = rfm_new(observed, unit, n);
	s->version = version;
	s->flags = flags;
	s->n = n;
	for (int i = 0; i < n; i++)
	{
		s->purchases[i].day = pq_getmsgint(buf, 4);
		s->purchases[i].amount = pq_getmsgfloat8(buf) + 0.0;	/* -0 is 0 */
	}
	problem = rfm_problem(s, VARSIZE(s));
	if (problem)
		pgcx_recv_fail("rfm_state", problem);
	PG_RETURN_POINTER(s);
}

/* rfm_state_send(rfm_state): binary output. */
Datum
rfm_state_send(PG_FUNCTION_ARGS)
{
	RfmState   *s = rfm_checked(PG_GETARG_DATUM(0));
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, s->version);
	pq_sendbyte(&buf, s->flags);
	pq_sendint32(&buf, s->observed_until);
	pq_sendint32(&buf, s->unit_days);
	pq_sendint32(&buf, s->n);
	for (int i = 0; i < s->n; i++)
	{
		pq_sendint32(&buf, s->purchases[i].day);
		pq_sendfloat8(&buf, s->purchases[i].amount);
	}
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* The unit argument (argument 4) in days; ERROR 22023 unless whole days. */
static int32
unit_days(FunctionCallInfo fcinfo)
{
	Interval   *iv;
	int64		days = 0;

	if (PG_ARGISNULL(4))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unit of rfm_agg must not be null"),
				 errdetail("The unit is the time unit of recency and t, a positive whole number of days such as '1 day' or '1 week'.")));
	iv = PG_GETARG_INTERVAL_P(4);
	if (iv->month == 0 && iv->time % USECS_PER_DAY == 0)
		days = (int64) iv->day + iv->time / USECS_PER_DAY;
	if (iv->month != 0 || iv->time % USECS_PER_DAY != 0 || days <= 0 || days > PG_INT32_MAX)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unit \"%s\" is not a positive whole number of days in rfm_agg",
						DatumGetCString(DirectFunctionCall1(interval_out, PointerGetDatum(iv)))),
				 errdetail("The unit is the time unit of recency and t, a positive whole number of days such as '1 day' or '1 week'; months have no fixed length.")));
	return (int32) days;
}

/*
 * The calendar day of argument argno of kind `type` (date, timestamptz by
 * its UTC date, timestamp by its own date), in days since 2000-01-01;
 * ERROR 22023 when infinite.
 */
static int32
arg_day(FunctionCallInfo fcinfo, int argno, Oid type, const char *what)
{
	int64		day;
	bool		finite;

	if (type == DATEOID)
	{
		day = PG_GETARG_DATEADT(argno);
		finite = !DATE_NOT_FINITE((DateADT) day);
	}
	else
	{
		Timestamp	ts = PG_GETARG_TIMESTAMP(argno);

		finite = !TIMESTAMP_NOT_FINITE(ts);
		day = pgcx_floor_div(ts, USECS_PER_DAY);
	}
	if (!finite)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s is infinite in rfm_agg", what),
				 errdetail("Purchases and the end of observation are on finite dates.")));
	return (int32) day;
}

/* The amount argument (argument 2) as a float8 >= 0; 22023 or 22003. */
static double
amount_arg(FunctionCallInfo fcinfo)
{
	Numeric		num = PG_GETARG_NUMERIC(2);
	double		v;

	if (numeric_is_nan(num) || numeric_is_inf(num))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("amount %s is not finite in rfm_agg", numeric_normalize(num)),
				 errdetail("An amount is a finite number, zero or more.")));
	v = DatumGetFloat8(DirectFunctionCall1(numeric_float8_no_overflow, NumericGetDatum(num)));
	if (v < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("amount %s is negative in rfm_agg", numeric_normalize(num)),
				 errdetail("An amount is a finite number, zero or more; record refunds apart.")));
	if (!isfinite(v))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("amount %s is out of range for rfm_agg", numeric_out_sci(num, 6)),
				 errdetail("An amount must fit in a double precision number.")));
	return v + 0.0;				/* -0 is 0 */
}

/*
 * Transition of rfm_agg: records one purchase (purchased_on of type `type`,
 * amount); one after observed_until is left out, one with a NULL
 * purchased_on or amount skipped.
 */
static Datum
rfm_step(FunctionCallInfo fcinfo, Oid type)
{
	int32		day,
				observed,
				unit;
	double		amount;
	RfmState   *s;

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	if (PG_ARGISNULL(3))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("observed_until of rfm_agg must not be null"),
				 errdetail("observed_until is the last day of observation; later purchases are left out.")));
	day = arg_day(fcinfo, 1, type, "purchased_on");
	amount = amount_arg(fcinfo);
	observed = arg_day(fcinfo, 3, type, "observed_until");
	unit = unit_days(fcinfo);

	if (PG_ARGISNULL(0))
	{
		MemoryContext old = pgcx_state_context(fcinfo);

		s = rfm_new(observed, unit, 4);
		MemoryContextSwitchTo(old);
	}
	else if (pgcx_in_aggregate(fcinfo))
		s = (RfmState *) PG_GETARG_POINTER(0);
	else
	{
		RfmState   *arg = rfm_checked(PG_GETARG_DATUM(0));

		s = rfm_regrow(arg, arg->n + 1);
	}
	if (s->observed_until != observed || s->unit_days != unit)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("observed_until or unit differs from earlier rows in rfm_agg"),
				 errdetail("Every row of one customer must use the same observed_until and unit.")));
	if (day > observed)
		PG_RETURN_POINTER(s);

	/*
	 * Full: a copy with twice the room, in the per-row context; the
	 * aggregate copies it to its own and frees the old state.
	 */
	if (s->n == RFM_ROOM(s))
		s = rfm_regrow(s, Max(4, Min(2 * (int64) s->n, (int64) RFM_MAX_ROOM + 1)));
	s->purchases[s->n].day = day;
	s->purchases[s->n].amount = amount;
	s->n++;
	PG_RETURN_POINTER(s);
}

/* rfm_agg(date, numeric, date, interval) transition. */
Datum
rfm_agg_accum_date(PG_FUNCTION_ARGS)
{
	return rfm_step(fcinfo, DATEOID);
}

/* rfm_agg(timestamptz, numeric, timestamptz, interval) transition: UTC dates. */
Datum
rfm_agg_accum_tstz(PG_FUNCTION_ARGS)
{
	return rfm_step(fcinfo, TIMESTAMPTZOID);
}

/*
 * rfm_agg(timestamp, numeric, timestamp, interval) transition: each
 * timestamp's own date, whatever the session's TimeZone.
 */
Datum
rfm_agg_accum_ts(PG_FUNCTION_ARGS)
{
	return rfm_step(fcinfo, TIMESTAMPOID);
}

/* Combine function of rfm_agg: the purchases of both states. */
Datum
rfm_agg_combine(PG_FUNCTION_ARGS)
{
	RfmState   *a,
			   *b,
			   *r;
	MemoryContext old;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	b = rfm_checked(PG_GETARG_DATUM(1));
	if (PG_ARGISNULL(0))
	{
		old = pgcx_state_context(fcinfo);
		r = rfm_regrow(b, b->n);
		MemoryContextSwitchTo(old);
		PG_RETURN_POINTER(r);
	}
	a = pgcx_in_aggregate(fcinfo) ? (RfmState *) PG_GETARG_POINTER(0) :
		rfm_checked(PG_GETARG_DATUM(0));
	if (a->observed_until != b->observed_until || a->unit_days != b->unit_days)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot merge rfm_agg states of different observed_until or unit"),
				 errdetail("Every row of one customer must use the same observed_until and unit.")));
	if (b->n == 0)
		PG_RETURN_POINTER(a);
	if ((int64) a->n + b->n > RFM_MAX_ROOM)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("too many purchases for one rfm_agg"),
				 errdetail("rfm_agg holds at most %d purchases per customer.", RFM_MAX_ROOM)));
	r = rfm_regrow(a, a->n + b->n);
	memcpy(&r->purchases[r->n], b->purchases, sizeof(RfmPurchase) * b->n);
	r->n += b->n;
	PG_RETURN_POINTER(r);
}

/* Orders purchases by day, then amount. */
static int
purchase_cmp(const void *a, const void *b)
{
	const RfmPurchase *pa = (const RfmPurchase *) a;
	const RfmPurchase *pb = (const RfmPurchase *) b;

	if (pa->day != pb->day)
		return pa->day < pb->day ? -1 : 1;
	return (pa->amount > pb->amount) - (pa->amount < pb->amount);
}

/*
 * Final function of rfm_agg: the composite rfm, NULL without a purchase.
 * 1.1.0's returned monetary = Infinity when a day's amounts, or the repeat
 * days' totals, added up past float8; _v2 refuses a day whose total does
 * not fit (22003, as an amount that does not fit: the day's purchases are
 * one purchase), and when only the sum of the repeat days overflows,
 * computes their mean from totals scaled by 2^-32 (days < 2^31 keep that
 * sum finite; the mean is at most the largest total).
 */
static Datum
rfm_final_common(FunctionCallInfo fcinfo, bool v2)
{
	RfmState   *s;
	RfmPurchase *p;
	TupleDesc	tupdesc;
	Datum		values[4];
	bool		nulls[4] = {false};
	int64		days = 0;
	double		repeat_total = 0,
				day_total = 0,
				monetary,
				unit;
	int32		first,
				last;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	s = rfm_checked(PG_GETARG_DATUM(0));
	if (s->n == 0)
		PG_RETURN_NULL();
	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "rfm_agg must return a composite type");
	p = palloc(sizeof(RfmPurchase) * s->n);
	memcpy(p, s->purchases, sizeof(RfmPurchase) * s->n);
	qsort(p, s->n, sizeof(RfmPurchase), purchase_cmp);

	/* each day's amount, added in order; the repeat days' totals too */
	first = p[0].day;
	last = p[s->n - 1].day;
	for (int i = 0; i < s->n; i++)
	{
		day_total += p[i].amount;
		if (i == s->n - 1 || p[i + 1].day != p[i].day)
		{
			if (v2 && !isfinite(day_total))
				ereport(ERROR,
						(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
						 errmsg("the amounts of %s add up to more than rfm_agg can hold",
								DatumGetCString(DirectFunctionCall1(date_out,
																	DateADTGetDatum(p[i].day)))),
						 errdetail("The purchases of a day are one purchase, whose amount must fit in a double precision number (about 1.8e308).")));
			if (days > 0)
				repeat_total += day_total;
			days++;
			day_total = 0;
		}
	}
	monetary = days > 1 ? repeat_total / (double) (days - 1) : 0.0;
	if (v2 && !isfinite(repeat_total))
	{
		/* each day's total fits: their mean does too */
		double		scaled = 0;
		int64		day = 0;

		day_total = 0;
		for (int i = 0; i < s->n; i++)
		{
			day_total += p[i].amount;
			if (i == s->n - 1 || p[i + 1].day != p[i].day)
			{
				if (day > 0)
					scaled += ldexp(day_total, -32);
				day++;
				day_total = 0;
			}
		}
		monetary = ldexp(scaled / (double) (days - 1), 32);
	}
	unit = (double) s->unit_days;
	values[0] = Float8GetDatum((double) (days - 1));
	values[1] = Float8GetDatum((double) ((int64) last - first) / unit);
	values[2] = Float8GetDatum((double) ((int64) s->observed_until - first) / unit);
	values[3] = Float8GetDatum(monetary);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(BlessTupleDesc(tupdesc), values, nulls)));
}

Datum
rfm_agg_final(PG_FUNCTION_ARGS)
{
	return rfm_final_common(fcinfo, false);
}

Datum
rfm_agg_final_v2(PG_FUNCTION_ARGS)
{
	return rfm_final_common(fcinfo, true);
}
