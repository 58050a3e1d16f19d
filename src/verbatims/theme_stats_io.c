/*
 * theme_stats_io.c
 *		The text and binary forms of theme_stats (theme_stats.h), validated
 *		like the stored form.
 *
 * Text form, JSON (whitespace between tokens free):
 *	{"kind":"single"|"themes","promoters":n,"passives":n,"detractors":n,
 *	 "comments":n,"themes":[{"theme":"name","hash":"16 hex digits",
 *	 "mentions":[promoters,passives,detractors]},...]}
 * The binary form: version, flags (one byte each), nthemes (int32), the
 * four totals (int64), then per theme its hash (int64), its three
 * mentions (int64) and its name (int32 length, bytes), in network byte
 * order.
 */
#include "postgres.h"

#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/json.h"

#include "common/format.h"
#include "common/parse.h"
#include "verbatims/theme_stats.h"

PG_FUNCTION_INFO_V1(theme_stats_in);
PG_FUNCTION_INFO_V1(theme_stats_out);
PG_FUNCTION_INFO_V1(theme_stats_recv);
PG_FUNCTION_INFO_V1(theme_stats_send);

#define THEME_FORM "{\"kind\":\"themes\",\"promoters\":1,\"passives\":0,\"detractors\":0,\"comments\":1,\"themes\":[{\"theme\":\"name\",\"hash\":\"0123456789abcdef\",\"mentions\":[1,0,0]},...]}"

static const char *const total_keys[4] = {"promoters", "passives", "detractors", "comments"};

/* a theme being read */
typedef struct ThemeRead
{
	char	   *name;
	uint64		hash;
	int64		mentions[3];
} ThemeRead;

/* The state of `n` themes read, validated. */
static ThemeStats *
build(uint8 flags, const int64 *totals, const ThemeRead *t, int n, const char **problem)
{
	Size		size = sizeof(ThemeStats) + sizeof(ThemeCounts) * n;
	ThemeStats *s;
	char	   *p;

	for (int i = 0; i < n; i++)
		size += 4 + strlen(t[i].name);
	s = palloc0(size);
	SET_VARSIZE(s, size);
	s->version = THEME_VERSION;
	s->flags = flags;
	s->nthemes = n;
	memcpy(s->totals, totals, sizeof(s->totals));
	p = THEME_NAMES(s);
	for (int i = 0; i < n; i++)
	{
		int32		len = strlen(t[i].name);

		THEME_COUNTS(s)[i].hash = t[i].hash;
		memcpy(THEME_COUNTS(s)[i].mentions, t[i].mentions, sizeof(t[i].mentions));
		memcpy(p, &len, 4);
		memcpy(p + 4, t[i].name, len);
		p += 4 + len;
	}
	*problem = theme_problem(s, size);
	return s;
}

