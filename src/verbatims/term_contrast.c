/*
 * term_contrast.c
 *		The distinctive terms of one group of comments against another (or
 *		all the rest), from a term_stats value: the log-odds ratio with an
 *		informative Dirichlet prior and its z-score (Monroe, Colaresi and
 *		Quinn 2008, "Fightin' Words", Political Analysis 16(4), eq. 16 and
 *		18-20) and the keyness log-likelihood G² (Dunning 1993; Rayson and
 *		Garside 2000).
 */
#include "postgres.h"

#include <math.h>

#include "funcapi.h"
#include "utils/builtins.h"
#include "utils/tuplestore.h"

#include "common/stats.h"
#include "verbatims/term_stats.h"

PG_FUNCTION_INFO_V1(term_contrast);

typedef enum ContrastSort
{
	SORT_Z,
	SORT_G2,
	SORT_LOG_ODDS,
	SORT_TERM
} ContrastSort;

/* one term of the contrast */
typedef struct ContrastRow
{
	const char *term;
	int32		len;
	int64		n_a;
	int64		n_b;
	int64		docs_a;
	int64		docs_b;
	int64		all;			/* over every group, for the informative prior */
	double		log_odds;
	double		std_error;
	double		z;
	double		g2;
	bool		defined;		/* log_odds, std_error and z */
	double		key;			/* what the rows are sorted by, descending */
} ContrastRow;

/* A text argument that must not be NULL. */
static char *
text_arg(FunctionCallInfo fcinfo, int argno, const char *name)
{
	if (PG_ARGISNULL(argno))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("term_contrast's %s must not be NULL", name)));
	return text_to_cstring(PG_GETARG_TEXT_PP(argno));
}

/* A hint listing the groups of a state (the first 20). */
static char *
group_list(const TermStatsData *d)
{
	StringInfoData buf;

	initStringInfo(&buf);
	appendStringInfoString(&buf, d->ngroups == 0 ? "The state has no group." : "The state's groups: ");
	for (int g = 0; g < d->ngroups && g < 20; g++)
		appendStringInfo(&buf, "%s\"%s\"", g > 0 ? ", " : "", d->groups[g].label);
	if (d->ngroups > 20)
		appendStringInfo(&buf, " and %d more", d->ngroups - 20);
	if (d->ngroups > 0)
		appendStringInfoChar(&buf, '.');
	return buf.data;
}

/* The index of group `name` in d, or an ERROR naming the groups there are. */
static int
group_index(const TermStatsData *d, const char *name)
{
	int			len = strlen(name);

	for (int g = 0; g < d->ngroups; g++)
		if (d->groups[g].len == len && memcmp(d->groups[g].label, name, len) == 0)
			return g;
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("term_stats has no group \"%s\"", name),
			 errhint("%s", group_list(d))));
	return -1;					/* keep the compiler quiet */
}

/* Which side group g is on: 'a', 'b' or 0 (neither). */
static inline char
side_of(int g, int a, int b)
{
	if (g == a)
		return 'a';
	if (b < 0 || g == b)
		return 'b';
	return 0;
}

/* Refuses occurrences when a group they read lost or never had some. */
static void
check_occurrences(const TermStatsData *d, int a, int b, bool every_group)
{
	for (int g = 0; g < d->ngroups; g++)
	{
		const TermGroup *grp = &d->groups[g];

		if (!every_group && side_of(g, a, b) == 0)
			continue;
		if (grp->stripped > 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("occurrences are not known in group \"%s\"", grp->label),
					 errdetail_plural("Its " INT64_FORMAT " comment has no positions (strip() removes them), so a lexeme counts once.",
									  "Its " INT64_FORMAT " comments have no positions (strip() removes them), so a lexeme counts once.",
									  grp->stripped, grp->stripped),
					 errhint("Use unit => 'documents', or build the vectors without strip().")));
		if (grp->capped > 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("occurrences may be lost in group \"%s\"", grp->label),
					 errdetail_plural("In " INT64_FORMAT " comment a lexeme reaches what a tsvector keeps: 255 positions (to_tsvector), or position 16383.",
									  "In " INT64_FORMAT " comments a lexeme reaches what a tsvector keeps: 255 positions (to_tsvector), or position 16383.",
									  grp->capped, grp->capped),
					 errhint("Use unit => 'documents', which these limits do not touch.")));
	}
}

