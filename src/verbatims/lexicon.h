/*
 * lexicon.h
 *		The opinion lexicons that tone() reads (lexicon_data.c, generated
 *		by src/verbatims/lexicon/make-lexicon-data from the files beside it;
 *		their sources and licences are in src/verbatims/lexicon/SOURCES.md).
 */
#ifndef PGCX_LEXICON_H
#define PGCX_LEXICON_H

/*
 * one word of a lexicon: lower case UTF-8, polarity in [-1, 1] (0 for the
 * words of the neutral lists, whose stems carry no opinion), and the rank
 * of the file it comes from (0: the neutral list, then pgcx's
 * customer-service supplement)
 */
typedef struct ToneWord
{
	const char *word;
	double		polarity;
	int			rank;
} ToneWord;

/* sorted by word (byte order), no duplicates */
extern const ToneWord tone_lexicon_french[];
extern const int tone_lexicon_french_size;
extern const ToneWord tone_lexicon_english[];
extern const int tone_lexicon_english_size;

#endif							/* PGCX_LEXICON_H */
