/*
 * format.h
 *		What every stored format of pgcx shares: the check of a value's
 *		format version byte, the error of a malformed binary value, and the
 *		check of a string stored in a value (format.c).
 */
#ifndef PGCX_FORMAT_H
#define PGCX_FORMAT_H

#include "postgres.h"
#include "lib/stringinfo.h"

#include "common/pgcx.h"

extern const char *pgcx_version_problem(const char *type, int version, int known);
extern void pgcx_recv_version(StringInfo buf, const char *type, int known);
extern void pgcx_recv_fail(const char *type, const char *detail) pgcx_noreturn;
extern bool pgcx_valid_text(const char *s, int len);

#endif							/* PGCX_FORMAT_H */
