/*
 * rolling_benchmark.c
 *		The rolling_benchmark type: a window of the `periods` most recent
 *		periods (each `bucket` long), each holding a score distribution,
 *		ending at the newest period seen.  Its aggregates, merge, I/O and
 *		roll_to live here; the readings (series, trend...) in
 *		rolling_benchmark_read.c.
 *
 * Periods are numbered on a fixed axis, so that windows built apart merge:
 *   - a bucket of N days (weeks are 7 N days) numbers periods from Monday
 *     2000-01-03: period k starts on 2000-01-03 + k N;
 *   - a bucket of 1, 3, 6 or 12 months numbers them from January 2000:
 *     period k starts on the first day of month 2000-01 + k M.
 * timestamptz values are placed by their UTC date.
 *
 * Stored form (double aligned, extended storage):
 *		int32	varlena header
 *		uint8	version (1), flags (0), lo, hi
 *		uint8	unit (1 days, 2 months), unused (0); uint16 periods (1..120)
 *		int32	step (days, or months), end (number of the newest period),
 *				unused (0)
 *		int64	counts[periods][hi - lo + 1], the oldest period first
 * The binary form is the same without the varlena header, in network order.
 */
#include "postgres.h"

#include <ctype.h>

#include "datatype/timestamp.h"
#include "lib/stringinfo.h"
#include "catalog/pg_type.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/lsyscache.h"
#include "utils/timestamp.h"

#include "common/aggregate.h"
#include "common/compare.h"
#include "common/format.h"
#include "common/parse.h"
#include "common/pgcx.h"
#include "scores/score_dist.h"
#include "scores/scores.h"
#include "benchmarks/rolling_benchmark.h"

PG_FUNCTION_INFO_V1(rolling_benchmark_in);
PG_FUNCTION_INFO_V1(rolling_benchmark_out);
PG_FUNCTION_INFO_V1(rolling_benchmark_recv);
PG_FUNCTION_INFO_V1(rolling_benchmark_send);
PG_FUNCTION_INFO_V1(rolling_benchmark_to_jsonb);
PG_FUNCTION_INFO_V1(rolling_benchmark_from_jsonb);
PG_FUNCTION_INFO_V1(rolling_benchmark_combine);
PG_FUNCTION_INFO_V1(rolling_benchmark_plus);
PG_FUNCTION_INFO_V1(rolling_benchmark_roll_to);

/* Monday 2000-01-03, the origin of day and week periods, as a DateADT. */
#define RB_DAY_ORIGIN	2


/* Number of the period holding date d. */
int32
rb_period_of(const RollingBenchmark *rb, DateADT d)
{
	int			y,
				m,
				day;

	if (rb->unit == RB_DAYS)
		return (int32) pgcx_floor_div((int64) d - RB_DAY_ORIGIN, rb->step);
	j2date(d + POSTGRES_EPOCH_JDATE, &y, &m, &day);
	return (int32) pgcx_floor_div((int64) (y - 2000) * 12 + (m - 1), rb->step);
}

/* First day of period k. */
DateADT
rb_period_start(const RollingBenchmark *rb, int32 k)
{
	int64		months;

	if (rb->unit == RB_DAYS)
		return (DateADT) (RB_DAY_ORIGIN + (int64) k * rb->step);
	months = (int64) k * rb->step;
	return date2j(2000 + (int) pgcx_floor_div(months, 12),
				  (int) (months - pgcx_floor_div(months, 12) * 12) + 1, 1) - POSTGRES_EPOCH_JDATE;
}

/* An empty window, in the current memory context. */
RollingBenchmark *
rb_new(int lo, int hi, int unit, int step, int periods, int32 end)
{
	Size		size = RB_SIZE(periods, hi - lo + 1);
	RollingBenchmark *rb = (RollingBenchmark *) palloc0(size);

	SET_VARSIZE(rb, size);
	rb->version = RB_VERSION;
	rb->lo = lo;
	rb->hi = hi;
	rb->unit = unit;
	rb->periods = periods;
	rb->step = step;
	rb->end = end;
	return rb;
}

/* DateADT of 0100-01-01 and 9999-12-31, the dates rolling_benchmark places */
#define RB_FIRST_DATE	(1757585 - POSTGRES_EPOCH_JDATE)
#define RB_LAST_DATE	(5373484 - POSTGRES_EPOCH_JDATE)

/*
 * Is date d one that rolling_benchmark places, years 100 to 9999?  (The
 * first day of its period, up to ten years earlier, must still be a date
 * the text form writes.)
 */
static inline bool
date_in_axis(int64 d)
{
	return d >= RB_FIRST_DATE && d <= RB_LAST_DATE;
}

/*
 * Does period `end` start within years 1..9999, the dates the text form
 * writes and reads back?
 */
static bool
rb_end_valid(const RollingBenchmark *rb)
{
	int64		first = date2j(1, 1, 1) - POSTGRES_EPOCH_JDATE;
	int64		last = date2j(9999, 12, 31) - POSTGRES_EPOCH_JDATE;
	int64		months;

	if (rb->unit == RB_DAYS)
	{
		int64		start = RB_DAY_ORIGIN + (int64) rb->end * rb->step;

		return start >= first && start <= last;
	}
	months = (int64) rb->end * rb->step;
	return months >= -1999 * 12 && months <= 7999 * 12 + 11;
}

