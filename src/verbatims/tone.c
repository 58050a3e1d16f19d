/*
 * tone.c
 *		tone(comment, config): the polarity of a comment in [-1, 1], from
 *		the opinion lexicons compiled into pgcx (lexicon.h), with negations
 *		handled: an opinion word with a negation 1 to 3 positions before it
 *		counts with the opposite sign ("pas content", "not happy" are
 *		negative, "pas mal", "not bad" positive).  The tone is the mean of
 *		the (signed) polarities of the comment's opinion words; NULL when it
 *		has none.
 *
 * The lexicons hold words; comments are read as lexemes of the
 * configuration pgcx_french or pgcx_english, so each lexicon word is run
 * through its configuration once per session and looked up by lexeme; a
 * stem gets the mean polarity of its words from the first-ranked file
 * (lexicon.h).  A change to either
 * configuration drops what was built.
 */
#include "postgres.h"

#include "catalog/namespace.h"
#include "catalog/pg_ts_config.h"
#include "common/hashfn.h"
#include "nodes/makefuncs.h"
#include "tsearch/ts_type.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/syscache.h"

#include "verbatims/lexicon.h"
#include "verbatims/negation.h"

PG_FUNCTION_INFO_V1(tone_text);
PG_FUNCTION_INFO_V1(tone_tsvector);

/* how far before an opinion word a negation reverses it */
#define NEGATION_REACH 3

/* an opinion lexeme and its mean polarity */
typedef struct OpinionEntry
{
	char	   *lexeme;			/* NUL-terminated, in the cache's context */
	double		polarity;
	int			words;
	int			rank;			/* the first rank among its words */
	uint32		hash;
	char		status;
} OpinionEntry;

#define SH_PREFIX		opinion_table
#define SH_ELEMENT_TYPE	OpinionEntry
#define SH_KEY_TYPE		char *
#define SH_KEY			lexeme
#define SH_HASH_KEY(tb, k)	hash_bytes((const unsigned char *) (k), strlen(k))
#define SH_EQUAL(tb, a, b)	(strcmp(a, b) == 0)
#define SH_STORE_HASH
#define SH_GET_HASH(tb, a)	((a)->hash)
#define SH_SCOPE		static inline
#define SH_DECLARE
#define SH_DEFINE
#include "lib/simplehash.h"

/* the configuration a call site reads with, and its language (fn_extra) */
typedef struct ToneCall
{
	Oid			config;
	int			language;		/* 0 French, 1 English */
} ToneCall;

/* the lexicon of one language, stemmed by its configuration */
typedef struct ToneLexicon
{
	Oid			config;
	MemoryContext context;
	opinion_table_hash *table;
} ToneLexicon;

static ToneLexicon lexicons[2];	/* 0 French, 1 English */
static bool callback_registered = false;
static bool lexicons_stale = false;

/*
 * Syscache callback: a configuration or dictionary changed.  The lexicons
 * are dropped on their next use, never here: the callback may run while
 * one is being built.
 */
static void
forget_lexicons(Datum arg, int cacheid, uint32 hashvalue)
{
	lexicons_stale = true;
}

/* The text of a configuration's name, for messages. */
static char *
config_name(Oid config)
{
	return DatumGetCString(DirectFunctionCall1(regconfigout, ObjectIdGetDatum(config)));
}

/* The configuration `name` of the schema of the running function. */
static Oid
pgcx_config(FunctionCallInfo fcinfo, const char *name)
{
	char	   *schema = get_namespace_name(get_func_namespace(fcinfo->flinfo->fn_oid));

	return get_ts_config_oid(list_make2(makeString(schema), makeString(pstrdup(name))), true);
}

/* Which language configuration `config` is: 0 French, 1 English; or ERROR. */
static int
config_language(FunctionCallInfo fcinfo, Oid config)
{
	/* the last configuration of this call site and its language */
	ToneCall   *call = (ToneCall *) fcinfo->flinfo->fn_extra;

	if (call && call->config == config)
		return call->language;
	if (call == NULL)
		call = fcinfo->flinfo->fn_extra =
			MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(ToneCall));
	call->config = InvalidOid;
	if (config == pgcx_config(fcinfo, "pgcx_french"))
		call->language = 0;
	else if (config == pgcx_config(fcinfo, "pgcx_english"))
		call->language = 1;
	else
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("tone has no lexicon for text search configuration \"%s\"",
						config_name(config)),
				 errhint("Use pgcx_french or pgcx_english, which keep negations.")));
	call->config = config;
	return call->language;
}

