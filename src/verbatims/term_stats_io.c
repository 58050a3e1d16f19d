/*
 * term_stats_io.c
 *		The stored, text and binary forms of term_stats (term_stats.h), each
 *		validated when read.
 *
 * Text form, JSON (whitespace between tokens free):
 *	{"kind":"boolean"|"text","skipped":n,
 *	 "groups":[{"group":"label","rows":n,"comments":n,"stripped":n,"capped":n},...],
 *	 "terms":[["lexeme",group,documents,occurrences],...]}
 * groups in increasing byte order of their labels, terms by (lexeme, group
 * index), as the stored form.  The binary form: version, flags (one byte
 * each), skipped (int64), ngroups (int32), then each group's four counts
 * (int64) and label (int32 length, bytes), nterms (int32) and each lexeme
 * (int32 length, bytes), nentries (int32) and each count (int32 term,
 * int32 group, int64 documents, int64 occurrences), in network byte order.
 */
#include "postgres.h"

#include "common/int.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "tsearch/ts_type.h"
#include "utils/json.h"
#include "utils/memutils.h"

#include "common/format.h"
#include "common/parse.h"
#include "verbatims/term_stats.h"

PG_FUNCTION_INFO_V1(term_stats_in);
PG_FUNCTION_INFO_V1(term_stats_out);
PG_FUNCTION_INFO_V1(term_stats_recv);
PG_FUNCTION_INFO_V1(term_stats_send);

#define TERM_FORM "{\"kind\":\"boolean\",\"skipped\":0,\"groups\":[{\"group\":\"false\",\"rows\":1,\"comments\":1,\"stripped\":0,\"capped\":0},...],\"terms\":[[\"lexeme\",0,1,1],...]}"

/* the fixed part of the stored form, after the varlena header */
#define HEAD_SIZE (1 + 1 + 2 + 4 + 4 + 4 + 8)
#define GROUP_SIZE (4 * 8 + 4)
#define COUNT_SIZE (4 + 4 + 8 + 8)

/* Says what is wrong with a decoded state, or NULL. */
const char *
term_stats_problem(const TermStatsData *d)
{
	int64		rows = d->skipped;

	if (d->skipped < 0)
		return "The count of rows without a group is negative.";
	if (d->ngroups < 0 || d->ngroups > TERM_STATS_MAX_GROUPS)
		return psprintf("A state has 0 to %d groups.", TERM_STATS_MAX_GROUPS);
	if (d->boolean &&
		(d->ngroups != 2 || d->groups[0].len != 5 || memcmp(d->groups[0].label, "false", 5) != 0 ||
		 d->groups[1].len != 4 || memcmp(d->groups[1].label, "true", 4) != 0))
		return "A state of boolean groups has the groups \"false\" and \"true\".";
	for (int g = 0; g < d->ngroups; g++)
	{
		const TermGroup *grp = &d->groups[g];

		if (grp->len < 0 || !pgcx_valid_text(grp->label, grp->len))
			return "A group's label is not valid text.";
		if (g > 0 && term_stats_bytes_cmp(d->groups[g - 1].label, d->groups[g - 1].len,
										  grp->label, grp->len) >= 0)
			return "Groups must be in strictly increasing order of their labels.";
		if (!d->boolean && grp->rows < 1)
			return psprintf("Text group \"%s\" has no row.", pnstrdup(grp->label, grp->len));
		if (grp->comments < 0 || grp->rows < grp->comments ||
			grp->stripped < 0 || grp->stripped > grp->comments ||
			grp->capped < 0 || grp->capped > grp->comments)
			return psprintf("Group \"%s\" must have rows >= comments >= stripped, capped >= 0.",
							pnstrdup(grp->label, grp->len));
		if (pg_add_s64_overflow(rows, grp->rows, &rows))
			return "The total number of rows does not fit in a bigint.";
	}
	if (d->nterms < 0 || d->nentries < d->nterms)
		return "Every lexeme has a count.";
	for (int t = 0; t < d->nterms; t++)
	{
		if (d->term_len[t] < 1 || d->term_len[t] > TERM_STATS_MAX_LEXEME ||
			!pgcx_valid_text(d->terms[t], d->term_len[t]))
			return psprintf("A lexeme is 1 to %d bytes of valid text.", TERM_STATS_MAX_LEXEME);
		if (t > 0 && term_stats_bytes_cmp(d->terms[t - 1], d->term_len[t - 1],
										  d->terms[t], d->term_len[t]) >= 0)
			return "Lexemes must be in strictly increasing order.";
	}
	for (int i = 0; i < d->nentries; i++)
	{
		const TermCount *c = &d->entries[i];
		const TermCount *prev = i > 0 ? &d->entries[i - 1] : NULL;

		if (c->term < 0 || c->term >= d->nterms || c->group < 0 || c->group >= d->ngroups)
			return "A count names a lexeme or group that the state does not hold.";
		if (prev ? !(c->term == prev->term ? c->group > prev->group : c->term == prev->term + 1)
			: c->term != 0)
			return "Counts must be in strictly increasing order of (lexeme, group), every lexeme counted.";
		if (c->docs < 1 || c->docs > d->groups[c->group].comments)
			return "A lexeme's documents are 1 to the comments of its group.";
		if (c->occ < c->docs || c->occ / MAXNUMPOS > c->docs ||
			(c->occ / MAXNUMPOS == c->docs && c->occ % MAXNUMPOS != 0))
			return "A lexeme occurs 1 to 256 times in each of its documents.";
	}
	if (d->nentries > 0 && d->entries[d->nentries - 1].term != d->nterms - 1)
		return "Every lexeme has a count.";
	return NULL;
}