/* Orders rows by key descending, then term (byte order). */
static int
row_cmp(const void *x, const void *y)
{
	const ContrastRow *a = (const ContrastRow *) x;
	const ContrastRow *b = (const ContrastRow *) y;

	if (a->key > b->key)
		return -1;
	if (a->key < b->key)
		return 1;
	return term_stats_bytes_cmp(a->term, a->len, b->term, b->len);
}

/* x ln(x / e), 0 when x is 0 */
static inline double
xlogx(double x, double e)
{
	return x > 0 ? x * log(x / e) : 0.0;
}

/* The figures of row r, given the sides' totals and the prior. */
static void
contrast_figures(ContrastRow *r, double na_total, double nb_total, double alpha, double alpha0,
				 bool defined)
{
	double		a = (double) r->n_a,
				b = (double) r->n_b,
				rest_a = na_total + alpha0 - a - alpha,
				rest_b = nb_total + alpha0 - b - alpha,
				e1 = na_total * (a + b) / (na_total + nb_total),
				e2 = nb_total * (a + b) / (na_total + nb_total);

	/* with a single term, both "rest" terms are 0: no log-odds ratio */
	r->defined = defined && rest_a > 0 && rest_b > 0;
	if (r->defined)
	{
		r->log_odds = log((a + alpha) / rest_a) - log((b + alpha) / rest_b);
		r->std_error = sqrt(1.0 / (a + alpha) + 1.0 / (b + alpha));
		r->z = r->log_odds / r->std_error;
	}
	r->g2 = 2.0 * (xlogx(a, e1) + xlogx(b, e2));
	/* rounding can leave a tiny negative G² where a = E₁ and b = E₂ */
	if (r->g2 < 0)
		r->g2 = 0.0;
}

/*
 * term_contrast(stats, group_a, group_b, prior, informative, unit,
 * min_count, sort_by): one row per term of either side.
 */