/* Says what is wrong with the header of a window, or NULL. */
static const char *
rb_header_problem(const RollingBenchmark *rb)
{
	const char *problem = pgcx_version_problem("rolling_benchmark",
											   rb->version, RB_VERSION);

	if (problem)
		return problem;
	if (rb->flags != 0 || rb->unused1 != 0 || rb->unused2 != 0)
		return "The flags word has bits that version 1 does not define.";
	if (rb->lo >= rb->hi || rb->hi > SCORE_MAX)
		return "The scale must satisfy 0 <= lo < hi <= 100.";
	if (rb->periods < 1 || rb->periods > RB_MAX_PERIODS)
		return "The number of periods must be from 1 to 120.";
	if (!((rb->unit == RB_DAYS && rb->step >= 1 && rb->step <= RB_MAX_DAYS) ||
		  (rb->unit == RB_MONTHS && (rb->step == 1 || rb->step == 3 ||
									 rb->step == 6 || rb->step == 12))))
		return "The bucket must be a whole number of days or weeks, or 1, 3, 6 or 12 months.";
	if (!rb_end_valid(rb))
		return "The end period is out of range.";
	return NULL;
}

/* Says what is wrong with a stored window of `size` bytes, or NULL. */
const char *
rb_problem(const RollingBenchmark *rb, Size size)
{
	int64		total = 0;
	int			i;
	const char *problem;

	if (size < offsetof(RollingBenchmark, counts))
		return "The value is shorter than its header.";
	problem = rb_header_problem(rb);
	if (problem)
		return problem;
	if (size != RB_SIZE(rb->periods, RB_NSCORES(rb)))
		return "The number of counts does not match the scale and the periods.";
	for (i = 0; i < rb->periods * RB_NSCORES(rb); i++)
	{
		if (rb->counts[i] < 0)
			return "Counts must not be negative.";
		if (pg_add_s64_overflow(total, rb->counts[i], &total))
			return "The total count does not fit in a bigint.";
	}
	return NULL;
}

/* Detoasts a rolling_benchmark argument and refuses it unless well formed. */
RollingBenchmark *
rb_checked(Datum datum)
{
	RollingBenchmark *rb = (RollingBenchmark *) PG_DETOAST_DATUM(datum);
	const char *problem = rb_problem(rb, VARSIZE(rb));

	if (problem)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("corrupted rolling_benchmark value"),
				 errdetail("%s", problem)));
	return rb;
}

/*
 * The key of a rolling_benchmark (compare.h), validated: lo, hi, the
 * bucket (days before months, then its length), periods, end, then the
 * counts period by period from the oldest, score by score from the lowest.
 */
static void
rolling_benchmark_key(Datum value, PgcxKey *key)
{
	RollingBenchmark *rb = rb_checked(value);

	key->value = rb;
	pgcx_key_head(key, rb->lo);
	pgcx_key_head(key, rb->hi);
	pgcx_key_head(key, rb->unit);
	pgcx_key_head(key, rb->step);
	pgcx_key_head(key, rb->periods);
	pgcx_key_head(key, rb->end);
	key->body = rb->counts;
	key->nbody = (int64) rb->periods * RB_NSCORES(rb);
}

/*
 * = <> < <= > >=, btree and hash support of rolling_benchmark (compare.h):
 * rolling_benchmark_eq, rolling_benchmark_ne, rolling_benchmark_lt,
 * rolling_benchmark_le, rolling_benchmark_gt, rolling_benchmark_ge,
 * rolling_benchmark_cmp, rolling_benchmark_hash,
 * rolling_benchmark_hash_extended
 */
PGCX_COMPARISON_FUNCTIONS(rolling_benchmark, rolling_benchmark_key)

/* Number of answers in the whole window; ERROR 22003 if it overflows. */
int64
rb_total(const RollingBenchmark *rb, const char *caller)
{
	int64		n = 0;
	int			i;

	for (i = 0; i < rb->periods * RB_NSCORES(rb); i++)
		n = pgcx_count_add(n, rb->counts[i], caller);
	return n;
}

/* Copies a window into the current memory context. */
static RollingBenchmark *
rb_copy(const RollingBenchmark *rb)
{
	RollingBenchmark *c = palloc(VARSIZE(rb));

	memcpy(c, rb, VARSIZE(rb));
	return c;
}

/*
 * Moves the window forward so that it ends with period `end` (>= rb->end):
 * periods that leave it are dropped, new ones are empty.
 */
void
rb_advance(RollingBenchmark *rb, int32 end)
{
	int64		shift = (int64) end - rb->end;
	int			ns = RB_NSCORES(rb);

	Assert(shift >= 0);
	if (shift == 0)
		return;
	if (shift >= rb->periods)
		memset(rb->counts, 0, sizeof(int64) * rb->periods * ns);
	else
	{
		memmove(rb->counts, rb->counts + shift * ns,
				sizeof(int64) * (rb->periods - shift) * ns);
		memset(rb->counts + (rb->periods - shift) * ns, 0, sizeof(int64) * shift * ns);
	}
	rb->end = end;
}

/* The text name of a bucket, as PostgreSQL prints the interval. */
static char *
bucket_text(int unit, int step)
{
	if (unit == RB_MONTHS)
		return step == 12 ? pstrdup("1 year") :
			psprintf(step == 1 ? "%d mon" : "%d mons", step);
	return psprintf(step == 1 ? "%d day" : "%d days", step);
}

/*
 * Reads a bucket interval into (unit, step); ERROR 22023 unless it is whole
 * days (or weeks) or 1, 3, 6 or 12 months.
 */
