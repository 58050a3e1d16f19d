/*
 * summary.h
 *		Live summaries: the buckets of time (summary.c), the deltas a
 *		statement brings to a summary (deltas.c), and what the module's
 *		loading calls.
 */
#ifndef PGCX_SUMMARY_H
#define PGCX_SUMMARY_H

#include "postgres.h"
#include "commands/trigger.h"
#include "utils/date.h"
#include "utils/timestamp.h"

/* A bucket of time: a whole number of days or of months. */
typedef struct Bucket
{
	bool		months;			/* whole months, else whole days */
	int			step;			/* days or months per bucket */
} Bucket;

extern Bucket bucket_parse(const Interval *iv);
extern DateADT bucket_of_day(Bucket b, DateADT d);
extern DateADT bucket_after(Bucket b, DateADT first);
extern DateADT day_of_timestamp(Timestamp ts);
extern DateADT check_bucket_date(DateADT d);

/*
 * What a summary reads of one relation (its source or a partition), by
 * attribute number: the time column, the group columns and the score
 * columns with their scales.  Built by summary.c from
 * pgcx_summary_trigger_sql(), kept for the backend.
 */
typedef struct SummaryShape
{
	AttrNumber	time_att;
	AttrNumber	max_att;		/* the last attribute it reads */
	Oid			time_type;		/* DATEOID, TIMESTAMPOID or TIMESTAMPTZOID */
	Bucket		bucket;
	text	   *time_zone;		/* NULL for UTC or a type without zone */
	int			ngroups;
	AttrNumber *group_atts;
	Oid		   *group_types;
	Oid		   *group_colls;
	FmgrInfo   *group_hash;
	FmgrInfo   *group_eq;
	bool	   *group_bitwise;	/* by value, equal when their bits are */
	int			nscores;
	AttrNumber *score_atts;
	Oid		   *score_types;
	int		   *score_lo;
	int		   *score_hi;
	char	  **score_names;
	const char *summary;		/* its name, for errors */
	int16	   *group_len;		/* of the group columns' types */
	bool	   *group_byval;
	int			ncolumns;		/* of the pending INSERT: one array each */
	Oid		   *elem_types;
	int16	   *elem_len;
	bool	   *elem_byval;
	char	   *elem_align;
} SummaryShape;

/*
 * The deltas of one statement: the rows of the pending table, each of
 * ncolumns values in the order bucket, groups, sign, rows, scores.
 */
typedef struct SummaryDeltas
{
	int			nrows;			/* 0: nothing to write */
	int			ncolumns;
	Datum	   *values;			/* nrows * ncolumns, row after row */
	bool	   *nulls;
	MemoryContext cxt;			/* holds them */
} SummaryDeltas;

extern void summary_deltas(const SummaryShape *shape, TriggerData *td,
						   SummaryDeltas *out);
extern Datum *summary_deltas_arrays(const SummaryShape *shape,
									const SummaryDeltas *deltas);
extern void summary_deltas_free(SummaryDeltas *deltas);

/* defines pgcx.summary_compact_every */
extern void summary_define_settings(void);

#endif							/* PGCX_SUMMARY_H */
