/*
 * format.c
 *		What the stored formats of pgcx share: the check of a value's format
 *		version byte, and the error of a malformed binary value.
 *
 * Every base type of pgcx (score_dist, rolling_benchmark, mirror_state,
 * attrition_state, rfm_state, bgnbd_state, gamma_gamma_state, sbg_state)
 * starts its stored and binary forms with a version byte.
 * Every version that a release wrote stays readable; a value written by a
 * newer pgcx than this build is refused with an error that says so, not as
 * a corrupted value.
 */
#include "postgres.h"

#include "mb/pg_wchar.h"

#include "lib/stringinfo.h"

#include "common/format.h"

/*
 * Says what is wrong with format version `version` of a `type` value when
 * this build knows versions 1 to `known`, or NULL; a newer version is an
 * ERROR of its own.
 */
const char *
pgcx_version_problem(const char *type, int version, int known)
{
	if (version > known)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("%s value written by a newer pgcx (format version %d)",
						type, version),
				 errdetail("This pgcx (%s) reads %s values of format versions up to %d.",
						   PGCX_VERSION, type, known),
				 errhint("Install the pgcx release that wrote the value, or a later one.")));
	if (version < 1)
		return "The format version is 0, which no pgcx release writes.";
	return NULL;
}

/*
 * Refuses a binary value of a newer format before its size is checked (a
 * newer format may have another size); other problems are the caller's.
 */
void
pgcx_recv_version(StringInfo buf, const char *type, int known)
{
	if (buf->cursor < buf->len)
		(void) pgcx_version_problem(type, (uint8) buf->data[buf->cursor], known);
}

/* Raises the 22P03 error of a malformed binary `type` value. */
void
pgcx_recv_fail(const char *type, const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("invalid binary representation for type %s", type),
			 errdetail("%s", detail)));
}

/*
 * Is this string of `len` bytes, stored in a value, valid text: in the
 * database encoding, without a NUL byte?
 */
bool
pgcx_valid_text(const char *s, int len)
{
	return memchr(s, '\0', len) == NULL &&
		pg_verify_mbstr(GetDatabaseEncoding(), s, len, true);
}