void
rb_parse_bucket(const Interval *iv, int *unit, int *step)
{
	if (iv->time == 0 && iv->month == 0 && iv->day >= 1 && iv->day <= RB_MAX_DAYS)
	{
		*unit = RB_DAYS;
		*step = iv->day;
		return;
	}
	if (iv->time == 0 && iv->day == 0 &&
		(iv->month == 1 || iv->month == 3 || iv->month == 6 || iv->month == 12))
	{
		*unit = RB_MONTHS;
		*step = iv->month;
		return;
	}
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("invalid bucket \"%s\" for rolling_benchmark",
					DatumGetCString(DirectFunctionCall1(interval_out, PointerGetDatum(iv)))),
			 errdetail("A bucket is a whole number of days or weeks (up to 3660 days), or 1, 3, 6 or 12 months.")));
}

/* Checks the number of periods of a window: 1..120. */
void
rb_check_periods(int32 periods)
{
	if (periods < 1 || periods > RB_MAX_PERIODS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("periods %d is out of range for rolling_benchmark", periods),
				 errdetail("A window holds from 1 to 120 periods.")));
}

/* Refuses to merge windows that differ in scale, bucket or periods. */
static void
require_same_shape(const RollingBenchmark *a, const RollingBenchmark *b, const char *caller)
{
	if (a->lo != b->lo || a->hi != b->hi || a->unit != b->unit ||
		a->step != b->step || a->periods != b->periods)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot merge rolling_benchmark values of different shapes in %s", caller),
				 errdetail("One is on %d-%d by %s over %d periods, the other on %d-%d by %s over %d periods.",
						   a->lo, a->hi, bucket_text(a->unit, a->step), a->periods,
						   b->lo, b->hi, bucket_text(b->unit, b->step), b->periods)));
}

/*
 * Adds window `from` into window `into` (same shape): the result ends at
 * the later end; periods of `from` older than the result's window drop out.
 */
static void
rb_add_into(RollingBenchmark *into, const RollingBenchmark *from, const char *caller)
{
	int			ns = RB_NSCORES(into);
	int32		k;

	require_same_shape(into, from, caller);
	if (from->end > into->end)
		rb_advance(into, from->end);
	for (k = from->end - from->periods + 1; k <= from->end; k++)
	{
		int64		slot = (int64) k - (into->end - into->periods + 1);
		int			s;

		if (slot < 0)
			continue;
		for (s = 0; s < ns; s++)
			into->counts[slot * ns + s] =
				pgcx_count_add(into->counts[slot * ns + s],
							   from->counts[(int64) (k - (from->end - from->periods + 1)) * ns + s],
							   caller);
	}
	(void) rb_total(into, caller);	/* the total must fit as well */
}

/* ---------- text and binary forms ---------- */

/* Appends a date as YYYY-MM-DD, whatever DateStyle says. */
static void
append_iso_date(StringInfo buf, DateADT d)
{
	int			y,
				m,
				day;

	j2date(d + POSTGRES_EPOCH_JDATE, &y, &m, &day);
	appendStringInfo(buf, "%04d-%02d-%02d", y, m, day);
}

/* Appends the text form of a window. */
void
rb_append_text(StringInfo buf, const RollingBenchmark *rb)
{
	int			ns = RB_NSCORES(rb);
	int			k,
				s;

	appendStringInfo(buf, "{\"lo\":%d,\"hi\":%d,\"bucket\":\"%s\",\"periods\":%d,\"end\":\"",
					 rb->lo, rb->hi, bucket_text(rb->unit, rb->step), rb->periods);
	append_iso_date(buf, rb_period_start(rb, rb->end));
	appendStringInfoString(buf, "\",\"counts\":[");
	for (k = 0; k < rb->periods; k++)
	{
		appendStringInfoString(buf, k ? ",[" : "[");
		for (s = 0; s < ns; s++)
			appendStringInfo(buf, s ? "," INT64_FORMAT : INT64_FORMAT, rb->counts[k * ns + s]);
		appendStringInfoChar(buf, ']');
	}
	appendStringInfoString(buf, "]}");
}

/* Reads a bucket as bucket_text writes it; false if it is not one. */
static bool
parse_bucket_text(const char *s, int *unit, int *step)
{
	static const int months[] = {1, 3, 6, 12};
	int			n,
				i;

	for (i = 0; i < 4; i++)
		if (strcmp(s, bucket_text(RB_MONTHS, months[i])) == 0)
		{
			*unit = RB_MONTHS;
			*step = months[i];
			return true;
		}
	if (sscanf(s, "%d", &n) == 1 && n >= 1 && n <= RB_MAX_DAYS &&
		strcmp(s, bucket_text(RB_DAYS, n)) == 0)
	{
		*unit = RB_DAYS;
		*step = n;
		return true;
	}
	return false;
}

/* Reads "YYYY-MM-DD" (a real date of years 1..9999) or fails. */
static DateADT
parse_iso_date(PgcxParser *ps, const char *text)
{
	int			y,
				m,
				d,
				i;

	for (i = 0; i < 10; i++)
		if ((i == 4 || i == 7) ? text[i] != '-' : !isdigit((unsigned char) text[i]))
			pgcx_parse_fail(ps, "end must be a date written YYYY-MM-DD.");
	y = atoi(text);
	m = atoi(text + 5);
	d = atoi(text + 8);
	if (text[10] != '\0' || y < 1 || m < 1 || m > 12 || d < 1 || d > day_tab[isleap(y)][m - 1])
		pgcx_parse_fail(ps, "end must be a date written YYYY-MM-DD.");
	return date2j(y, m, d) - POSTGRES_EPOCH_JDATE;
}

