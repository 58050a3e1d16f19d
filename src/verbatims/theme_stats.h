/*
 * theme_stats.h
 *		The theme_stats type: promoters, passives and detractors among all
 *		respondents and among those whose comment matches each theme
 *		(theme_impact.c; its text and binary forms in theme_stats_io.c).
 *		The stored format is described at the top of theme_impact.c.
 */
#ifndef PGCX_THEME_STATS_H
#define PGCX_THEME_STATS_H

#include "postgres.h"
#if PG_VERSION_NUM >= 160000
#include "varatt.h"
#endif

#define THEME_VERSION 1
#define THEME_SINGLE 0x01
#define THEME_MAX 1000

typedef struct ThemeStats
{
	int32		vl_len_;
	uint8		version;
	uint8		flags;
	uint16		unused;
	int32		nthemes;
	int64		totals[4];		/* promoters, passives, detractors, comments */
	/* nthemes ThemeCounts, then the names */
} ThemeStats;

typedef struct ThemeCounts
{
	uint64		hash;
	int64		mentions[3];	/* promoters, passives, detractors */
} ThemeCounts;

#define THEME_COUNTS(s) ((ThemeCounts *) ((char *) (s) + sizeof(ThemeStats)))
#define THEME_NAMES(s) ((char *) THEME_COUNTS(s) + sizeof(ThemeCounts) * (s)->nthemes)

extern const char *theme_problem(const ThemeStats *s, Size size);
extern ThemeStats *theme_checked(Datum d);

#endif							/* PGCX_THEME_STATS_H */
