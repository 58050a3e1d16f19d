/*
 * driver_stats_io.c
 *		Text and binary forms of driver_stats.
 *
 * Text: {"drivers":p,"n":N,"skipped":S,"sums":[...],"products":[...]} for
 * exact sums (JSON integers of up to 39 digits), or
 * {"drivers":p,"n":N,"skipped":S,"weight":W,"means":[...],"comoments":[...]}
 * for moments (float8 in their shortest exact form).  Binary: the version
 * byte, then the stored fields in network order.  Both are checked as
 * strictly as a stored value (driver_stats_checked).
 */
#include "postgres.h"

#include <ctype.h>
#include <math.h>

#include "lib/stringinfo.h"
#include "libpq/pqformat.h"

#include "common/format.h"
#include "common/parse.h"
#include "drivers/driver_stats.h"

PG_FUNCTION_INFO_V1(driver_stats_in);
PG_FUNCTION_INFO_V1(driver_stats_out);
PG_FUNCTION_INFO_V1(driver_stats_recv);
PG_FUNCTION_INFO_V1(driver_stats_send);

#define MAX_VALUES (DS_VARS(DRIVERS_MAX_WEIGHTS) + DS_PAIRS(DRIVERS_MAX_WEIGHTS))

enum
{
	K_DRIVERS, K_N, K_SKIPPED, K_SUMS, K_PRODUCTS, K_WEIGHT, K_MEANS, K_COMOMENTS
};

/* the keys of the exact form, then those of the form with moments */
static const char *const exact_keys[] = {"drivers", "n", "skipped", "sums", "products"};
static const char *const moment_keys[] = {"drivers", "n", "skipped", "weight", "means", "comoments"};
static const int moment_key_of[] = {K_DRIVERS, K_N, K_SKIPPED, K_WEIGHT, K_MEANS, K_COMOMENTS};
static const char *const key_names[] = {"drivers", "n", "skipped", "sums", "products",
"weight", "means", "comoments"};

typedef struct DsText
{
	bool		moments;		/* the form with moments */
	int64		drivers;
	int64		n;
	int64		skipped;
	double		weight;
	int			count[8];		/* values read for the array keys */
	int128	   *ints[8];
	double	   *floats[8];
} DsText;

/* Appends a 128-bit integer in decimal. */
static void
append_int128(StringInfo buf, int128 v)
{
	char		digits[48];
	int			k = sizeof(digits);
	bool		negative = v < 0;
	uint128		u = negative ? -(uint128) v : (uint128) v;

	digits[--k] = '\0';
	do
	{
		digits[--k] = (char) ('0' + (int) (u % 10));
		u /= 10;
	} while (u != 0);
	if (negative)
		digits[--k] = '-';
	appendStringInfoString(buf, digits + k);
}

/* Reads a JSON integer into a 128-bit integer, refusing overflow. */
static int128
parse_int128(PgcxParser *ps)
{
	bool		negative;
	uint128		u = 0;
	const uint128 limit = ((uint128) 1 << 127);

	pgcx_parse_space(ps);
	negative = (*ps->p == '-');
	if (negative)
		ps->p++;
	if (!isdigit((unsigned char) *ps->p))
		pgcx_parse_fail(ps, "A sum must be an integer.");
	while (isdigit((unsigned char) *ps->p))
	{
		u = u * 10 + (uint128) (*ps->p - '0');
		if (u > limit || (!negative && u == limit))
			pgcx_parse_fail(ps, "A sum must fit in 128 bits.");
		ps->p++;
	}
	return negative ? (int128) (0 - u) : (int128) u;
}

/* Reads a JSON array of integers (ints) or float8 (floats). */
static int
parse_array(PgcxParser *ps, const char *what, int128 *ints, double *floats)
{
	int			n = 0;

	pgcx_parse_token(ps, "[", psprintf("Expected \"[\" to open %s.", what));
	pgcx_parse_space(ps);
	if (*ps->p == ']')
	{
		ps->p++;
		return 0;
	}
	for (;;)
	{
		if (n == MAX_VALUES)
			pgcx_parse_fail(ps, psprintf("More than %d values in %s.", (int) MAX_VALUES, what));
		if (ints)
			ints[n++] = parse_int128(ps);
		else
			floats[n++] = pgcx_parse_float8(ps, "A value");
		pgcx_parse_space(ps);
		if (*ps->p == ']')
		{
			ps->p++;
			return n;
		}
		pgcx_parse_token(ps, ",", psprintf("Expected \",\" or \"]\" after a value in %s.", what));
	}
}