/* The keys of the text form, and what they hold while it is read. */
static const char *const rb_keys[] = {"lo", "hi", "bucket", "periods", "end", "counts"};

typedef struct RbText
{
	int64		lo;
	int64		hi;
	char	   *bucket;
	int			unit;
	int			step;
	int64		periods;
	DateADT		end;
	int			nperiods;		/* arrays in counts */
	int			ncounts[RB_MAX_PERIODS];	/* counts in each */
	int64		counts[RB_MAX_PERIODS][SCORE_MAX + 1];
} RbText;

/* Reads counts, an array of arrays of counts, into t. */
static void
parse_period_counts(PgcxParser *ps, RbText *t)
{
	pgcx_parse_token(ps, "[", "Expected \"[\" to open counts.");
	pgcx_parse_space(ps);
	t->nperiods = 0;
	if (*ps->p == ']')
	{
		ps->p++;
		return;
	}
	for (;;)
	{
		if (t->nperiods == RB_MAX_PERIODS)
			pgcx_parse_fail(ps, "counts holds more than 120 periods.");
		t->ncounts[t->nperiods] = pgcx_parse_counts(ps, "the counts of a period",
													t->counts[t->nperiods], SCORE_MAX + 1);
		t->nperiods++;
		pgcx_parse_space(ps);
		if (*ps->p == ']')
		{
			ps->p++;
			return;
		}
		pgcx_parse_token(ps, ",", "Expected \",\" or \"]\" after the counts of a period.");
	}
}

/*
 * Reads the value of one key of the text form (a PgcxValueReader); what
 * depends on no other key is checked here.
 */
static void
rb_read_value(PgcxParser *ps, int key, void *target)
{
	RbText	   *t = (RbText *) target;

	switch (key)
	{
		case 0:
			t->lo = pgcx_parse_count(ps, "lo");
			break;
		case 1:
			t->hi = pgcx_parse_count(ps, "hi");
			break;
		case 2:
			t->bucket = pgcx_parse_string(ps, "bucket");
			if (!parse_bucket_text(t->bucket, &t->unit, &t->step))
				pgcx_parse_fail(ps, "bucket must be \"N days\" (\"1 day\"), \"1 mon\", \"3 mons\", \"6 mons\" or \"1 year\".");
			break;
		case 3:
			t->periods = pgcx_parse_count(ps, "periods");
			if (t->periods < 1 || t->periods > RB_MAX_PERIODS)
				pgcx_parse_fail(ps, "periods must be from 1 to 120.");
			break;
		case 4:
			t->end = parse_iso_date(ps, pgcx_parse_string(ps, "end"));
			break;
		default:
			parse_period_counts(ps, t);
			break;
	}
}

/*
 * Parses the text form (the JSON of the output), keys in any order; `str`
 * is the text input or the text of a jsonb.
 */
static RollingBenchmark *
rb_parse(const char *str)
{
	PgcxParser	ps = {str, str, "rolling_benchmark",
		"The form is {\"lo\":0,\"hi\":10,\"bucket\":\"1 mon\",\"periods\":12,\"end\":\"2026-11-01\",\"counts\":[[...],...]}."};
	RbText	   *t = palloc(sizeof(RbText));
	RollingBenchmark *rb;
	const char *problem;
	int			k;

	pgcx_parse_object(&ps, rb_keys, lengthof(rb_keys), rb_read_value, t);
	if (t->lo >= t->hi || t->hi > SCORE_MAX)
		pgcx_parse_fail(&ps, "The scale must satisfy 0 <= lo < hi <= 100.");
	rb = rb_new((int) t->lo, (int) t->hi, t->unit, t->step, (int) t->periods, 0);
	rb->end = rb_period_of(rb, t->end);
	if (rb_period_start(rb, rb->end) != t->end)
		pgcx_parse_fail(&ps, psprintf("end must be the first day of a period of %s.", t->bucket));
	if (t->nperiods != rb->periods)
		pgcx_parse_fail(&ps, psprintf("counts must hold %d periods.", rb->periods));
	for (k = 0; k < rb->periods; k++)
	{
		if (t->ncounts[k] != RB_NSCORES(rb))
			pgcx_parse_fail(&ps, psprintf("Each period must hold %d counts.", RB_NSCORES(rb)));
		memcpy(rb->counts + (Size) k * RB_NSCORES(rb), t->counts[k],
			   sizeof(int64) * RB_NSCORES(rb));
	}
	problem = rb_problem(rb, VARSIZE(rb));
	if (problem)
		pgcx_parse_fail(&ps, problem);
	pfree(t);
	return rb;
}

/* rolling_benchmark_in(cstring): text input, the JSON of the output. */
Datum
rolling_benchmark_in(PG_FUNCTION_ARGS)
{
	PG_RETURN_POINTER(rb_parse(PG_GETARG_CSTRING(0)));
}

/* rolling_benchmark_out(rolling_benchmark): text output. */
Datum
rolling_benchmark_out(PG_FUNCTION_ARGS)
{
	StringInfoData buf;

	initStringInfo(&buf);
	rb_append_text(&buf, rb_checked(PG_GETARG_DATUM(0)));
	PG_RETURN_CSTRING(buf.data);
}

