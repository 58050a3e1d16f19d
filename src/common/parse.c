/*
 * parse.c
 *		The small JSON tokenizer shared by the text inputs of pgcx's types
 *		(score_dist, rolling_benchmark, mirror_state, attrition_state):
 *		one object whose keys are a fixed set, in any order, each exactly
 *		once (pgcx_parse_object dispatches each key to the type's reader of
 *		its value); free whitespace between tokens; JSON integers that fit
 *		in a bigint (non-negative for counts), without fraction or
 *		exponent; strings without escapes.  Every failure is ERROR 22P02
 *		naming the type and the whole input, with a detail saying what is
 *		wrong.  The jsonb casts read the text of the jsonb with the same
 *		parsers (pgcx_jsonb_cstring).  The text of a float8 is here too:
 *		the shortest form that reads back exactly, for the text outputs
 *		(pgcx_append_float8), and PostgreSQL's own, for messages
 *		(pgcx_float8_text).
 */
#include "postgres.h"

#include "mb/pg_wchar.h"

#include <ctype.h>
#include <math.h>

#include "common/int.h"
#include "common/shortest_dec.h"
#include "lib/stringinfo.h"
#include "utils/float.h"
#include "utils/jsonb.h"

#include "common/parse.h"

/* Raises the 22P02 error of malformed text input, with a detail. */
void
pgcx_parse_fail(PgcxParser *ps, const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type %s: \"%s\"", ps->type, ps->input),
			 errdetail("%s", detail),
			 errhint("%s", ps->hint)));
}

/* Skips JSON whitespace. */
void
pgcx_parse_space(PgcxParser *ps)
{
	while (*ps->p == ' ' || *ps->p == '\t' || *ps->p == '\n' || *ps->p == '\r')
		ps->p++;
}

/* Consumes the literal token `tok` (after whitespace) or fails. */
void
pgcx_parse_token(PgcxParser *ps, const char *tok, const char *detail)
{
	size_t		len = strlen(tok);

	pgcx_parse_space(ps);
	if (strncmp(ps->p, tok, len) != 0)
		pgcx_parse_fail(ps, detail);
	ps->p += len;
}

/*
 * Reads the digits of a JSON integer (no sign, no leading zero, no fraction
 * or exponent) as -value when `negative`, else as value, so that both
 * bounds of int64 are reachable.
 */
static int64
parse_digits(PgcxParser *ps, const char *what, bool negative)
{
	int64		v = 0;

	if (!isdigit((unsigned char) *ps->p))
		pgcx_parse_fail(ps, psprintf("%s must be an integer.", what));
	if (*ps->p == '0' && isdigit((unsigned char) ps->p[1]))
		pgcx_parse_fail(ps, psprintf("%s must not have leading zeros.", what));
	while (isdigit((unsigned char) *ps->p))
	{
		int			digit = *ps->p - '0';

		if (pg_mul_s64_overflow(v, 10, &v) ||
			(negative ? pg_sub_s64_overflow(v, digit, &v) :
			 pg_add_s64_overflow(v, digit, &v)))
			pgcx_parse_fail(ps, psprintf("%s does not fit in a bigint.", what));
		ps->p++;
	}
	if (*ps->p == '.' || *ps->p == 'e' || *ps->p == 'E')
		pgcx_parse_fail(ps, psprintf("%s must be an integer.", what));
	return v;
}

/* Reads a non-negative JSON integer that fits in int64. */
int64
pgcx_parse_count(PgcxParser *ps, const char *what)
{
	pgcx_parse_space(ps);
	if (*ps->p == '-')
		pgcx_parse_fail(ps, psprintf("%s must not be negative.", what));
	return parse_digits(ps, what, false);
}

/* Reads a JSON integer, of either sign, that fits in int64. */
int64
pgcx_parse_int64(PgcxParser *ps, const char *what)
{
	bool		negative;

	pgcx_parse_space(ps);
	negative = (*ps->p == '-');
	if (negative)
		ps->p++;
	return parse_digits(ps, what, negative);
}

/* Reads a JSON string without escapes (pgcx's keys and values need none). */
char *
pgcx_parse_string(PgcxParser *ps, const char *what)
{
	const char *start;

	pgcx_parse_token(ps, "\"", psprintf("Expected %s as a string.", what));
	start = ps->p;
	while (*ps->p && *ps->p != '"' && *ps->p != '\\')
		ps->p++;
	if (*ps->p != '"')
		pgcx_parse_fail(ps, psprintf("%s must be a string without escapes.", what));
	ps->p++;
	return pnstrdup(start, ps->p - start - 1);
}