/* appends n bytes */
static inline char *
put(char *p, const void *v, Size n)
{
	memcpy(p, v, n);
	return p + n;
}

/* The stored form of a decoded state (in the current memory context). */
bytea *
term_stats_flat(const TermStatsData *d)
{
	Size		size = VARHDRSZ + HEAD_SIZE;
	bytea	   *flat;
	char	   *p;
	uint8		version = TERM_STATS_VERSION,
				flags = d->boolean ? TERM_STATS_BOOLEAN : 0;
	uint16		unused = 0;

	for (int g = 0; g < d->ngroups; g++)
		size += GROUP_SIZE + d->groups[g].len;
	for (int t = 0; t < d->nterms; t++)
		size += 4 + d->term_len[t];
	size += (Size) COUNT_SIZE * d->nentries;
	if (size > MaxAllocSize)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("term_stats value too large (%zu bytes)", size),
				 errdetail("A value holds at most 1 GB: about 20 million (lexeme, group) counts."),
				 errhint("Split the comments by period or group.")));
	flat = palloc(size);
	SET_VARSIZE(flat, size);
	p = VARDATA(flat);
	p = put(p, &version, 1);
	p = put(p, &flags, 1);
	p = put(p, &unused, 2);
	p = put(p, &d->ngroups, 4);
	p = put(p, &d->nterms, 4);
	p = put(p, &d->nentries, 4);
	p = put(p, &d->skipped, 8);
	for (int g = 0; g < d->ngroups; g++)
	{
		const TermGroup *grp = &d->groups[g];

		p = put(p, &grp->rows, 8);
		p = put(p, &grp->comments, 8);
		p = put(p, &grp->stripped, 8);
		p = put(p, &grp->capped, 8);
		p = put(p, &grp->len, 4);
		p = put(p, grp->label, grp->len);
	}
	for (int t = 0; t < d->nterms; t++)
	{
		p = put(p, &d->term_len[t], 4);
		p = put(p, d->terms[t], d->term_len[t]);
	}
	for (int i = 0; i < d->nentries; i++)
	{
		p = put(p, &d->entries[i].term, 4);
		p = put(p, &d->entries[i].group, 4);
		p = put(p, &d->entries[i].docs, 8);
		p = put(p, &d->entries[i].occ, 8);
	}
	Assert(p == (char *) flat + size);
	return flat;
}

/* reads n bytes at *p of a stored value ending at end, or fails */
static inline void
get(const char **p, const char *end, void *v, Size n)
{
	if ((Size) (end - *p) < n)
		term_stats_corrupted("The value ends early.");
	memcpy(v, *p, n);
	*p += n;
}

/* A count read from a stored value: not negative, below `max`. */
static int32
get_count32(const char **p, const char *end, int32 max)
{
	int32		v;

	get(p, end, &v, 4);
	if (v < 0 || v > max)
		term_stats_corrupted("A length or count is out of range.");
	return v;
}

