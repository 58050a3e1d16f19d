/*
 * parse.h
 *		The tokenizer of the text inputs of pgcx's types, and the text of a
 *		float8 in outputs and messages (parse.c).
 */
#ifndef PGCX_PARSE_H
#define PGCX_PARSE_H

#include "postgres.h"
#include "lib/stringinfo.h"

#include "common/pgcx.h"

typedef struct PgcxParser
{
	const char *input;			/* whole input, for messages */
	const char *p;				/* cursor */
	const char *type;			/* the type being read */
	const char *hint;			/* the form it takes */
} PgcxParser;

extern void pgcx_parse_fail(PgcxParser *ps, const char *detail) pgcx_noreturn;
extern void pgcx_parse_space(PgcxParser *ps);
extern void pgcx_parse_token(PgcxParser *ps, const char *tok, const char *detail);
extern int64 pgcx_parse_count(PgcxParser *ps, const char *what);
extern int64 pgcx_parse_int64(PgcxParser *ps, const char *what);
extern char *pgcx_parse_string(PgcxParser *ps, const char *what);
extern char *pgcx_parse_json_string(PgcxParser *ps, const char *what);
extern double pgcx_parse_float8(PgcxParser *ps, const char *what);
extern void pgcx_parse_end(PgcxParser *ps);

/* reads the value of keys[key] into target (see pgcx_parse_object) */
typedef void (*PgcxValueReader) (PgcxParser *ps, int key, void *target);

extern void pgcx_parse_object(PgcxParser *ps, const char *const *keys, int nkeys,
							  PgcxValueReader read, void *target);
typedef void (*PgcxElementReader) (PgcxParser *ps, int i, void *target);

extern int	pgcx_parse_array(PgcxParser *ps, const char *what, const char *element,
							 int max, PgcxElementReader read, void *target);
extern int	pgcx_parse_counts(PgcxParser *ps, const char *what, int64 *out, int max);
extern int	pgcx_parse_float8s(PgcxParser *ps, const char *what, double *out, int max);
extern char *pgcx_jsonb_cstring(Datum jsonb);

extern void pgcx_append_float8(StringInfo buf, double v);
extern char *pgcx_float8_text(double v);

#endif							/* PGCX_PARSE_H */
