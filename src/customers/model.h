/*
 * model.h
 *		The parameters of a fitted model passed to a prediction function as
 *		a composite (bgnbd, gamma_gamma, sbg), decoded and validated once per
 *		distinct model value of a query (model.c).
 */
#ifndef PGCX_MODEL_H
#define PGCX_MODEL_H

#include "postgres.h"
#include "fmgr.h"
#include "access/htup.h"

#define PGCX_MODEL_MAX_PARAMS	4

/*
 * Reads the `nparams` parameters of a model from its composite `tuple`
 * into `params`, raising the error of `caller` when the model is invalid.
 */
typedef void (*PgcxModelDecode) (HeapTupleHeader tuple, double *params,
								 const char *caller);

/* A model composite type, as the prediction functions read it. */
typedef struct PgcxModelType
{
	const char *name;			/* SQL type: bgnbd, gamma_gamma, sbg */
	int			nparams;		/* parameters read, at most PGCX_MODEL_MAX_PARAMS */
	PgcxModelDecode decode;
} PgcxModelType;

extern void pgcx_model_params(FunctionCallInfo fcinfo, int argno,
							  const PgcxModelType *type, double *params,
							  const char *caller);

#endif							/* PGCX_MODEL_H */