/* rolling_benchmark::jsonb: the text form is JSON. */
Datum
rolling_benchmark_to_jsonb(PG_FUNCTION_ARGS)
{
	StringInfoData buf;

	initStringInfo(&buf);
	rb_append_text(&buf, rb_checked(PG_GETARG_DATUM(0)));
	return DirectFunctionCall1(jsonb_in, CStringGetDatum(buf.data));
}

/*
 * rolling_benchmark_from_jsonb(jsonb): the cast from jsonb, which reads
 * the text of the jsonb as text input does.
 */
Datum
rolling_benchmark_from_jsonb(PG_FUNCTION_ARGS)
{
	PG_RETURN_POINTER(rb_parse(pgcx_jsonb_cstring(PG_GETARG_DATUM(0))));
}

/* Raises the 22P03 error of a malformed binary rolling_benchmark. */
static void
recv_fail(const char *detail)
{
	pgcx_recv_fail("rolling_benchmark", detail);
}

/* rolling_benchmark_recv(internal): binary input, validated like text. */
Datum
rolling_benchmark_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	RollingBenchmark head;
	RollingBenchmark *rb;
	const char *problem;
	int64		ncounts;
	int			i;

	pgcx_recv_version(buf, "rolling_benchmark", RB_VERSION);
	if (buf->len - buf->cursor < RB_BINARY_HEADER)
		recv_fail("The value is shorter than its 20-byte header.");
	memset(&head, 0, sizeof(head));
	head.version = pq_getmsgbyte(buf);
	head.flags = pq_getmsgbyte(buf);
	head.lo = pq_getmsgbyte(buf);
	head.hi = pq_getmsgbyte(buf);
	head.unit = pq_getmsgbyte(buf);
	head.unused1 = pq_getmsgbyte(buf);
	head.periods = pq_getmsgint(buf, 2);
	head.step = pq_getmsgint(buf, 4);
	head.end = pq_getmsgint(buf, 4);
	head.unused2 = pq_getmsgint(buf, 4);
	problem = rb_header_problem(&head);
	if (problem)
		recv_fail(problem);
	ncounts = (int64) head.periods * (head.hi - head.lo + 1);
	if (buf->len - buf->cursor != ncounts * (int64) sizeof(int64))
		recv_fail(psprintf("The shape needs " INT64_FORMAT " counts of 8 bytes; %d bytes follow the header.",
						   ncounts, buf->len - buf->cursor));
	rb = rb_new(head.lo, head.hi, head.unit, head.step, head.periods, head.end);
	for (i = 0; i < ncounts; i++)
		rb->counts[i] = pq_getmsgint64(buf);
	problem = rb_problem(rb, VARSIZE(rb));
	if (problem)
		recv_fail(problem);
	PG_RETURN_POINTER(rb);
}

/* rolling_benchmark_send(rolling_benchmark): binary output. */
Datum
rolling_benchmark_send(PG_FUNCTION_ARGS)
{
	RollingBenchmark *rb = rb_checked(PG_GETARG_DATUM(0));
	StringInfoData buf;
	int			i;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, rb->version);
	pq_sendbyte(&buf, rb->flags);
	pq_sendbyte(&buf, rb->lo);
	pq_sendbyte(&buf, rb->hi);
	pq_sendbyte(&buf, rb->unit);
	pq_sendbyte(&buf, rb->unused1);
	pq_sendint16(&buf, rb->periods);
	pq_sendint32(&buf, rb->step);
	pq_sendint32(&buf, rb->end);
	pq_sendint32(&buf, rb->unused2);
	for (i = 0; i < rb->periods * RB_NSCORES(rb); i++)
		pq_sendint64(&buf, rb->counts[i]);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* ---------- aggregates ---------- */

/* The text of time argument `argno`, in its own type, for a message. */
static char *
at_text(FunctionCallInfo fcinfo, int argno, bool is_tstz)
{
	Oid			type = pgcx_arg_type(fcinfo, argno);
	Oid			output;
	bool		varlena;

	if (!OidIsValid(type))
		type = is_tstz ? TIMESTAMPTZOID : DATEOID;
	getTypeOutputInfo(type, &output, &varlena);
	return OidOutputFunctionCall(output, PG_GETARG_DATUM(argno));
}

/*
 * The date of time argument `argno`: a date itself; a timestamp (is_tstz:
 * with or without time zone, both 64-bit microseconds from 2000-01-01) the
 * day it falls on, which is its UTC date for a timestamptz and its own
 * calendar date for a timestamp, whatever the session's TimeZone.  ERROR
 * if infinite or outside the years 100 to 9999.
 */
static inline DateADT
at_date(FunctionCallInfo fcinfo, int argno, bool is_tstz)
{
	if (is_tstz)
	{
		TimestampTz ts = PG_GETARG_TIMESTAMPTZ(argno);

		if (likely(!TIMESTAMP_NOT_FINITE(ts)))
		{
			int64		d = pgcx_floor_div(ts, USECS_PER_DAY);

			if (likely(date_in_axis(d)))
				return (DateADT) d;
		}
	}
	else
	{
		DateADT		d = PG_GETARG_DATEADT(argno);

		if (likely(date_in_axis(d)))
			return d;
	}
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("time %s is out of range for %s",
					at_text(fcinfo, argno, is_tstz), pgcx_caller_name(fcinfo)),
			 errdetail("rolling_benchmark places finite dates of the years 100 to 9999.")));
	return 0;					/* keep the compiler quiet */
}

