/*
 * driver_stats_io.c
 *		Text and binary forms of driver_stats.
 *
 * Text: {"drivers":p,"n":N,"skipped":S,"sums":[...],"products":[...]} for
 * exact sums (JSON integers of up to 39 digits), or
 * {"drivers":p,"n":N,"skipped":S,"weight":W,"means":[...],"comoments":[...]}
 * for moments (float8 in their shortest exact form).  A state with a row
 * key adds "groups" (the rows of each group) after "skipped", and each
 * array holds the values of every group in turn ("weight" becomes one per
 * group).  Binary: the version byte, then the stored fields in network
 * order.  Both are checked as
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

#define MAX_VALUES (DRIVER_STATS_GROUPS * DS_MOMENT_VALUES(DRIVERS_MAX_WEIGHTS))

enum
{
	K_DRIVERS, K_N, K_SKIPPED, K_GROUPS, K_SUMS, K_PRODUCTS, K_WEIGHT, K_MEANS, K_COMOMENTS
};

static const char *const key_names[] = {"drivers", "n", "skipped", "groups", "sums",
"products", "weight", "means", "comoments"};

/* the keys of each form: exact or moments, without or with groups */
static const int form_keys[4][7] = {
	{K_DRIVERS, K_N, K_SKIPPED, K_SUMS, K_PRODUCTS, -1},
	{K_DRIVERS, K_N, K_SKIPPED, K_WEIGHT, K_MEANS, K_COMOMENTS, -1},
	{K_DRIVERS, K_N, K_SKIPPED, K_GROUPS, K_SUMS, K_PRODUCTS, -1},
	{K_DRIVERS, K_N, K_SKIPPED, K_GROUPS, K_WEIGHT, K_MEANS, K_COMOMENTS},
};