Datum
term_contrast(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	TermStatsData d;
	char	   *unit,
			   *sort_name;
	double		prior;
	bool		informative,
				documents;
	int64		min_count;
	ContrastSort sort;
	int			a,
				b = -1;
	ContrastRow *rows;
	int			nrows = 0,
				vocabulary = 0;
	double		na_total = 0,
				nb_total = 0,
				alpha0 = 0;
	int64		comments_a = 0,
				comments_b = 0;

	InitMaterializedSRF(fcinfo, 0);
	if (PG_ARGISNULL(0))
		return (Datum) 0;
	if (PG_ARGISNULL(3) || PG_ARGISNULL(4) || PG_ARGISNULL(6))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("term_contrast's prior, informative and min_count must not be NULL")));
	prior = PG_GETARG_FLOAT8(3);
	informative = PG_GETARG_BOOL(4);
	unit = text_arg(fcinfo, 5, "unit");
	min_count = PG_GETARG_INT64(6);
	sort_name = text_arg(fcinfo, 7, "sort_by");
	if (!(prior > 0) || isinf(prior))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("term_contrast's prior must be a positive number, not %g", prior),
				 errhint("The prior is the pseudo-count of each term, e.g. 0.01.")));
	if (strcmp(unit, "documents") == 0)
		documents = true;
	else if (strcmp(unit, "occurrences") == 0)
		documents = false;
	else
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown unit \"%s\"", unit),
				 errhint("The unit is 'documents' (comments containing the term) or 'occurrences'.")));
	if (min_count < 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("term_contrast's min_count must be at least 1, not " INT64_FORMAT, min_count)));
	if (strcmp(sort_name, "z") == 0)
		sort = SORT_Z;
	else if (strcmp(sort_name, "g2") == 0)
		sort = SORT_G2;
	else if (strcmp(sort_name, "log_odds") == 0)
		sort = SORT_LOG_ODDS;
	else if (strcmp(sort_name, "term") == 0)
		sort = SORT_TERM;
	else
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown sort_by \"%s\"", sort_name),
				 errhint("Sort by 'z' (|z|, the default), 'g2', 'log_odds' (|log_odds|) or 'term'.")));

	term_stats_read(PG_GETARG_DATUM(0), &d);
	if (PG_ARGISNULL(1))
	{
		if (!d.boolean)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("term_contrast needs group_a for term_stats of text groups"),
					 errhint("%s", group_list(&d))));
		a = 1;					/* true */
	}
	else
		a = group_index(&d, text_to_cstring(PG_GETARG_TEXT_PP(1)));
	if (!PG_ARGISNULL(2))
	{
		b = group_index(&d, text_to_cstring(PG_GETARG_TEXT_PP(2)));
		if (b == a)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("term_contrast compares group \"%s\" with itself", d.groups[a].label),
					 errhint("Name two different groups, or leave group_b NULL for all the other groups.")));
	}
	if (!documents)
		check_occurrences(&d, a, b, informative);
	for (int g = 0; g < d.ngroups; g++)
	{
		if (side_of(g, a, b) == 'a')
			comments_a += d.groups[g].comments;
		else if (side_of(g, a, b) == 'b')
			comments_b += d.groups[g].comments;
	}

	/* one row per term, with its counts on each side */
	rows = palloc0(sizeof(ContrastRow) * Max(d.nterms, 1));
	for (int i = 0; i < d.nentries;)
	{
		ContrastRow *r = &rows[nrows];
		int			t = d.entries[i].term;

		/* the slot may hold a term of neither side, left out below */
		memset(r, 0, sizeof(ContrastRow));
		r->term = d.terms[t];
		r->len = d.term_len[t];
		for (; i < d.nentries && d.entries[i].term == t; i++)
		{
			const TermCount *c = &d.entries[i];
			int64		v = documents ? c->docs : c->occ;

			r->all += v;
			switch (side_of(c->group, a, b))
			{
				case 'a':
					r->n_a += v;
					r->docs_a += c->docs;
					break;
				case 'b':
					r->n_b += v;
					r->docs_b += c->docs;
					break;
			}
		}
		if (r->n_a + r->n_b == 0)
			continue;
		na_total += (double) r->n_a;
		nb_total += (double) r->n_b;
		alpha0 += informative ? prior * (double) r->all : prior;
		vocabulary++;
		nrows++;
	}
	if (na_total == 0 || nb_total == 0)
	{
		ereport(NOTICE,
				(errmsg("term_contrast has no term in %s",
						na_total == 0 ? psprintf("group \"%s\"", d.groups[a].label) :
						b >= 0 ? psprintf("group \"%s\"", d.groups[b].label) : "the other groups"),
				 errdetail("A contrast needs terms on both sides: no row is returned.")));
		return (Datum) 0;
	}
	if (vocabulary == 1)
		ereport(NOTICE,
				(errmsg("term_contrast has a single term: its log-odds ratio is not defined"),
				 errdetail("log_odds, std_error and z are NULL.")));

	for (int i = 0; i < nrows; i++)
	{
		ContrastRow *r = &rows[i];

		contrast_figures(r, na_total, nb_total,
						 informative ? prior * (double) r->all : prior, alpha0, vocabulary > 1);
		switch (sort)
		{
			case SORT_Z:
				r->key = r->defined ? fabs(r->z) : 0.0;
				break;
			case SORT_G2:
				r->key = r->g2;
				break;
			case SORT_LOG_ODDS:
				r->key = r->defined ? fabs(r->log_odds) : 0.0;
				break;
			case SORT_TERM:
				r->key = 0.0;
				break;
		}
	}
	qsort(rows, nrows, sizeof(ContrastRow), row_cmp);

	for (int i = 0; i < nrows; i++)
	{
		ContrastRow *r = &rows[i];
		Datum		values[10];
		bool		nulls[10];

		if (r->n_a + r->n_b < min_count)
			continue;
		memset(nulls, 0, sizeof(nulls));
		values[0] = PointerGetDatum(cstring_to_text_with_len(r->term, r->len));
		values[1] = Int64GetDatum(r->n_a);
		values[2] = Int64GetDatum(r->n_b);
		values[3] = Float8GetDatum(100.0 * (double) r->docs_a / (double) comments_a);
		nulls[3] = comments_a == 0;
		values[4] = Float8GetDatum(100.0 * (double) r->docs_b / (double) comments_b);
		nulls[4] = comments_b == 0;
		values[5] = Float8GetDatum(r->log_odds);
		values[6] = Float8GetDatum(r->std_error);
		values[7] = Float8GetDatum(r->z);
		nulls[5] = nulls[6] = nulls[7] = !r->defined;
		values[8] = Float8GetDatum(r->g2);
		/* P(χ²₁ > G²) = 2 P(Z > √G²) */
		values[9] = Float8GetDatum(2.0 * pgcx_normal_sf(sqrt(r->g2)));
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}