/*
 * What a transition keeps in fn_extra between rows.  The last period it
 * computed: rows come in runs of the same period far more often than not,
 * and a date inside [first, next) needs no calendar arithmetic.  And a
 * bucket given as text (the forms for an untyped literal, '1 month'): the
 * last text and the interval it reads as.
 */
typedef struct RbCallCache
{
	int			unit;
	int			step;
	DateADT		first;			/* first day of period k */
	DateADT		next;			/* first day of period k + 1 */
	int32		k;
	int8		bucket_is_text; /* 0 unknown yet, 1 text, -1 interval */
	bool		bucket_is_stable;	/* a constant: read once for all rows */
	text	   *bucket_text;	/* the last text bucket, a copy */
	Interval	bucket;			/* what it reads as */
} RbCallCache;

/* The cache of the calling function, created on its first call. */
static inline RbCallCache *
rb_call_cache(FunctionCallInfo fcinfo)
{
	RbCallCache *c = (RbCallCache *) fcinfo->flinfo->fn_extra;

	if (unlikely(c == NULL))
	{
		c = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(RbCallCache));
		fcinfo->flinfo->fn_extra = c;
	}
	return c;
}

/*
 * Reads a text bucket as an interval, once per distinct text (the caller
 * reads a constant one only once for all rows).
 */
static pg_noinline const Interval *
rb_text_bucket(FunctionCallInfo fcinfo, RbCallCache *c)
{
	text	   *t = PG_GETARG_TEXT_PP(3);

	if (c->bucket_text == NULL ||
		VARSIZE_ANY_EXHDR(t) != VARSIZE_ANY_EXHDR(c->bucket_text) ||
		memcmp(VARDATA_ANY(t), VARDATA_ANY(c->bucket_text), VARSIZE_ANY_EXHDR(t)) != 0)
	{
		Interval   *iv = DatumGetIntervalP(DirectFunctionCall3(interval_in,
															   CStringGetDatum(text_to_cstring(t)),
															   ObjectIdGetDatum(InvalidOid),
															   Int32GetDatum(-1)));
		MemoryContext old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);

		if (c->bucket_text)
			pfree(c->bucket_text);
		c->bucket_text = (text *) PG_DETOAST_DATUM_COPY(PG_GETARG_DATUM(3));
		MemoryContextSwitchTo(old);
		c->bucket = *iv;
	}
	return &c->bucket;
}

/*
 * The bucket argument (argument 3): an interval, or a text that reads as
 * one.  Not NULL.
 */
static inline const Interval *
rb_bucket_arg(FunctionCallInfo fcinfo)
{
	RbCallCache *c = rb_call_cache(fcinfo);

	if (unlikely(c->bucket_is_text == 0))
	{
		c->bucket_is_text = pgcx_arg_type(fcinfo, 3) == TEXTOID ? 1 : -1;
		c->bucket_is_stable = pgcx_agg_arg_is_const(fcinfo, 3);
	}
	if (c->bucket_is_text > 0)
	{
		if (likely(c->bucket_is_stable && c->bucket_text != NULL))
			return &c->bucket;
		return rb_text_bucket(fcinfo, c);
	}
	return PG_GETARG_INTERVAL_P(3);
}

/* An int parameter that must not be NULL. */
static int32
rb_int_param(FunctionCallInfo fcinfo, int argno, const char *what)
{
	if (PG_ARGISNULL(argno))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s of rolling_benchmark must not be null", what),
				 errdetail("The bucket, the number of periods and the scale are required.")));
	return PG_GETARG_INT32(argno);
}

/*
 * The state to count into: created from the first row's parameters (in the
 * aggregate's context), else the state itself, checked against them.
 */
static RollingBenchmark *
rb_state(FunctionCallInfo fcinfo, int lo, int hi)
{
	RollingBenchmark *rb;
	int			unit,
				step;
	int32		periods;

	/*
	 * The per-row path: the state exists and the parameters repeat.  A
	 * constant bucket was checked when the state was made from it (its
	 * first row took the path below), so only the integers are compared.
	 */
	if (likely(!PG_ARGISNULL(0) && !PG_ARGISNULL(3) && !PG_ARGISNULL(4) &&
			   pgcx_in_aggregate(fcinfo)))
	{
		RbCallCache *c = rb_call_cache(fcinfo);

		rb = (RollingBenchmark *) PG_GETARG_POINTER(0);
		if (likely(PG_GETARG_INT32(4) == rb->periods && rb->lo == lo && rb->hi == hi))
		{
			const Interval *iv;

			if (likely(c->bucket_is_stable))
				return rb;
			iv = rb_bucket_arg(fcinfo);
			if (iv->time == 0 &&
				(rb->unit == RB_MONTHS ?
				 iv->day == 0 && iv->month == rb->step :
				 iv->month == 0 && iv->day == rb->step))
				return rb;
		}
	}
	if (PG_ARGISNULL(3))
		(void) rb_int_param(fcinfo, 3, "bucket");
	rb_parse_bucket(rb_bucket_arg(fcinfo), &unit, &step);
	periods = rb_int_param(fcinfo, 4, "periods");
	rb_check_periods(periods);
	if (PG_ARGISNULL(0))
	{
		MemoryContext old = pgcx_state_context(fcinfo);

		rb = rb_new(lo, hi, unit, step, periods, 0);
		MemoryContextSwitchTo(old);
		return rb;
	}
	rb = pgcx_in_aggregate(fcinfo) ? (RollingBenchmark *) PG_GETARG_POINTER(0) :
		rb_copy(rb_checked(PG_GETARG_DATUM(0)));
	if (rb->unit != unit || rb->step != step || rb->periods != periods ||
		rb->lo != lo || rb->hi != hi)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("bucket, periods or scale differ from those of earlier rows in rolling_benchmark"),
				 errdetail("Every row of one aggregate must use the same bucket, periods and scale.")));
	return rb;
}