typedef struct DsText
{
	int			form;			/* 1: moments, 2: groups */
	int64		drivers;
	int64		n;
	int64		skipped;
	int			count[9];		/* values read for the array keys */
	int64		groups[DRIVER_STATS_GROUPS];
	int128	   *ints[9];
	double	   *floats[9];
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

/*
 * Reads a JSON integer into a 128-bit integer: no leading zero, no sign but
 * a minus, and nothing beyond 128 bits.
 */
static int128
parse_int128(PgcxParser *ps)
{
	bool		negative;
	uint128		u = 0;
	const uint128 limit = ((uint128) 1 << 127);	/* |INT128_MIN| */

	pgcx_parse_space(ps);
	negative = (*ps->p == '-');
	if (negative)
		ps->p++;
	if (!isdigit((unsigned char) *ps->p))
		pgcx_parse_fail(ps, "A sum must be an integer.");
	if (ps->p[0] == '0' && isdigit((unsigned char) ps->p[1]))
		pgcx_parse_fail(ps, "A sum must not have a leading zero.");
	while (isdigit((unsigned char) *ps->p))
	{
		unsigned	digit = (unsigned) (*ps->p - '0');

		/* u * 10 + digit <= limit, checked before it can wrap */
		if (u > (limit - digit) / 10)
			pgcx_parse_fail(ps, "A sum must fit in 128 bits.");
		u = u * 10 + digit;
		ps->p++;
	}
	if (!negative && u == limit)
		pgcx_parse_fail(ps, "A sum must fit in 128 bits.");
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

	key = form_keys[t->form][key];
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
		case K_GROUPS:
			t->count[key] = pgcx_parse_counts(ps, "groups", t->groups, DRIVER_STATS_GROUPS);
			break;
		case K_SUMS:
		case K_PRODUCTS:
			t->ints[key] = palloc(sizeof(int128) * MAX_VALUES);
			t->count[key] = parse_array(ps, key_names[key], t->ints[key], NULL);
			break;
		case K_WEIGHT:
			t->floats[key] = palloc(sizeof(double) * MAX_VALUES);
			if (t->form & 2)
				t->count[key] = parse_array(ps, key_names[key], NULL, t->floats[key]);
			else
			{
				t->floats[key][0] = pgcx_parse_float8(ps, "weight");
				t->count[key] = 1;
			}
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
		"or with \"weight\", \"means\" and \"comoments\" instead of the sums; "
	"with a row key, \"groups\" gives the rows of each group, and each array holds every group's values in turn."};
	DsText		t;
	DriverStats *s;
	const char *keys[7];
	int			nkeys,
				p,
				vars,
				pairs,
				groups,
				flags,
				g;
	const char *problem;

	memset(&t, 0, sizeof(t));
	t.form = (strstr(str, "\"weight\"") != NULL ? 1 : 0) |
		(strstr(str, "\"groups\"") != NULL ? 2 : 0);
	for (nkeys = 0; nkeys < 7 && form_keys[t.form][nkeys] >= 0; nkeys++)
		keys[nkeys] = key_names[form_keys[t.form][nkeys]];
	pgcx_parse_object(&ps, keys, nkeys, ds_read_value, &t);
	if (t.drivers > DRIVERS_MAX_WEIGHTS)
		pgcx_parse_fail(&ps, psprintf("drivers must be 1 to %d (0 before any row with drivers).",
									  DRIVERS_MAX_WEIGHTS));
	p = (int) t.drivers;
	vars = DS_VARS(p);
	pairs = DS_PAIRS(p);
	flags = ((t.form & 1) ? 0 : DRIVER_STATS_EXACT) | ((t.form & 2) ? DRIVER_STATS_GROUPED : 0);
	groups = (t.form & 2) ? DRIVER_STATS_GROUPS : 1;
	if ((t.form & 2) && t.count[K_GROUPS] != DRIVER_STATS_GROUPS)
		pgcx_parse_fail(&ps, psprintf("\"groups\" holds the rows of %d groups.", DRIVER_STATS_GROUPS));
	s = (DriverStats *) palloc0(DS_SIZE(p, flags));
	SET_VARSIZE(s, DS_SIZE(p, flags));
	s->version = DRIVER_STATS_VERSION;
	s->flags = (uint8) flags;
	s->p = (uint16) p;
	s->n = t.n;
	s->skipped = t.skipped;
	if (t.form & 2)
		memcpy(ds_group_n(s), t.groups, sizeof(int64) * DRIVER_STATS_GROUPS);
	if (t.form & 1)
	{
		if (t.count[K_WEIGHT] != groups || t.count[K_MEANS] != groups * vars ||
			t.count[K_COMOMENTS] != groups * pairs)
			pgcx_parse_fail(&ps, psprintf("%d driver%s %d means and %d comoments%s.",
										  p, p == 1 ? " needs" : "s need", vars, pairs,
										  groups > 1 ? " per group, and one weight per group" : ""));
		for (g = 0; g < groups; g++)
		{
			char	   *b = ds_block(s, g);

			*block_weight(b) = t.floats[K_WEIGHT][g];
			memcpy(block_means(b), t.floats[K_MEANS] + g * vars, sizeof(double) * vars);
			memcpy(block_moments(b, p), t.floats[K_COMOMENTS] + g * pairs, sizeof(double) * pairs);
		}
	}
	else
	{
		if (t.count[K_SUMS] != groups * vars || t.count[K_PRODUCTS] != groups * pairs)
			pgcx_parse_fail(&ps, psprintf("%d driver%s %d sums and %d products%s.",
										  p, p == 1 ? " needs" : "s need", vars, pairs,
										  groups > 1 ? " per group" : ""));
		for (g = 0; g < groups; g++)
		{
			char	   *b = ds_block(s, g);

			memcpy(block_sums(b), t.ints[K_SUMS] + g * vars, sizeof(int128) * vars);
			memcpy(block_products(b, p), t.ints[K_PRODUCTS] + g * pairs, sizeof(int128) * pairs);
		}
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

/* Appends ,"key":[...] with the values of every group at one offset of its block. */
static void
append_values(StringInfo buf, DriverStats *s, const char *key, int offset, int count)
{
	bool		exact = (s->flags & DRIVER_STATS_EXACT) != 0;
	int			g,
				i;

	appendStringInfo(buf, ",\"%s\":[", key);
	for (g = 0; g < ds_groups(s); g++)
		for (i = 0; i < count; i++)
		{
			if (g || i)
				appendStringInfoChar(buf, ',');
			if (exact)
				append_int128(buf, ((int128 *) ds_block(s, g))[offset + i]);
			else
				pgcx_append_float8(buf, ((double *) ds_block(s, g))[offset + i]);
		}
	appendStringInfoChar(buf, ']');
}

/* driver_stats_out(driver_stats): text output. */
Datum
driver_stats_out(PG_FUNCTION_ARGS)
{
	DriverStats *s = driver_stats_checked(PG_GETARG_DATUM(0));
	StringInfoData buf;
	int			p = s->p;
	int			g;

	initStringInfo(&buf);
	appendStringInfo(&buf, "{\"drivers\":%d,\"n\":" INT64_FORMAT ",\"skipped\":" INT64_FORMAT,
					 p, s->n, s->skipped);
	if (s->flags & DRIVER_STATS_GROUPED)
	{
		appendStringInfoString(&buf, ",\"groups\":[");
		for (g = 0; g < DRIVER_STATS_GROUPS; g++)
			appendStringInfo(&buf, "%s" INT64_FORMAT, g ? "," : "", ds_group_n(s)[g]);
		appendStringInfoChar(&buf, ']');
	}
	if (s->flags & DRIVER_STATS_EXACT)
	{
		append_values(&buf, s, "sums", 0, DS_VARS(p));
		append_values(&buf, s, "products", DS_VARS(p), DS_PAIRS(p));
	}
	else if (s->flags & DRIVER_STATS_GROUPED)
	{
		append_values(&buf, s, "weight", 0, 1);
		append_values(&buf, s, "means", 1, DS_VARS(p));
		append_values(&buf, s, "comoments", 1 + DS_VARS(p), DS_PAIRS(p));
	}
	else
	{
		appendStringInfoString(&buf, ",\"weight\":");
		pgcx_append_float8(&buf, *block_weight(ds_block(s, 0)));
		append_values(&buf, s, "means", 1, DS_VARS(p));
		append_values(&buf, s, "comoments", 1 + DS_VARS(p), DS_PAIRS(p));
	}
	appendStringInfoChar(&buf, '}');
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
				g,
				count;
	DriverStats *s;
	const char *problem;

	pgcx_recv_version(buf, "driver_stats", DRIVER_STATS_VERSION);
	recv_check(buf, 4);
	version = pq_getmsgint(buf, 1);
	flags = pq_getmsgint(buf, 1);
	p = pq_getmsgint(buf, 2);
	if (p > DRIVERS_MAX_WEIGHTS || (flags & ~DRIVER_STATS_FLAGS) != 0)
		pgcx_recv_fail("driver_stats", psprintf("The number of drivers must be 0 to %d and the flags known.",
												 DRIVERS_MAX_WEIGHTS));
	s = (DriverStats *) palloc0(DS_SIZE(p, flags));
	SET_VARSIZE(s, DS_SIZE(p, flags));
	s->version = (uint8) version;
	s->flags = (uint8) flags;
	s->p = (uint16) p;
	recv_check(buf, 16);
	s->n = pq_getmsgint64(buf);
	s->skipped = pq_getmsgint64(buf);
	if (flags & DRIVER_STATS_GROUPED)
	{
		recv_check(buf, 8 * DRIVER_STATS_GROUPS);
		for (g = 0; g < DRIVER_STATS_GROUPS; g++)
			ds_group_n(s)[g] = pq_getmsgint64(buf);
	}
	for (g = 0; g < ds_groups(s); g++)
	{
		char	   *b = ds_block(s, g);

		if (flags & DRIVER_STATS_EXACT)
		{
			count = DS_EXACT_VALUES(p);
			recv_check(buf, 16 * count);
			for (i = 0; i < count; i++)
			{
				int64		hi = pq_getmsgint64(buf);
				uint64		lo = (uint64) pq_getmsgint64(buf);

				((int128 *) b)[i] = (int128) (((uint128) (uint64) hi << 64) | lo);
			}
		}
		else
		{
			count = DS_MOMENT_VALUES(p);
			recv_check(buf, 8 * count);
			/* + 0.0: a -0 reads as 0, as its text form does */
			for (i = 0; i < count; i++)
				((double *) b)[i] = pq_getmsgfloat8(buf) + 0.0;
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
	int			i,
				g;

	pq_begintypsend(&buf);
	pq_sendint8(&buf, s->version);
	pq_sendint8(&buf, s->flags);
	pq_sendint16(&buf, s->p);
	pq_sendint64(&buf, s->n);
	pq_sendint64(&buf, s->skipped);
	if (s->flags & DRIVER_STATS_GROUPED)
		for (g = 0; g < DRIVER_STATS_GROUPS; g++)
			pq_sendint64(&buf, ds_group_n(s)[g]);
	for (g = 0; g < ds_groups(s); g++)
	{
		char	   *b = ds_block(s, g);

		if (s->flags & DRIVER_STATS_EXACT)
			for (i = 0; i < DS_EXACT_VALUES(p); i++)
			{
				uint128		u = (uint128) ((int128 *) b)[i];

				pq_sendint64(&buf, (int64) (uint64) (u >> 64));
				pq_sendint64(&buf, (int64) (uint64) u);
			}
		else
			for (i = 0; i < DS_MOMENT_VALUES(p); i++)
				pq_sendfloat8(&buf, ((double *) b)[i]);
	}
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}