/* The value of hexadecimal digit c, or -1. */
static int
hex_digit(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* The code unit of a \u escape (four hexadecimal digits at ps->p). */
static int
parse_code_unit(PgcxParser *ps, const char *what)
{
	int			unit = 0;

	for (int i = 0; i < 4; i++)
	{
		int			d = hex_digit(ps->p[i]);

		if (d < 0)
			pgcx_parse_fail(ps, psprintf("%s has a \\u escape without four hexadecimal digits.", what));
		unit = unit * 16 + d;
	}
	ps->p += 4;
	return unit;
}

/*
 * Reads a JSON string with its escapes (RFC 8259, section 7), as
 * escape_json writes it: \" \\ \/ \b \f \n \r \t and \u with four
 * hexadecimal digits (a surrogate pair for a character beyond U+FFFF), the character converted
 * to the database encoding; \u0000 and a lone surrogate are refused.
 */
char *
pgcx_parse_json_string(PgcxParser *ps, const char *what)
{
	StringInfoData buf;

	pgcx_parse_token(ps, "\"", psprintf("Expected %s as a string.", what));
	initStringInfo(&buf);
	for (;;)
	{
		char		c = *ps->p;

		if (c == '\0')
			pgcx_parse_fail(ps, psprintf("%s is a string without its closing quote.", what));
		ps->p++;
		if (c == '"')
			break;
		if (c != '\\')
		{
			appendStringInfoChar(&buf, c);
			continue;
		}
		c = *ps->p++;
		switch (c)
		{
			case '"':
			case '\\':
			case '/':
				appendStringInfoChar(&buf, c);
				break;
			case 'b':
				appendStringInfoChar(&buf, '\b');
				break;
			case 'f':
				appendStringInfoChar(&buf, '\f');
				break;
			case 'n':
				appendStringInfoChar(&buf, '\n');
				break;
			case 'r':
				appendStringInfoChar(&buf, '\r');
				break;
			case 't':
				appendStringInfoChar(&buf, '\t');
				break;
			case 'u':
				{
					pg_wchar	code = parse_code_unit(ps, what);
					char		out[MAX_UNICODE_EQUIVALENT_STRING + 1];

					if (code >= 0xDC00 && code <= 0xDFFF)
						pgcx_parse_fail(ps, psprintf("%s has a lone low surrogate.", what));
					if (code >= 0xD800 && code <= 0xDBFF)
					{
						pg_wchar	low;

						if (ps->p[0] != '\\' || ps->p[1] != 'u')
							pgcx_parse_fail(ps, psprintf("%s has a high surrogate without its low one.", what));
						ps->p += 2;
						low = parse_code_unit(ps, what);
						if (low < 0xDC00 || low > 0xDFFF)
							pgcx_parse_fail(ps, psprintf("%s has a high surrogate without its low one.", what));
						code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
					}
					if (code == 0)
						pgcx_parse_fail(ps, psprintf("%s holds \\u0000, which text cannot.", what));
					pg_unicode_to_server(code, (unsigned char *) out);
					appendStringInfoString(&buf, out);
				}
				break;
			default:
				ps->p--;
				pgcx_parse_fail(ps, psprintf("%s has an unknown escape.", what));
		}
	}
	return buf.data;
}

/* Requires the end of the input, after optional whitespace. */
void
pgcx_parse_end(PgcxParser *ps)
{
	pgcx_parse_space(ps);
	if (*ps->p != '\0')
		pgcx_parse_fail(ps, "Unexpected text after the closing \"}\".");
}

/* The keys of an object as a phrase: "lo", "hi" and "counts". */
static char *
key_list(const char *const *keys, int nkeys)
{
	StringInfoData buf;
	int			k;

	initStringInfo(&buf);
	for (k = 0; k < nkeys; k++)
		appendStringInfo(&buf, "%s\"%s\"",
						 k == 0 ? "" : k == nkeys - 1 ? " and " : ", ", keys[k]);
	return buf.data;
}

/*
 * Reads a key of the object and returns its index in keys; `detail` is the
 * error when no key (a string) comes.
 */
static int
parse_key(PgcxParser *ps, const char *const *keys, int nkeys, const char *detail)
{
	char	   *key;
	int			k;

	pgcx_parse_space(ps);
	if (*ps->p != '"')
		pgcx_parse_fail(ps, detail);
	key = pgcx_parse_string(ps, "A key");
	for (k = 0; k < nkeys; k++)
		if (strcmp(key, keys[k]) == 0)
			return k;
	pgcx_parse_fail(ps, psprintf("Unknown key \"%s\"; the keys are %s.",
								 key, key_list(keys, nkeys)));
}

/*
 * Reads the whole input as one JSON object whose keys are exactly the nkeys
 * (at most 32) names in keys, in any order, each once: read(ps, k, target)
 * reads the value of keys[k] and leaves the cursor after it.  Checks that
 * involve several keys are the caller's, once the object is read.
 */
void
pgcx_parse_object(PgcxParser *ps, const char *const *keys, int nkeys,
				  PgcxValueReader read, void *target)
{
	uint32		seen = 0;
	int			k;

	Assert(nkeys > 0 && nkeys <= 32);
	pgcx_parse_token(ps, "{", "Expected \"{\".");
	pgcx_parse_space(ps);
	if (*ps->p == '}')
		ps->p++;
	else
		for (;;)
		{
			k = parse_key(ps, keys, nkeys, seen == 0 ?
						  "Expected a key in double quotes after \"{\"." :
						  "Expected a key in double quotes after \",\".");
			if (seen & ((uint32) 1 << k))
				pgcx_parse_fail(ps, psprintf("The key \"%s\" appears twice.", keys[k]));
			seen |= (uint32) 1 << k;
			pgcx_parse_token(ps, ":", psprintf("Expected \":\" after \"%s\".", keys[k]));
			read(ps, k, target);
			pgcx_parse_space(ps);
			if (*ps->p == '}')
			{
				ps->p++;
				break;
			}
			pgcx_parse_token(ps, ",", psprintf("Expected \",\" or \"}\" after %s.", keys[k]));
		}
	for (k = 0; k < nkeys; k++)
		if (!(seen & ((uint32) 1 << k)))
			pgcx_parse_fail(ps, psprintf("The key \"%s\" is missing.", keys[k]));
	pgcx_parse_end(ps);
}

/*
 * Reads a JSON array of at most max values, each read by read(ps, i,
 * target) into its place i; returns how many it held.  `what` names the
 * array in messages ("counts"), `element` one of its values ("a count").
 */
int
pgcx_parse_array(PgcxParser *ps, const char *what, const char *element, int max,
				 PgcxElementReader read, void *target)
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
		if (n == max)
			pgcx_parse_fail(ps, psprintf("More than %d values in %s.", max, what));
		read(ps, n++, target);
		pgcx_parse_space(ps);
		if (*ps->p == ']')
		{
			ps->p++;
			return n;
		}
		pgcx_parse_token(ps, ",", psprintf("Expected \",\" or \"]\" after %s in %s.", element, what));
	}
}