/* Number of the period of d, through the cache of the calling function. */
static inline int32
cached_period_of(FunctionCallInfo fcinfo, const RollingBenchmark *rb, DateADT d)
{
	RbCallCache *c = rb_call_cache(fcinfo);

	if (likely(c->unit == rb->unit && c->step == rb->step && d >= c->first && d < c->next))
		return c->k;
	c->k = rb_period_of(rb, d);
	c->unit = rb->unit;
	c->step = rb->step;
	c->first = rb_period_start(rb, c->k);
	c->next = rb_period_start(rb, c->k + 1);
	return c->k;
}

/*
 * The slot of the row's period in the window, after moving the window
 * forward if the row is newer; -1 when the row is older than the window.
 */
static inline int64
rb_slot(FunctionCallInfo fcinfo, RollingBenchmark *rb, DateADT d, bool fresh)
{
	int32		k = cached_period_of(fcinfo, rb, d);

	if (fresh)
		rb->end = k;
	else if (k > rb->end)
		rb_advance(rb, k);
	return (int64) k - (rb->end - rb->periods + 1);
}

/*
 * The slot of date d's period: for counting up, after moving the window
 * forward if d is newer; for removing, false when d is newer than the
 * window (a removal that cannot be exact).  -1 when d is older.
 */
static inline bool
rb_target_slot(FunctionCallInfo fcinfo, RollingBenchmark *rb, DateADT d,
			   bool fresh, bool up, int64 *slot)
{
	int32		k;

	if (up)
	{
		*slot = rb_slot(fcinfo, rb, d, fresh);
		return true;
	}
	k = cached_period_of(fcinfo, rb, d);
	if (k > rb->end)
		return false;
	*slot = (int64) k - (rb->end - rb->periods + 1);
	return true;
}

/*
 * After removing counts from period k of a window (moving-aggregate mode):
 * may the window stay as it is?  Not when its newest period became empty
 * or it holds no answer any more: a window built from the remaining rows
 * would end earlier (or be NULL), so the aggregate must be recomputed.
 */
static bool
rb_still_exact(const RollingBenchmark *rb, int32 k)
{
	int			ns = RB_NSCORES(rb);
	int			s;

	if (k == rb->end)
	{
		for (s = 0; s < ns; s++)
			if (rb->counts[(Size) (rb->periods - 1) * ns + s] != 0)
				break;
		if (s == ns)
			return false;
	}
	return rb_total(rb, "rolling_benchmark") > 0;
}

/*
 * Transition of rolling_benchmark over raw scores, (state, at, score,
 * bucket, periods [, lo, hi]), and with up = false its inverse for moving
 * windows, which returns NULL (recompute the frame) when it cannot remove
 * the row exactly.  Rows with a NULL time or score are skipped.
 */
static Datum
rb_score_step(FunctionCallInfo fcinfo, bool up, bool is_tstz, pgcx_score_index_fn index)
{
	int			lo = 0,
				hi = 10,
				i;
	bool		fresh = PG_ARGISNULL(0);
	RollingBenchmark *rb;
	DateADT		d;
	int64		slot;
	int64	   *c;

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	if (PG_NARGS() > 5)
	{
		lo = rb_int_param(fcinfo, 5, "lo");
		hi = rb_int_param(fcinfo, 6, "hi");
		pgcx_check_range_params("rolling_benchmark", lo, hi);
	}
	d = at_date(fcinfo, 1, is_tstz);
	i = index(fcinfo, 2, lo, hi);
	if (!up && fresh)
		PG_RETURN_NULL();
	rb = rb_state(fcinfo, lo, hi);
	if (!rb_target_slot(fcinfo, rb, d, fresh, up, &slot))
		PG_RETURN_NULL();
	if (slot < 0)
		PG_RETURN_POINTER(rb);
	c = &rb->counts[slot * RB_NSCORES(rb) + i];
	if (up)
		*c = pgcx_count_add(*c, 1, "rolling_benchmark");
	else
	{
		if (*c == 0)
			PG_RETURN_NULL();
		(*c)--;
		if (!rb_still_exact(rb, rb->end - rb->periods + 1 + (int32) slot))
			PG_RETURN_NULL();
	}
	PG_RETURN_POINTER(rb);
}

/*
 * Transition of rolling_benchmark over pre-aggregated score_dist values,
 * and with up = false its inverse, as rb_score_step.
 */