/* Text input of theme_stats. */
Datum
theme_stats_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	PgcxParser	ps = {str, str, "theme_stats", THEME_FORM};
	int64		totals[4];
	ThemeRead  *themes = palloc(sizeof(ThemeRead) * THEME_MAX);
	int			n = 0;
	char	   *kind;
	uint8		flags;
	ThemeStats *s;
	const char *problem;

	pgcx_parse_token(&ps, "{", "Expected \"{\".");
	pgcx_parse_token(&ps, "\"kind\"", "Expected the key \"kind\".");
	pgcx_parse_token(&ps, ":", "Expected \":\" after \"kind\".");
	kind = pgcx_parse_string(&ps, "The kind");
	if (strcmp(kind, "single") == 0)
		flags = THEME_SINGLE;
	else if (strcmp(kind, "themes") == 0)
		flags = 0;
	else
		pgcx_parse_fail(&ps, "The kind is \"single\" (theme_impact) or \"themes\" (theme_stats).");
	for (int k = 0; k < 4; k++)
	{
		pgcx_parse_token(&ps, ",", "Expected \",\".");
		pgcx_parse_token(&ps, psprintf("\"%s\"", total_keys[k]), psprintf("Expected the key \"%s\".", total_keys[k]));
		pgcx_parse_token(&ps, ":", "Expected \":\".");
		totals[k] = pgcx_parse_count(&ps, total_keys[k]);
	}
	pgcx_parse_token(&ps, ",", "Expected \",\".");
	pgcx_parse_token(&ps, "\"themes\"", "Expected the key \"themes\".");
	pgcx_parse_token(&ps, ":", "Expected \":\".");
	pgcx_parse_token(&ps, "[", "Expected \"[\" to open the themes.");
	pgcx_parse_space(&ps);
	while (*ps.p != ']')
	{
		ThemeRead  *t = &themes[n];
		char	   *hex,
				   *end;

		if (n > 0)
			pgcx_parse_token(&ps, ",", "Expected \",\" or \"]\" after a theme.");
		if (n >= THEME_MAX)
			pgcx_parse_fail(&ps, psprintf("A state has at most %d themes.", THEME_MAX));
		pgcx_parse_token(&ps, "{", "Expected \"{\" to open a theme.");
		pgcx_parse_token(&ps, "\"theme\"", "A theme begins with the key \"theme\".");
		pgcx_parse_token(&ps, ":", "Expected \":\".");
		t->name = pgcx_parse_json_string(&ps, "A theme's name");
		pgcx_parse_token(&ps, ",", "Expected \",\".");
		pgcx_parse_token(&ps, "\"hash\"", "Expected the key \"hash\".");
		pgcx_parse_token(&ps, ":", "Expected \":\".");
		hex = pgcx_parse_string(&ps, "A theme's hash");
		errno = 0;
		t->hash = strtoull(hex, &end, 16);
		if (strlen(hex) != 16 || *end != '\0' || errno != 0 || strspn(hex, "0123456789abcdef") != 16)
			pgcx_parse_fail(&ps, "A theme's hash is 16 lower-case hexadecimal digits.");
		pgcx_parse_token(&ps, ",", "Expected \",\".");
		pgcx_parse_token(&ps, "\"mentions\"", "Expected the key \"mentions\".");
		pgcx_parse_token(&ps, ":", "Expected \":\".");
		pgcx_parse_token(&ps, "[", "Expected \"[\" to open the mentions.");
		for (int k = 0; k < 3; k++)
		{
			if (k > 0)
				pgcx_parse_token(&ps, ",", "The mentions are three counts: promoters, passives, detractors.");
			t->mentions[k] = pgcx_parse_count(&ps, "A mention count");
		}
		pgcx_parse_token(&ps, "]", "The mentions are three counts, then \"]\".");
		pgcx_parse_token(&ps, "}", "A theme ends with \"}\" after its mentions.");
		pgcx_parse_space(&ps);
		n++;
	}
	pgcx_parse_token(&ps, "]", "Expected \"]\" to close the themes.");
	pgcx_parse_token(&ps, "}", "Expected \"}\" at the end.");
	pgcx_parse_end(&ps);
	s = build(flags, totals, themes, n, &problem);
	if (problem)
		pgcx_parse_fail(&ps, problem);
	PG_RETURN_POINTER(s);
}

/* Text output of theme_stats. */
Datum
theme_stats_out(PG_FUNCTION_ARGS)
{
	ThemeStats *s = theme_checked(PG_GETARG_DATUM(0));
	StringInfoData buf;
	const char *p = THEME_NAMES(s);

	initStringInfo(&buf);
	appendStringInfo(&buf, "{\"kind\":\"%s\"", (s->flags & THEME_SINGLE) ? "single" : "themes");
	for (int k = 0; k < 4; k++)
		appendStringInfo(&buf, ",\"%s\":" INT64_FORMAT, total_keys[k], s->totals[k]);
	appendStringInfoString(&buf, ",\"themes\":[");
	for (int i = 0; i < s->nthemes; i++)
	{
		const ThemeCounts *c = &THEME_COUNTS(s)[i];
		int32		len;

		memcpy(&len, p, 4);
		appendStringInfoString(&buf, i > 0 ? ",{\"theme\":" : "{\"theme\":");
		escape_json(&buf, pnstrdup(p + 4, len));
		appendStringInfo(&buf, ",\"hash\":\"%016llx\",\"mentions\":[" INT64_FORMAT "," INT64_FORMAT "," INT64_FORMAT "]}",
						 (unsigned long long) c->hash, c->mentions[0], c->mentions[1], c->mentions[2]);
		p += 4 + len;
	}
	appendStringInfoString(&buf, "]}");
	PG_RETURN_CSTRING(buf.data);
}

