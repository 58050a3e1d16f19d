/*
 * parse.c
 *		The small JSON tokenizer shared by the text inputs of pgcx's types
 *		(score_dist, rolling_benchmark, mirror_state, attrition_state):
 *		fixed keys in a fixed order, free whitespace between tokens, JSON
 *		integers that fit in a bigint (non-negative for counts), strings
 *		without escapes.  Every failure is ERROR 22P02 naming the type and
 *		the whole input, with a detail saying what is wrong.
 */
#include "postgres.h"

#include <ctype.h>
#include <math.h>

#include "pgcx.h"

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

/* Requires the end of the input, after optional whitespace. */
void
pgcx_parse_end(PgcxParser *ps)
{
	pgcx_parse_space(ps);
	if (*ps->p != '\0')
		pgcx_parse_fail(ps, "Unexpected text after the closing \"}\".");
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