/* Reads the value of one key (a PgcxValueReader). */
static void
ds_read_value(PgcxParser *ps, int key, void *target)
{
	DsText	   *t = (DsText *) target;

	if (t->moments)
		key = moment_key_of[key];
	switch (key)
	{
		case K_DRIVERS:
			t->drivers = pgcx_parse_count(ps, "drivers");
			break;
		case K_N:
			t->n = pgcx_parse_count(ps, "n");
			break;
		case K_SKIPPED:
			t->skipped = pgcx_parse_count(ps, "skipped");
			break;
		case K_WEIGHT:
			t->weight = pgcx_parse_float8(ps, "weight");
			break;
		case K_SUMS:
		case K_PRODUCTS:
			t->ints[key] = palloc(sizeof(int128) * MAX_VALUES);
			t->count[key] = parse_array(ps, key_names[key], t->ints[key], NULL);
			break;
		default:
			t->floats[key] = palloc(sizeof(double) * MAX_VALUES);
			t->count[key] = parse_array(ps, key_names[key], NULL, t->floats[key]);
	}
}

/* Parses the text form of a driver_stats value. */
static DriverStats *
driver_stats_parse(const char *str)
{
	PgcxParser	ps = {str, str, "driver_stats",
		"The form is {\"drivers\":p,\"n\":n,\"skipped\":s,\"sums\":[...],\"products\":[...]}, "
	"or with \"weight\", \"means\" and \"comoments\" instead of the sums."};
	DsText		t;
	DriverStats *s;
	int			p,
				vars,
				pairs;
	const char *problem;

	memset(&t, 0, sizeof(t));
	t.moments = strstr(str, "\"weight\"") != NULL;
	if (t.moments)
		pgcx_parse_object(&ps, moment_keys, lengthof(moment_keys), ds_read_value, &t);
	else
		pgcx_parse_object(&ps, exact_keys, lengthof(exact_keys), ds_read_value, &t);
	if (t.drivers < 1 || t.drivers > DRIVERS_MAX_WEIGHTS)
		pgcx_parse_fail(&ps, psprintf("drivers must be 1 to %d.", DRIVERS_MAX_WEIGHTS));
	p = (int) t.drivers;
	vars = DS_VARS(p);
	pairs = DS_PAIRS(p);
	s = (DriverStats *) palloc0(t.moments ? DS_MOMENT_SIZE(p) : DS_EXACT_SIZE(p));
	SET_VARSIZE(s, t.moments ? DS_MOMENT_SIZE(p) : DS_EXACT_SIZE(p));
	s->version = DRIVER_STATS_VERSION;
	s->flags = t.moments ? 0 : DRIVER_STATS_EXACT;
	s->p = (uint16) p;
	s->n = t.n;
	s->skipped = t.skipped;
	if (t.moments)
	{
		if (t.count[K_MEANS] != vars || t.count[K_COMOMENTS] != pairs)
			pgcx_parse_fail(&ps, psprintf("%d driver%s %d means and %d comoments.", p, p == 1 ? " needs" : "s need", vars, pairs));
		*ds_weight(s) = t.weight;
		memcpy(ds_means(s), t.floats[K_MEANS], sizeof(double) * vars);
		memcpy(ds_moments(s), t.floats[K_COMOMENTS], sizeof(double) * pairs);
	}
	else
	{
		if (t.count[K_SUMS] != vars || t.count[K_PRODUCTS] != pairs)
			pgcx_parse_fail(&ps, psprintf("%d driver%s %d sums and %d products.", p, p == 1 ? " needs" : "s need", vars, pairs));
		memcpy(ds_sums(s), t.ints[K_SUMS], sizeof(int128) * vars);
		memcpy(ds_products(s), t.ints[K_PRODUCTS], sizeof(int128) * pairs);
	}
	problem = driver_stats_problem(s, VARSIZE(s));
	if (problem)
		pgcx_parse_fail(&ps, problem);
	return s;
}

/* driver_stats_in(cstring): text input. */
Datum
driver_stats_in(PG_FUNCTION_ARGS)
{
	PG_RETURN_POINTER(driver_stats_parse(PG_GETARG_CSTRING(0)));
}

