/*
 * cohort.h
 *		The state of the fitted customer-base models (BG/NBD, Gamma-Gamma):
 *		distinct customer summaries, each with the number of customers who
 *		share it, so that a fit's memory grows with the distinct summaries,
 *		not with the customers (cohort.c).
 */
#ifndef PGCX_COHORT_H
#define PGCX_COHORT_H

#include "postgres.h"
#include "fmgr.h"

#include "common/compare.h"

#define COHORT_MAX_DIMS		3

/*
 * One distinct summary: its values (unused dimensions are 0) and the
 * number of customers who have it.  Rows of a flat state are in strictly
 * increasing order of their values.
 */
typedef struct CohortRow
{
	double		v[COHORT_MAX_DIMS];
	int64		count;
} CohortRow;

/* What distinguishes the state types built on the cohort table. */
typedef struct CohortType
{
	const char *name;			/* SQL type: bgnbd_state, gamma_gamma_state */
	const char *caller;			/* the aggregate it is the state of */
	int			dims;			/* values per row */
	const char *form;			/* the text form, for hints */

	/*
	 * Says what is wrong with the values of one row, or NULL; the same check
	 * as the aggregate's arguments, worded for a stored value.
	 */
	const char *(*row_problem) (const double *v);
} CohortType;

/* The rows of a state, sorted, and the customers they hold. */
typedef struct CohortRows
{
	int			nrows;
	const CohortRow *rows;
	int64		customers;
} CohortRows;

extern Datum cohort_in(FunctionCallInfo fcinfo, const CohortType *type);
extern Datum cohort_out(FunctionCallInfo fcinfo, const CohortType *type);
extern Datum cohort_recv(FunctionCallInfo fcinfo, const CohortType *type);
extern Datum cohort_send(FunctionCallInfo fcinfo, const CohortType *type);
extern Datum cohort_accum(FunctionCallInfo fcinfo, const CohortType *type,
						  const double *v);
extern Datum cohort_combine(FunctionCallInfo fcinfo, const CohortType *type);
extern void cohort_rows(Datum state, const CohortType *type, CohortRows *out);
extern void cohort_key(Datum value, const CohortType *type, PgcxKey *key);

#endif							/* PGCX_COHORT_H */