/* The decoded form of a stored value (pointing into it), validated. */
void
term_stats_decode(bytea *flat, TermStatsData *out)
{
	const char *p = VARDATA_ANY(flat);
	const char *end = p + VARSIZE_ANY_EXHDR(flat);
	uint8		version,
				flags;
	uint16		unused;
	const char *problem;

	get(&p, end, &version, 1);
	problem = pgcx_version_problem("term_stats", version, TERM_STATS_VERSION);
	if (problem)
		term_stats_corrupted(problem);
	get(&p, end, &flags, 1);
	get(&p, end, &unused, 2);
	if ((flags & ~TERM_STATS_FLAGS) != 0 || unused != 0)
		term_stats_corrupted("The flags have bits that version 1 does not define.");
	out->boolean = (flags & TERM_STATS_BOOLEAN) != 0;
	out->ngroups = get_count32(&p, end, TERM_STATS_MAX_GROUPS);
	out->nterms = get_count32(&p, end, (int32) (MaxAllocSize / 4));
	out->nentries = get_count32(&p, end, (int32) (MaxAllocSize / COUNT_SIZE));
	get(&p, end, &out->skipped, 8);
	/* every group, lexeme and count takes some bytes: no huge allocation */
	if ((Size) out->ngroups * GROUP_SIZE + (Size) out->nterms * 5 +
		(Size) out->nentries * COUNT_SIZE > (Size) (end - p))
		term_stats_corrupted("The value ends early.");
	out->groups = palloc(sizeof(TermGroup) * Max(out->ngroups, 1));
	for (int g = 0; g < out->ngroups; g++)
	{
		TermGroup  *grp = &out->groups[g];

		get(&p, end, &grp->rows, 8);
		get(&p, end, &grp->comments, 8);
		get(&p, end, &grp->stripped, 8);
		get(&p, end, &grp->capped, 8);
		grp->len = get_count32(&p, end, (int32) (end - p));
		grp->label = pnstrdup(p, grp->len);
		p += grp->len;
	}
	out->terms = palloc(sizeof(char *) * Max(out->nterms, 1));
	out->term_len = palloc(sizeof(int32) * Max(out->nterms, 1));
	for (int t = 0; t < out->nterms; t++)
	{
		out->term_len[t] = get_count32(&p, end, (int32) (end - p));
		out->terms[t] = p;
		p += out->term_len[t];
	}
	out->entries = palloc(sizeof(TermCount) * Max(out->nentries, 1));
	for (int i = 0; i < out->nentries; i++)
	{
		get(&p, end, &out->entries[i].term, 4);
		get(&p, end, &out->entries[i].group, 4);
		get(&p, end, &out->entries[i].docs, 8);
		get(&p, end, &out->entries[i].occ, 8);
	}
	if (p != end)
		term_stats_corrupted("The value has bytes after its last count.");
	problem = term_stats_problem(out);
	if (problem)
		term_stats_corrupted(problem);
}

/* Text output of term_stats (the JSON form above). */
Datum
term_stats_out(PG_FUNCTION_ARGS)
{
	TermStatsData d;
	StringInfoData buf;

	term_stats_read(PG_GETARG_DATUM(0), &d);
	initStringInfo(&buf);
	appendStringInfo(&buf, "{\"kind\":\"%s\",\"skipped\":" INT64_FORMAT ",\"groups\":[",
					 d.boolean ? "boolean" : "text", d.skipped);
	for (int g = 0; g < d.ngroups; g++)
	{
		const TermGroup *grp = &d.groups[g];

		appendStringInfoString(&buf, g > 0 ? ",{\"group\":" : "{\"group\":");
		escape_json(&buf, pnstrdup(grp->label, grp->len));
		appendStringInfo(&buf, ",\"rows\":" INT64_FORMAT ",\"comments\":" INT64_FORMAT
						 ",\"stripped\":" INT64_FORMAT ",\"capped\":" INT64_FORMAT "}",
						 grp->rows, grp->comments, grp->stripped, grp->capped);
	}
	appendStringInfoString(&buf, "],\"terms\":[");
	for (int i = 0; i < d.nentries; i++)
	{
		const TermCount *c = &d.entries[i];

		appendStringInfoString(&buf, i > 0 ? ",[" : "[");
		escape_json(&buf, pnstrdup(d.terms[c->term], d.term_len[c->term]));
		appendStringInfo(&buf, ",%d," INT64_FORMAT "," INT64_FORMAT "]", c->group, c->docs, c->occ);
	}
	appendStringInfoString(&buf, "]}");
	PG_RETURN_CSTRING(buf.data);
}

/* the state being read by the text input */
typedef struct TermReading
{
	TermStatsData d;
	int			max_groups;
	int			max_entries;
	int			max_terms;
	bool		seen[4];
} TermReading;