/* Reads one count into ((int64 *) target)[i] (a PgcxElementReader). */
static void
read_count(PgcxParser *ps, int i, void *target)
{
	((int64 *) target)[i] = pgcx_parse_count(ps, "A count");
}

/* Reads one float8 into ((double *) target)[i] (a PgcxElementReader). */
static void
read_float8(PgcxParser *ps, int i, void *target)
{
	((double *) target)[i] = pgcx_parse_float8(ps, "A value");
}

/*
 * Reads a JSON array of counts into out (room for max of them) and returns
 * how many it held; `what` names the array in messages ("counts").
 */
int
pgcx_parse_counts(PgcxParser *ps, const char *what, int64 *out, int max)
{
	return pgcx_parse_array(ps, what, "a count", max, read_count, out);
}

/* Reads a JSON array of finite float8 values, as pgcx_parse_counts. */
int
pgcx_parse_float8s(PgcxParser *ps, const char *what, double *out, int max)
{
	return pgcx_parse_array(ps, what, "a value", max, read_float8, out);
}

/* The text of a jsonb, for the parsers of the casts from jsonb. */
char *
pgcx_jsonb_cstring(Datum jsonb)
{
	Jsonb	   *j = DatumGetJsonbP(jsonb);

	return JsonbToCString(NULL, &j->root, VARSIZE(j));
}

/*
 * Reads a JSON number (a minus sign, digits, then digits, ".", "e", "E",
 * "+" or "-", as strtod reads them) as a finite float8; -0 reads as 0.
 */
double
pgcx_parse_float8(PgcxParser *ps, const char *what)
{
	const char *start;
	char	   *copy,
			   *end;
	double		v;

	pgcx_parse_space(ps);
	start = ps->p;
	if (*ps->p == '-')
		ps->p++;
	if (!isdigit((unsigned char) *ps->p))
		pgcx_parse_fail(ps, psprintf("%s must be a number.", what));
	while (isdigit((unsigned char) *ps->p) || *ps->p == '.' || *ps->p == 'e' ||
		   *ps->p == 'E' || *ps->p == '+' || *ps->p == '-')
		ps->p++;
	copy = pnstrdup(start, ps->p - start);
	v = strtod(copy, &end);
	if (*end != '\0')
		pgcx_parse_fail(ps, psprintf("%s must be a number.", what));
	if (!isfinite(v))
		pgcx_parse_fail(ps, psprintf("%s must be a finite float8.", what));
	pfree(copy);
	return v + 0.0;
}

/* Appends a float8 in the shortest form that reads back exactly. */
void
pgcx_append_float8(StringInfo buf, double v)
{
	char		digits[DOUBLE_SHORTEST_DECIMAL_LEN];

	double_to_shortest_decimal_buf(v, digits);
	appendStringInfoString(buf, digits);
}

/* A float8 as text, as PostgreSQL prints it (9.5, NaN), for messages. */
char *
pgcx_float8_text(double v)
{
	return float8out_internal(v);
}
