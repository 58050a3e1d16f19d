/*
 * negation_dict.c
 *		The text search dictionary template pgcx_negation, the first
 *		dictionary of the configurations pgcx_french and pgcx_english: it
 *		drops stop words but keeps negations, so that "pas content" and "not
 *		happy" keep their "pas" and "not", which PostgreSQL's own french and
 *		english configurations drop.
 *
 * A word (lower-cased) is
 *	- a negation: the lexeme of that negation, unstemmed (French "n", as in
 *	  "n'est", gives "ne"; English "cannot" gives "not", and so does the "t"
 *	  of a contraction, which the default parser splits off: "isn't" is
 *	  "isn" (a stop word) then "t" (not), unless the dictionary is made with
 *	  Contractions = false, as for the parts of hyphenated words);
 *	- a stop word: dropped;
 *	- anything else: not recognized, so the next dictionary (a Snowball
 *	  stemmer without stop words) stems it.
 * The stop words are the Snowball project's French and English lists
 * (BSD licence, https://snowballstem.org, as PostgreSQL ships them in
 * french.stop and english.stop) without their negations, plus for English
 * the first halves of contractions ("isn", "wasn", "don"...).  They are
 * compiled in: the dictionaries need no file outside the extension.
 */
#include "postgres.h"

#include "catalog/pg_collation_d.h"
#include "commands/defrem.h"
#include "tsearch/ts_public.h"
#include "utils/formatting.h"

#include "verbatims/negation.h"

PG_FUNCTION_INFO_V1(pgcx_negation_init);
PG_FUNCTION_INFO_V1(pgcx_negation_lexize);

static const char *const french_stop[] = {
	"ai", "aie", "aient", "aies", "ait", "as", "au", "aura", "aurai",
	"auraient", "aurais", "aurait", "auras", "aurez", "auriez", "aurions",
	"aurons", "auront", "aux", "avaient", "avais", "avait", "avec", "avez",
	"aviez", "avions", "avons", "ayant", "ayante", "ayantes", "ayants", "ayez",
	"ayons", "c", "ce", "ces", "d", "dans", "de", "des", "du", "elle", "en",
	"es", "est", "et", "eu", "eue", "eues", "eurent", "eus", "eusse", "eussent",
	"eusses", "eussiez", "eussions", "eut", "eux", "e\303\273mes", "e\303\273t",
	"e\303\273tes", "furent", "fus", "fusse", "fussent", "fusses", "fussiez",
	"fussions", "fut", "f\303\273mes", "f\303\273t", "f\303\273tes", "il", "j",
	"je", "l", "la", "le", "leur", "lui", "m", "ma", "mais", "me", "mes", "moi",
	"mon", "m\303\252me", "nos", "notre", "nous", "on", "ont", "ou", "par",
	"pour", "qu", "que", "qui", "s", "sa", "se", "sera", "serai", "seraient",
	"serais", "serait", "seras", "serez", "seriez", "serions", "serons",
	"seront", "ses", "soient", "sois", "soit", "sommes", "son", "sont", "soyez",
	"soyons", "suis", "sur", "t", "ta", "te", "tes", "toi", "ton", "tu", "un",
	"une", "vos", "votre", "vous", "y", "\303\240", "\303\251taient",
	"\303\251tais", "\303\251tait", "\303\251tant", "\303\251tante",
	"\303\251tantes", "\303\251tants", "\303\251tiez", "\303\251tions",
	"\303\251t\303\251", "\303\251t\303\251e", "\303\251t\303\251es",
	"\303\251t\303\251s", "\303\252tes"
};

static const char *const english_stop[] = {
	"a", "about", "above", "after", "again", "against", "ain", "all", "am",
	"an", "and", "any", "are", "aren", "as", "at", "be", "because", "been",
	"before", "being", "below", "between", "both", "but", "by", "can", "couldn",
	"did", "didn", "do", "does", "doesn", "doing", "don", "down", "during",
	"each", "few", "for", "from", "further", "had", "hadn", "has", "hasn",
	"have", "haven", "having", "he", "her", "here", "hers", "herself", "him",
	"himself", "his", "how", "i", "if", "in", "into", "is", "isn", "it", "its",
	"itself", "just", "me", "mightn", "more", "most", "mustn", "my", "myself",
	"needn", "now", "of", "off", "on", "once", "only", "or", "other", "our",
	"ours", "ourselves", "out", "over", "own", "s", "same", "shan", "she",
	"should", "shouldn", "so", "some", "such", "than", "that", "the", "their",
	"theirs", "them", "themselves", "then", "there", "these", "they", "this",
	"those", "through", "to", "too", "under", "until", "up", "very", "was",
	"wasn", "we", "were", "weren", "what", "when", "where", "which", "while",
	"who", "whom", "why", "will", "with", "won", "wouldn", "you", "your",
	"yours", "yourself", "yourselves"
};