/* Reads one group object of the text form into r. */
static void
read_group(PgcxParser *ps, TermReading *r)
{
	TermGroup  *grp;
	char	   *label;

	if (r->d.ngroups >= TERM_STATS_MAX_GROUPS)
		pgcx_parse_fail(ps, psprintf("A state has at most %d groups.", TERM_STATS_MAX_GROUPS));
	if (r->d.ngroups == r->max_groups)
	{
		r->max_groups *= 2;
		r->d.groups = repalloc(r->d.groups, sizeof(TermGroup) * r->max_groups);
	}
	grp = &r->d.groups[r->d.ngroups++];
	pgcx_parse_token(ps, "{", "Expected \"{\" to open a group.");
	pgcx_parse_token(ps, "\"group\"", "A group begins with the key \"group\".");
	pgcx_parse_token(ps, ":", "Expected \":\" after \"group\".");
	label = pgcx_parse_json_string(ps, "A group's label");
	grp->label = label;
	grp->len = strlen(label);
	pgcx_parse_token(ps, ",", "Expected \",\" after a group's label.");
	pgcx_parse_token(ps, "\"rows\"", "Expected the key \"rows\".");
	pgcx_parse_token(ps, ":", "Expected \":\" after \"rows\".");
	grp->rows = pgcx_parse_count(ps, "A group's rows");
	pgcx_parse_token(ps, ",", "Expected \",\" after rows.");
	pgcx_parse_token(ps, "\"comments\"", "Expected the key \"comments\".");
	pgcx_parse_token(ps, ":", "Expected \":\" after \"comments\".");
	grp->comments = pgcx_parse_count(ps, "A group's comments");
	pgcx_parse_token(ps, ",", "Expected \",\" after comments.");
	pgcx_parse_token(ps, "\"stripped\"", "Expected the key \"stripped\".");
	pgcx_parse_token(ps, ":", "Expected \":\" after \"stripped\".");
	grp->stripped = pgcx_parse_count(ps, "A group's stripped comments");
	pgcx_parse_token(ps, ",", "Expected \",\" after stripped.");
	pgcx_parse_token(ps, "\"capped\"", "Expected the key \"capped\".");
	pgcx_parse_token(ps, ":", "Expected \":\" after \"capped\".");
	grp->capped = pgcx_parse_count(ps, "A group's capped comments");
	pgcx_parse_token(ps, "}", "A group ends with \"}\" after \"capped\".");
}

/* Reads one count [lexeme, group, documents, occurrences] into r. */
static void
read_count(PgcxParser *ps, TermReading *r)
{
	TermCount  *c;
	char	   *lexeme;
	int64		group;
	int			len;

	if (r->d.nentries == r->max_entries)
	{
		if (r->max_entries >= (int) (MaxAllocSize / sizeof(TermCount) / 2))
			pgcx_parse_fail(ps, "The value has too many counts.");
		r->max_entries *= 2;
		r->d.entries = repalloc(r->d.entries, sizeof(TermCount) * r->max_entries);
		r->d.terms = repalloc(r->d.terms, sizeof(char *) * r->max_entries);
		r->d.term_len = repalloc(r->d.term_len, sizeof(int32) * r->max_entries);
	}
	c = &r->d.entries[r->d.nentries++];
	pgcx_parse_token(ps, "[", "Expected \"[\" to open a count.");
	lexeme = pgcx_parse_json_string(ps, "A lexeme");
	len = strlen(lexeme);
	if (len < 1 || len > TERM_STATS_MAX_LEXEME)
		pgcx_parse_fail(ps, psprintf("A lexeme is 1 to %d bytes.", TERM_STATS_MAX_LEXEME));
	/* a new lexeme, or the one of the count before */
	if (r->d.nterms == 0 || len != r->d.term_len[r->d.nterms - 1] ||
		memcmp(lexeme, r->d.terms[r->d.nterms - 1], len) != 0)
	{
		r->d.terms[r->d.nterms] = lexeme;
		r->d.term_len[r->d.nterms] = len;
		r->d.nterms++;
	}
	c->term = r->d.nterms - 1;
	pgcx_parse_token(ps, ",", "Expected \",\" after a lexeme.");
	group = pgcx_parse_count(ps, "A count's group");
	if (group >= r->d.ngroups)
		pgcx_parse_fail(ps, "A count names a group that the value does not list.");
	c->group = (int32) group;
	pgcx_parse_token(ps, ",", "Expected \",\" after a count's group.");
	c->docs = pgcx_parse_count(ps, "A count's documents");
	pgcx_parse_token(ps, ",", "Expected \",\" after a count's documents.");
	c->occ = pgcx_parse_count(ps, "A count's occurrences");
	pgcx_parse_token(ps, "]", "A count holds a lexeme, a group, documents and occurrences, then \"]\".");
}