static Datum
rb_dist_step(FunctionCallInfo fcinfo, bool up, bool is_tstz)
{
	bool		fresh = PG_ARGISNULL(0);
	RollingBenchmark *rb;
	ScoreDist  *dist;
	DateADT		d;
	int64		slot;
	int			s;
	int64	   *c;

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	dist = score_dist_checked(PG_GETARG_DATUM(2));
	d = at_date(fcinfo, 1, is_tstz);
	if (!up && fresh)
		PG_RETURN_NULL();
	rb = rb_state(fcinfo, dist->lo, dist->hi);
	if (!rb_target_slot(fcinfo, rb, d, fresh, up, &slot))
		PG_RETURN_NULL();
	if (slot < 0)
		PG_RETURN_POINTER(rb);
	c = &rb->counts[slot * RB_NSCORES(rb)];
	for (s = 0; s < RB_NSCORES(rb); s++)
	{
		if (up)
			c[s] = pgcx_count_add(c[s], dist->counts[s], "rolling_benchmark");
		else if (c[s] < dist->counts[s])
			PG_RETURN_NULL();
		else
			c[s] -= dist->counts[s];
	}
	if (!up && !rb_still_exact(rb, rb->end - rb->periods + 1 + (int32) slot))
		PG_RETURN_NULL();
	PG_RETURN_POINTER(rb);
}

#define RB_TRANSITION(name, body) \
PG_FUNCTION_INFO_V1(name); \
Datum name(PG_FUNCTION_ARGS) { return body; }

/*
 * rolling_benchmark_accum_{date,tstz}_T for every score type T (the 0-10
 * and the [lo, hi] forms share them: the arguments tell; the tstz ones
 * serve timestamp and timestamptz alike, see at_date()), and
 * rolling_benchmark_accum_{date,tstz}_dist for score_dist values; the
 * _unaccum_ twins are the inverses of moving-aggregate mode.  The double
 * precision ones, for grep: rolling_benchmark_accum_date_float8,
 * rolling_benchmark_accum_tstz_float8, rolling_benchmark_unaccum_date_float8,
 * rolling_benchmark_unaccum_tstz_float8.
 */
#define RB_TRANSITIONS(T) \
RB_TRANSITION(rolling_benchmark_accum_date_##T, rb_score_step(fcinfo, true, false, pgcx_index_##T)) \
RB_TRANSITION(rolling_benchmark_accum_tstz_##T, rb_score_step(fcinfo, true, true, pgcx_index_##T)) \
RB_TRANSITION(rolling_benchmark_unaccum_date_##T, rb_score_step(fcinfo, false, false, pgcx_index_##T)) \
RB_TRANSITION(rolling_benchmark_unaccum_tstz_##T, rb_score_step(fcinfo, false, true, pgcx_index_##T))

RB_TRANSITIONS(int2)
RB_TRANSITIONS(int4)
RB_TRANSITIONS(int8)
RB_TRANSITIONS(numeric)
RB_TRANSITIONS(float8)
RB_TRANSITION(rolling_benchmark_accum_date_dist, rb_dist_step(fcinfo, true, false))
RB_TRANSITION(rolling_benchmark_accum_tstz_dist, rb_dist_step(fcinfo, true, true))
RB_TRANSITION(rolling_benchmark_unaccum_date_dist, rb_dist_step(fcinfo, false, false))
RB_TRANSITION(rolling_benchmark_unaccum_tstz_dist, rb_dist_step(fcinfo, false, true))

/*
 * Merges the second window into the first (in place inside an aggregate):
 * the combine function of every rolling_benchmark aggregate and the
 * transition of rollup.
 */
Datum
rolling_benchmark_combine(PG_FUNCTION_ARGS)
{
	RollingBenchmark *from;
	RollingBenchmark *into;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	from = rb_checked(PG_GETARG_DATUM(1));
	if (PG_ARGISNULL(0))
		PG_RETURN_POINTER(pgcx_copy_to_state(fcinfo, from, VARSIZE(from)));
	into = pgcx_in_aggregate(fcinfo) ? (RollingBenchmark *) PG_GETARG_POINTER(0) :
		rb_copy(rb_checked(PG_GETARG_DATUM(0)));
	rb_add_into(into, from, pgcx_caller_name(fcinfo));
	PG_RETURN_POINTER(into);
}

/* rb + rb: the merge of two windows, ending at the later end. */
Datum
rolling_benchmark_plus(PG_FUNCTION_ARGS)
{
	RollingBenchmark *a = rb_copy(rb_checked(PG_GETARG_DATUM(0)));

	rb_add_into(a, rb_checked(PG_GETARG_DATUM(1)), "rolling_benchmark + rolling_benchmark");
	PG_RETURN_POINTER(a);
}

/* roll_to(rb, until): the window moved forward to the period of `until`. */
Datum
rolling_benchmark_roll_to(PG_FUNCTION_ARGS)
{
	RollingBenchmark *rb = rb_copy(rb_checked(PG_GETARG_DATUM(0)));
	DateADT		until = PG_GETARG_DATEADT(1);
	int32		k;

	if (!date_in_axis(until))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot roll a rolling_benchmark to %s",
						DatumGetCString(DirectFunctionCall1(date_out, DateADTGetDatum(until)))),
				 errdetail("rolling_benchmark places finite dates of the years 100 to 9999.")));
	k = rb_period_of(rb, until);
	if (k < rb->end)
	{
		StringInfoData buf;

		initStringInfo(&buf);
		append_iso_date(&buf, rb_period_start(rb, rb->end));
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot roll a rolling_benchmark back to %s",
						DatumGetCString(DirectFunctionCall1(date_out, DateADTGetDatum(until)))),
				 errdetail("The window ends with the period starting %s; roll_to only moves it forward.",
						   buf.data)));
	}
	rb_advance(rb, k);
	PG_RETURN_POINTER(rb);
}