/* a negation word and the lexeme it gives */
typedef struct Negation
{
	const char *word;
	const char *lexeme;
} Negation;

/* sorted by word (byte order) */
static const Negation french_negations[] = {
	{"aucun", "aucun"}, {"aucune", "aucune"}, {"gu\303\250re", "gu\303\250re"},
	{"jamais", "jamais"}, {"n", "ne"}, {"ne", "ne"}, {"ni", "ni"}, {"non", "non"},
	{"pas", "pas"}, {"rien", "rien"}, {"sans", "sans"}
};

static const Negation english_negations[] = {
	{"cannot", "not"}, {"neither", "neither"}, {"never", "never"}, {"no", "no"},
	{"nobody", "nobody"}, {"none", "none"}, {"nor", "nor"}, {"not", "not"},
	{"nothing", "nothing"}, {"t", "not"}, {"without", "without"}
};

typedef struct NegationDict
{
	const char *const *stop;
	int			nstop;
	const Negation *negations;
	int			nnegations;
	bool		contractions;	/* English: the "t" of "isn't" is not */
} NegationDict;

/* bsearch comparison of a word with a stop word */
static int
stop_cmp(const void *key, const void *elem)
{
	return strcmp((const char *) key, *(const char *const *) elem);
}

/* bsearch comparison of a word with a negation */
static int
negation_cmp(const void *key, const void *elem)
{
	return strcmp((const char *) key, ((const Negation *) elem)->word);
}

/*
 * Is this lexeme (`len` bytes) a negation of the configuration pgcx_french
 * (french) or pgcx_english?  tone() asks, for the words before an opinion.
 */
bool
pgcx_negation_lexeme(const char *lexeme, int len, bool french)
{
	const Negation *list = french ? french_negations : english_negations;
	int			n = french ? lengthof(french_negations) : lengthof(english_negations);

	for (int i = 0; i < n; i++)
		if (strncmp(list[i].lexeme, lexeme, len) == 0 && list[i].lexeme[len] == '\0')
			return true;
	return false;
}

/* Init method: options Language ('french' or 'english') and Contractions. */
Datum
pgcx_negation_init(PG_FUNCTION_ARGS)
{
	List	   *options = (List *) PG_GETARG_POINTER(0);
	NegationDict *d = palloc0(sizeof(NegationDict));
	char	   *language = NULL;
	ListCell   *lc;

	d->contractions = true;
	foreach(lc, options)
	{
		DefElem    *opt = (DefElem *) lfirst(lc);

		if (strcmp(opt->defname, "language") == 0)
			language = defGetString(opt);
		else if (strcmp(opt->defname, "contractions") == 0)
			d->contractions = defGetBoolean(opt);
		else
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("unrecognized pgcx_negation parameter: \"%s\"", opt->defname),
					 errhint("The parameters are Language ('french' or 'english') and Contractions (boolean).")));
	}
	if (language && pg_strcasecmp(language, "french") == 0)
	{
		d->stop = french_stop;
		d->nstop = lengthof(french_stop);
		d->negations = french_negations;
		d->nnegations = lengthof(french_negations);
	}
	else if (language && pg_strcasecmp(language, "english") == 0)
	{
		d->stop = english_stop;
		d->nstop = lengthof(english_stop);
		d->negations = english_negations;
		d->nnegations = lengthof(english_negations);
	}
	else
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("pgcx_negation needs Language = 'french' or 'english'")));
	PG_RETURN_POINTER(d);
}

/* Lexize method: a negation's lexeme, a stop word dropped, else unknown. */
Datum
pgcx_negation_lexize(PG_FUNCTION_ARGS)
{
	NegationDict *d = (NegationDict *) PG_GETARG_POINTER(0);
	char	   *in = (char *) PG_GETARG_POINTER(1);
	int32		len = PG_GETARG_INT32(2);
	char	   *word = str_tolower(in, len, DEFAULT_COLLATION_OID);
	const Negation *neg;
	TSLexeme   *res;

	neg = bsearch(word, d->negations, d->nnegations, sizeof(Negation), negation_cmp);
	if (neg && !d->contractions && strcmp(word, "t") == 0)
		neg = NULL;				/* the "t" of "T-shirt": a stop word below */
	if (neg)
	{
		res = palloc0(sizeof(TSLexeme) * 2);
		res[0].lexeme = pstrdup(neg->lexeme);
		PG_RETURN_POINTER(res);
	}
	if (bsearch(word, d->stop, d->nstop, sizeof(char *), stop_cmp) || strcmp(word, "t") == 0)
	{
		/* a stop word: an empty list of lexemes */
		res = palloc0(sizeof(TSLexeme));
		PG_RETURN_POINTER(res);
	}
	pfree(word);
	PG_RETURN_POINTER(NULL);
}