/* Text input of term_stats. */
Datum
term_stats_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	PgcxParser	ps = {str, str, "term_stats", TERM_FORM};
	TermReading r;
	char	   *kind;
	const char *problem;

	memset(&r, 0, sizeof(r));
	r.max_groups = 4;
	r.max_entries = 16;
	r.d.groups = palloc(sizeof(TermGroup) * r.max_groups);
	r.d.entries = palloc(sizeof(TermCount) * r.max_entries);
	r.d.terms = palloc(sizeof(char *) * r.max_entries);
	r.d.term_len = palloc(sizeof(int32) * r.max_entries);

	pgcx_parse_token(&ps, "{", "Expected \"{\".");
	pgcx_parse_token(&ps, "\"kind\"", "Expected the key \"kind\".");
	pgcx_parse_token(&ps, ":", "Expected \":\" after \"kind\".");
	kind = pgcx_parse_string(&ps, "The kind");
	if (strcmp(kind, "boolean") == 0)
		r.d.boolean = true;
	else if (strcmp(kind, "text") != 0)
		pgcx_parse_fail(&ps, "The kind is \"boolean\" or \"text\".");
	pgcx_parse_token(&ps, ",", "Expected \",\" after the kind.");
	pgcx_parse_token(&ps, "\"skipped\"", "Expected the key \"skipped\".");
	pgcx_parse_token(&ps, ":", "Expected \":\" after \"skipped\".");
	r.d.skipped = pgcx_parse_count(&ps, "The rows without a group");
	pgcx_parse_token(&ps, ",", "Expected \",\" after skipped.");
	pgcx_parse_token(&ps, "\"groups\"", "Expected the key \"groups\".");
	pgcx_parse_token(&ps, ":", "Expected \":\" after \"groups\".");
	pgcx_parse_token(&ps, "[", "Expected \"[\" to open the groups.");
	pgcx_parse_space(&ps);
	while (*ps.p != ']')
	{
		if (r.d.ngroups > 0)
			pgcx_parse_token(&ps, ",", "Expected \",\" or \"]\" after a group.");
		read_group(&ps, &r);
		pgcx_parse_space(&ps);
	}
	pgcx_parse_token(&ps, "]", "Expected \"]\" to close the groups.");
	pgcx_parse_token(&ps, ",", "Expected \",\" after the groups.");
	pgcx_parse_token(&ps, "\"terms\"", "Expected the key \"terms\".");
	pgcx_parse_token(&ps, ":", "Expected \":\" after \"terms\".");
	pgcx_parse_token(&ps, "[", "Expected \"[\" to open the terms.");
	pgcx_parse_space(&ps);
	while (*ps.p != ']')
	{
		if (r.d.nentries > 0)
			pgcx_parse_token(&ps, ",", "Expected \",\" or \"]\" after a count.");
		read_count(&ps, &r);
		pgcx_parse_space(&ps);
	}
	pgcx_parse_token(&ps, "]", "Expected \"]\" to close the terms.");
	pgcx_parse_token(&ps, "}", "Expected \"}\" at the end.");
	pgcx_parse_end(&ps);
	problem = term_stats_problem(&r.d);
	if (problem)
		pgcx_parse_fail(&ps, problem);
	PG_RETURN_BYTEA_P(term_stats_flat(&r.d));
}

/* Fails a binary input unless `n` more bytes are there. */
static void
recv_check(StringInfo buf, Size n)
{
	if ((Size) (buf->len - buf->cursor) < n)
		pgcx_recv_fail("term_stats", "The value ends early.");
}

/* A count of the binary form, 0 to max. */
static int32
recv_count32(StringInfo buf, int32 max)
{
	int32		v;

	recv_check(buf, 4);
	v = (int32) pq_getmsgint(buf, 4);
	if (v < 0 || v > max)
		pgcx_recv_fail("term_stats", "A length or count is out of range.");
	return v;
}

/* A length of the binary form: 0 to the bytes that follow it. */
static int32
recv_length(StringInfo buf)
{
	int32		v;

	recv_check(buf, 4);
	v = (int32) pq_getmsgint(buf, 4);
	if (v < 0 || v > buf->len - buf->cursor)
		pgcx_recv_fail("term_stats", "A length points past the end of the value.");
	return v;
}

