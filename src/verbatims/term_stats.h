/*
 * term_stats.h
 *		The term_stats type: per lexeme and group of comments, how many
 *		comments contain it (documents) and how often it occurs
 *		(occurrences), with each group's totals (term_stats.c; its text and
 *		binary forms in term_stats_io.c; term_contrast.c reads it).
 *
 * Stored format, version 1 (a varlena; fields packed, read with memcpy):
 *
 *	version (uint8), flags (uint8: TERM_STATS_BOOLEAN when the groups are
 *	those of a boolean, 'false' and 'true'), unused (uint16, 0), ngroups,
 *	nterms, nentries (int32 each), skipped (int64: rows without a group);
 *	then ngroups groups { rows, comments, stripped, capped (int64 each),
 *	label length (int32), label bytes }, in strictly increasing byte order
 *	of their labels; then nterms lexemes { length (int32), bytes }, in
 *	strictly increasing byte order; then nentries counts { term, group
 *	(int32 indexes), documents, occurrences (int64) }, in strictly
 *	increasing order of (term, group), documents >= 1 and occurrences >=
 *	documents.
 *
 * A group's rows count every row of the group, its comments the rows with
 * a comment (a non-NULL tsvector, empty ones included), stripped the
 * comments with a lexeme without positions (whose occurrences are not
 * known: it counts 1), capped the comments where a lexeme holds the most
 * positions to_tsvector keeps (255; a tsvector literal may hold 256) or
 * sits at the last position a tsvector records (16383), so that
 * occurrences may have been lost.  A text group has at least one row (a
 * group whose rows a moving window removed is dropped); a boolean state
 * always has its two groups.
 */
#ifndef PGCX_TERM_STATS_H
#define PGCX_TERM_STATS_H

#include "postgres.h"
#include "fmgr.h"
#if PG_VERSION_NUM >= 160000
#include "varatt.h"
#endif

#include "common/pgcx.h"

#define TERM_STATS_VERSION 1
#define TERM_STATS_BOOLEAN 0x01
#define TERM_STATS_FLAGS TERM_STATS_BOOLEAN
/* the longest lexeme of a tsvector (MAXSTRLEN of tsearch/ts_type.h) */
#define TERM_STATS_MAX_LEXEME ((1 << 11) - 1)
/* the most groups of a state */
#define TERM_STATS_MAX_GROUPS 100000

typedef struct TermGroup
{
	const char *label;
	int32		len;
	int64		rows;
	int64		comments;
	int64		stripped;
	int64		capped;
} TermGroup;

typedef struct TermCount
{
	int32		term;
	int32		group;
	int64		docs;
	int64		occ;
} TermCount;

/* a state decoded: groups and lexemes sorted, counts by (term, group) */
typedef struct TermStatsData
{
	bool		boolean;
	int64		skipped;
	int32		ngroups;
	TermGroup  *groups;
	int32		nterms;
	const char **terms;
	int32	   *term_len;
	int32		nentries;
	TermCount  *entries;
} TermStatsData;

extern void term_stats_read(Datum state, TermStatsData *out);
extern bytea *term_stats_flat(const TermStatsData *d);
extern void term_stats_decode(bytea *flat, TermStatsData *out);
extern const char *term_stats_problem(const TermStatsData *d);
extern void term_stats_corrupted(const char *problem) pgcx_noreturn;
extern int	term_stats_bytes_cmp(const char *a, int alen, const char *b, int blen);

#endif							/* PGCX_TERM_STATS_H */