/* driver_stats_out(driver_stats): text output. */
Datum
driver_stats_out(PG_FUNCTION_ARGS)
{
	DriverStats *s = driver_stats_checked(PG_GETARG_DATUM(0));
	StringInfoData buf;
	int			p = s->p;
	int			i;

	initStringInfo(&buf);
	appendStringInfo(&buf, "{\"drivers\":%d,\"n\":" INT64_FORMAT ",\"skipped\":" INT64_FORMAT,
					 p, s->n, s->skipped);
	if (s->flags & DRIVER_STATS_EXACT)
	{
		appendStringInfoString(&buf, ",\"sums\":[");
		for (i = 0; i < DS_VARS(p); i++)
		{
			if (i)
				appendStringInfoChar(&buf, ',');
			append_int128(&buf, ds_sums(s)[i]);
		}
		appendStringInfoString(&buf, "],\"products\":[");
		for (i = 0; i < DS_PAIRS(p); i++)
		{
			if (i)
				appendStringInfoChar(&buf, ',');
			append_int128(&buf, ds_products(s)[i]);
		}
	}
	else
	{
		appendStringInfoString(&buf, ",\"weight\":");
		pgcx_append_float8(&buf, *ds_weight(s));
		appendStringInfoString(&buf, ",\"means\":[");
		for (i = 0; i < DS_VARS(p); i++)
		{
			if (i)
				appendStringInfoChar(&buf, ',');
			pgcx_append_float8(&buf, ds_means(s)[i]);
		}
		appendStringInfoString(&buf, "],\"comoments\":[");
		for (i = 0; i < DS_PAIRS(p); i++)
		{
			if (i)
				appendStringInfoChar(&buf, ',');
			pgcx_append_float8(&buf, ds_moments(s)[i]);
		}
	}
	appendStringInfoString(&buf, "]}");
	PG_RETURN_CSTRING(buf.data);
}

/* Reads n bytes of buf, or fails with 22P03. */
static void
recv_check(StringInfo buf, int n)
{
	if (buf->cursor + n > buf->len)
		pgcx_recv_fail("driver_stats", "The value ends early.");
}

/* driver_stats_recv(internal): binary input. */
Datum
driver_stats_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			version,
				flags,
				p,
				i,
				count;
	DriverStats *s;
	const char *problem;

	pgcx_recv_version(buf, "driver_stats", DRIVER_STATS_VERSION);
	recv_check(buf, 4);
	version = pq_getmsgint(buf, 1);
	flags = pq_getmsgint(buf, 1);
	p = pq_getmsgint(buf, 2);
	if (p < 1 || p > DRIVERS_MAX_WEIGHTS || (flags & ~DRIVER_STATS_EXACT) != 0)
		pgcx_recv_fail("driver_stats", psprintf("The number of drivers must be 1 to %d and the flags known.",
												 DRIVERS_MAX_WEIGHTS));
	s = (DriverStats *) palloc0((flags & DRIVER_STATS_EXACT) ? DS_EXACT_SIZE(p) : DS_MOMENT_SIZE(p));
	SET_VARSIZE(s, (flags & DRIVER_STATS_EXACT) ? DS_EXACT_SIZE(p) : DS_MOMENT_SIZE(p));
	s->version = (uint8) version;
	s->flags = (uint8) flags;
	s->p = (uint16) p;
	recv_check(buf, 16);
	s->n = pq_getmsgint64(buf);
	s->skipped = pq_getmsgint64(buf);
	if (flags & DRIVER_STATS_EXACT)
	{
		count = DS_VARS(p) + DS_PAIRS(p);
		recv_check(buf, 16 * count);
		for (i = 0; i < count; i++)
		{
			int64		hi = pq_getmsgint64(buf);
			uint64		lo = (uint64) pq_getmsgint64(buf);

			ds_sums(s)[i] = (int128) (((uint128) (uint64) hi << 64) | lo);
		}
	}
	else
	{
		count = 1 + DS_VARS(p) + DS_PAIRS(p);
		recv_check(buf, 8 * count);
		for (i = 0; i < count; i++)
		{
			double		v = pq_getmsgfloat8(buf);

			if (!isfinite(v))
				pgcx_recv_fail("driver_stats", "The weight, means and comoments are finite.");
			ds_weight(s)[i] = v;
		}
	}
	if (buf->cursor != buf->len)
		pgcx_recv_fail("driver_stats", "The value has bytes after its last field.");
	problem = driver_stats_problem(s, VARSIZE(s));
	if (problem)
		pgcx_recv_fail("driver_stats", problem);
	PG_RETURN_POINTER(s);
}

/* driver_stats_send(driver_stats): binary output. */
Datum
driver_stats_send(PG_FUNCTION_ARGS)
{
	DriverStats *s = driver_stats_checked(PG_GETARG_DATUM(0));
	StringInfoData buf;
	int			p = s->p;
	int			i;

	pq_begintypsend(&buf);
	pq_sendint8(&buf, s->version);
	pq_sendint8(&buf, s->flags);
	pq_sendint16(&buf, s->p);
	pq_sendint64(&buf, s->n);
	pq_sendint64(&buf, s->skipped);
	if (s->flags & DRIVER_STATS_EXACT)
		for (i = 0; i < DS_VARS(p) + DS_PAIRS(p); i++)
		{
			uint128		u = (uint128) ds_sums(s)[i];

			pq_sendint64(&buf, (int64) (uint64) (u >> 64));
			pq_sendint64(&buf, (int64) (uint64) u);
		}
	else
		for (i = 0; i < 1 + DS_VARS(p) + DS_PAIRS(p); i++)
			pq_sendfloat8(&buf, ds_weight(s)[i]);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}