/* Binary input of term_stats, validated like the text input. */
Datum
term_stats_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	TermStatsData d;
	int			flags;
	const char *problem;

	pgcx_recv_version(buf, "term_stats", TERM_STATS_VERSION);
	recv_check(buf, 2 + 8);
	if (pq_getmsgint(buf, 1) != TERM_STATS_VERSION)
		pgcx_recv_fail("term_stats", "The format version must be 1.");
	flags = pq_getmsgint(buf, 1);
	if ((flags & ~TERM_STATS_FLAGS) != 0)
		pgcx_recv_fail("term_stats", "The flags have bits that version 1 does not define.");
	d.boolean = (flags & TERM_STATS_BOOLEAN) != 0;
	d.skipped = pq_getmsgint64(buf);
	d.ngroups = recv_count32(buf, Min(TERM_STATS_MAX_GROUPS, (buf->len - buf->cursor) / GROUP_SIZE));
	d.groups = palloc(sizeof(TermGroup) * Max(d.ngroups, 1));
	for (int g = 0; g < d.ngroups; g++)
	{
		TermGroup  *grp = &d.groups[g];

		recv_check(buf, GROUP_SIZE);
		grp->rows = pq_getmsgint64(buf);
		grp->comments = pq_getmsgint64(buf);
		grp->stripped = pq_getmsgint64(buf);
		grp->capped = pq_getmsgint64(buf);
		grp->len = recv_length(buf);
		grp->label = pnstrdup(pq_getmsgbytes(buf, grp->len), grp->len);
	}
	d.nterms = recv_count32(buf, (buf->len - buf->cursor) / 5);
	d.terms = palloc(sizeof(char *) * Max(d.nterms, 1));
	d.term_len = palloc(sizeof(int32) * Max(d.nterms, 1));
	for (int t = 0; t < d.nterms; t++)
	{
		d.term_len[t] = recv_length(buf);
		d.terms[t] = pq_getmsgbytes(buf, d.term_len[t]);
	}
	d.nentries = recv_count32(buf, (buf->len - buf->cursor) / COUNT_SIZE);
	d.entries = palloc(sizeof(TermCount) * Max(d.nentries, 1));
	for (int i = 0; i < d.nentries; i++)
	{
		recv_check(buf, COUNT_SIZE);
		d.entries[i].term = (int32) pq_getmsgint(buf, 4);
		d.entries[i].group = (int32) pq_getmsgint(buf, 4);
		d.entries[i].docs = pq_getmsgint64(buf);
		d.entries[i].occ = pq_getmsgint64(buf);
	}
	if (buf->cursor != buf->len)
		pgcx_recv_fail("term_stats", "The value has bytes after its last count.");
	problem = term_stats_problem(&d);
	if (problem)
		pgcx_recv_fail("term_stats", problem);
	PG_RETURN_BYTEA_P(term_stats_flat(&d));
}

/* Binary output of term_stats. */
Datum
term_stats_send(PG_FUNCTION_ARGS)
{
	TermStatsData d;
	StringInfoData buf;

	term_stats_read(PG_GETARG_DATUM(0), &d);
	pq_begintypsend(&buf);
	pq_sendint8(&buf, TERM_STATS_VERSION);
	pq_sendint8(&buf, d.boolean ? TERM_STATS_BOOLEAN : 0);
	pq_sendint64(&buf, d.skipped);
	pq_sendint32(&buf, d.ngroups);
	for (int g = 0; g < d.ngroups; g++)
	{
		pq_sendint64(&buf, d.groups[g].rows);
		pq_sendint64(&buf, d.groups[g].comments);
		pq_sendint64(&buf, d.groups[g].stripped);
		pq_sendint64(&buf, d.groups[g].capped);
		pq_sendint32(&buf, d.groups[g].len);
		pq_sendbytes(&buf, d.groups[g].label, d.groups[g].len);
	}
	pq_sendint32(&buf, d.nterms);
	for (int t = 0; t < d.nterms; t++)
	{
		pq_sendint32(&buf, d.term_len[t]);
		pq_sendbytes(&buf, d.terms[t], d.term_len[t]);
	}
	pq_sendint32(&buf, d.nentries);
	for (int i = 0; i < d.nentries; i++)
	{
		pq_sendint32(&buf, d.entries[i].term);
		pq_sendint32(&buf, d.entries[i].group);
		pq_sendint64(&buf, d.entries[i].docs);
		pq_sendint64(&buf, d.entries[i].occ);
	}
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}