/* Fails a binary input unless `n` more bytes are there. */
static void
recv_check(StringInfo buf, int n)
{
	if (buf->len - buf->cursor < n)
		pgcx_recv_fail("theme_stats", "The value ends early.");
}

/* Binary input of theme_stats, validated like the text input. */
Datum
theme_stats_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int64		totals[4];
	ThemeRead  *themes;
	int			flags,
				n;
	ThemeStats *s;
	const char *problem;

	pgcx_recv_version(buf, "theme_stats", THEME_VERSION);
	recv_check(buf, 2 + 4 + 32);
	if (pq_getmsgint(buf, 1) != THEME_VERSION)
		pgcx_recv_fail("theme_stats", "The format version must be 1.");
	flags = pq_getmsgint(buf, 1);
	n = (int) pq_getmsgint(buf, 4);
	if ((flags & ~THEME_SINGLE) != 0 || n < 1 || n > THEME_MAX)
		pgcx_recv_fail("theme_stats", psprintf("The flags must be known and the themes 1 to %d.", THEME_MAX));
	for (int k = 0; k < 4; k++)
		totals[k] = pq_getmsgint64(buf);
	themes = palloc(sizeof(ThemeRead) * n);
	for (int i = 0; i < n; i++)
	{
		int			len;

		recv_check(buf, 32 + 4);
		themes[i].hash = (uint64) pq_getmsgint64(buf);
		for (int k = 0; k < 3; k++)
			themes[i].mentions[k] = pq_getmsgint64(buf);
		len = (int) pq_getmsgint(buf, 4);
		if (len < 0 || len > buf->len - buf->cursor)
			pgcx_recv_fail("theme_stats", "The value ends early.");
		themes[i].name = pnstrdup(pq_getmsgbytes(buf, len), len);
		if ((int) strlen(themes[i].name) != len)
			pgcx_recv_fail("theme_stats", "A theme's name is not valid text.");
	}
	if (buf->cursor != buf->len)
		pgcx_recv_fail("theme_stats", "The value has bytes after its last theme.");
	s = build((uint8) flags, totals, themes, n, &problem);
	if (problem)
		pgcx_recv_fail("theme_stats", problem);
	PG_RETURN_POINTER(s);
}

/* Binary output of theme_stats. */
Datum
theme_stats_send(PG_FUNCTION_ARGS)
{
	ThemeStats *s = theme_checked(PG_GETARG_DATUM(0));
	StringInfoData buf;
	const char *p = THEME_NAMES(s);

	pq_begintypsend(&buf);
	pq_sendint8(&buf, THEME_VERSION);
	pq_sendint8(&buf, s->flags);
	pq_sendint32(&buf, s->nthemes);
	for (int k = 0; k < 4; k++)
		pq_sendint64(&buf, s->totals[k]);
	for (int i = 0; i < s->nthemes; i++)
	{
		int32		len;

		pq_sendint64(&buf, (int64) THEME_COUNTS(s)[i].hash);
		for (int k = 0; k < 3; k++)
			pq_sendint64(&buf, THEME_COUNTS(s)[i].mentions[k]);
		memcpy(&len, p, 4);
		pq_sendint32(&buf, len);
		pq_sendbytes(&buf, p + 4, len);
		p += 4 + len;
	}
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}
