/*
 * negation.h
 *		The negations that the configurations pgcx_french and pgcx_english
 *		keep (negation_dict.c), for tone().
 */
#ifndef PGCX_NEGATION_H
#define PGCX_NEGATION_H

#include "postgres.h"

extern bool pgcx_negation_lexeme(const char *lexeme, int len, bool french);

#endif							/* PGCX_NEGATION_H */