/* The lexicon of `language`, stemmed through `config`, built on first use. */
static ToneLexicon *
lexicon(int language, Oid config)
{
	ToneLexicon *lex = &lexicons[language];
	const ToneWord *words = language == 0 ? tone_lexicon_french : tone_lexicon_english;
	int			nwords = language == 0 ? tone_lexicon_french_size : tone_lexicon_english_size;
	MemoryContext old;

	if (lexicons_stale)
	{
		lexicons_stale = false;
		for (int i = 0; i < 2; i++)
		{
			if (lexicons[i].context)
				MemoryContextDelete(lexicons[i].context);
			memset(&lexicons[i], 0, sizeof(ToneLexicon));
		}
	}
	if (lex->context && lex->config == config)
		return lex;
	if (!callback_registered)
	{
		CacheRegisterSyscacheCallback(TSCONFIGMAP, forget_lexicons, (Datum) 0);
		CacheRegisterSyscacheCallback(TSCONFIGOID, forget_lexicons, (Datum) 0);
		CacheRegisterSyscacheCallback(TSDICTOID, forget_lexicons, (Datum) 0);
		callback_registered = true;
	}
	if (lex->context)
		MemoryContextDelete(lex->context);
	lex->context = AllocSetContextCreate(TopMemoryContext, "pgcx tone lexicon",
										 ALLOCSET_DEFAULT_SIZES);
	/* not usable until complete: an error on the way leaves it invalid */
	lex->config = InvalidOid;
	lex->table = opinion_table_create(lex->context, nwords, NULL);
	for (int i = 0; i < nwords; i++)
	{
		TSVector	v = DatumGetTSVector(DirectFunctionCall2(to_tsvector_byid,
															 ObjectIdGetDatum(config),
															 CStringGetTextDatum(words[i].word)));
		WordEntry  *we = ARRPTR(v);
		char	   *stem;
		OpinionEntry *entry;
		bool		found;

		/* a word the configuration drops, splits, or reads as a negation */
		if (v->size != 1 ||
			pgcx_negation_lexeme(STRPTR(v) + we[0].pos, we[0].len, language == 0))
			continue;
		old = MemoryContextSwitchTo(lex->context);
		stem = pnstrdup(STRPTR(v) + we[0].pos, we[0].len);
		entry = opinion_table_insert(lex->table, stem, &found);
		MemoryContextSwitchTo(old);
		/*
		 * The words of a stem from the first-ranked file decide its
		 * polarity (pgcx's supplement says "cher" is expensive, which
		 * outweighs the "chéri" of a general lexicon, and its neutral list
		 * that "attente" is no opinion, whatever "attentif" says); a
		 * running mean of theirs.
		 */
		if (!found || words[i].rank < entry->rank)
		{
			entry->polarity = 0.0;
			entry->words = 0;
			entry->rank = words[i].rank;
		}
		else if (words[i].rank > entry->rank)
			continue;
		entry->words++;
		entry->polarity += (words[i].polarity - entry->polarity) / entry->words;
	}
	lex->config = config;
	return lex;
}

/*
 * The tone of vector v read with the lexicon `lex` of `language`: the mean
 * signed polarity of its opinion words, or NULL (*isnull) without one.
 */
static double
vector_tone(TSVector v, const ToneLexicon *lex, int language, bool *isnull)
{
	WordEntry  *we = ARRPTR(v);
	char	   *strs = STRPTR(v);
	bool	   *negation = NULL;
	int			maxpos = 0;
	double		sum = 0.0;
	int64		count = 0;

	/* where the negations are */
	for (int i = 0; i < v->size; i++)
	{
		if (!we[i].haspos)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("tone needs the positions of the lexemes"),
					 errdetail("Lexeme \"%.*s\" has none: the vector was stripped.", we[i].len, strs + we[i].pos),
					 errhint("Pass the comment's text, or a vector built without strip().")));
		for (int k = 0; k < POSDATALEN(v, &we[i]); k++)
			maxpos = Max(maxpos, WEP_GETPOS(POSDATAPTR(v, &we[i])[k]));
	}
	negation = palloc0(sizeof(bool) * (maxpos + 1));
	for (int i = 0; i < v->size; i++)
		if (pgcx_negation_lexeme(strs + we[i].pos, we[i].len, language == 0))
			for (int k = 0; k < POSDATALEN(v, &we[i]); k++)
				negation[WEP_GETPOS(POSDATAPTR(v, &we[i])[k])] = true;

	for (int i = 0; i < v->size; i++)
	{
		char	   *lexeme = pnstrdup(strs + we[i].pos, we[i].len);
		OpinionEntry *entry = opinion_table_lookup(lex->table, lexeme);

		pfree(lexeme);
		/* no opinion word, or a stem of the neutral lists (polarity 0) */
		if (entry == NULL || entry->polarity == 0.0)
			continue;
		for (int k = 0; k < POSDATALEN(v, &we[i]); k++)
		{
			int			pos = WEP_GETPOS(POSDATAPTR(v, &we[i])[k]);
			bool		negated = false;

			for (int back = 1; back <= NEGATION_REACH && pos - back >= 0; back++)
				negated |= negation[pos - back];
			sum += negated ? -entry->polarity : entry->polarity;
			count++;
		}
	}
	pfree(negation);
	*isnull = count == 0;
	return count > 0 ? sum / (double) count : 0.0;
}

/* tone(comment text, config regconfig) */
Datum
tone_text(PG_FUNCTION_ARGS)
{
	Oid			config = PG_GETARG_OID(1);
	int			language = config_language(fcinfo, config);
	ToneLexicon *lex = lexicon(language, config);
	TSVector	v = DatumGetTSVector(DirectFunctionCall2(to_tsvector_byid,
														 ObjectIdGetDatum(config),
														 PG_GETARG_DATUM(0)));
	bool		isnull;
	double		t = vector_tone(v, lex, language, &isnull);

	if (isnull)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(t);
}

/* tone(comment tsvector, config regconfig): the vector of that config */
Datum
tone_tsvector(PG_FUNCTION_ARGS)
{
	Oid			config = PG_GETARG_OID(1);
	int			language = config_language(fcinfo, config);
	ToneLexicon *lex = lexicon(language, config);
	bool		isnull;
	double		t = vector_tone(PG_GETARG_TSVECTOR(0), lex, language, &isnull);

	if (isnull)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(t);
}
