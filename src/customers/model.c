/*
 * model.c
 *		The parameters of the model composites (bgnbd, gamma_gamma, sbg)
 *		that the prediction functions take, decoded and validated once per
 *		distinct model value rather than once per row.
 *
 * A query that scores a million customers passes the same model a million
 * times.  Each call site (its FmgrInfo) keeps, in fn_extra, the last few
 * distinct models it saw for each argument: the bytes of the value as
 * passed and the parameters they decode to.  A value is found again only
 * when its bytes are the same (length and memcmp, never the pointer
 * alone), so any other value, a new model or an invalid one, is decoded
 * and validated again; an invalid model is never kept, and every row that
 * passes it raises its error.
 */
#include "postgres.h"

#if PG_VERSION_NUM >= 160000
#include "varatt.h"			/* VARSIZE_ANY and friends, in postgres.h before 16 */
#endif

#include "utils/memutils.h"

#include "customers/model.h"

#define MODEL_CACHE_MAGIC	0x4d4f444cU	/* "MODL" */
#define MODEL_CACHE_ENTRIES 8	/* distinct models kept per argument */

/* One model value and its parameters. */
typedef struct ModelEntry
{
	const PgcxModelType *type;	/* NULL: the entry is unused */
	Size		len;			/* bytes of the value as passed */
	Size		cap;			/* allocated bytes of `bytes` */
	char	   *bytes;
	double		params[PGCX_MODEL_MAX_PARAMS];
} ModelEntry;

/* The models seen in one argument of a call site. */
typedef struct ModelArgCache
{
	int			last;			/* the entry found or made last */
	int			next;			/* the entry a new model replaces */
	ModelEntry	entries[MODEL_CACHE_ENTRIES];
} ModelArgCache;

/* fn_extra of a call site that reads models. */
typedef struct ModelCache
{
	uint32		magic;
	int			nargs;
	ModelArgCache *args[FLEXIBLE_ARRAY_MEMBER];
} ModelCache;

/*
 * The cache of argument `argno` of the call site, made on first use, or
 * NULL when the call has no FmgrInfo of its own (a direct call) or its
 * fn_extra holds something else.
 */
static inline ModelArgCache *
model_arg_cache(FunctionCallInfo fcinfo, int argno)
{
	FmgrInfo   *flinfo = fcinfo->flinfo;
	ModelCache *cache;

	if (flinfo == NULL || flinfo->fn_mcxt == NULL)
		return NULL;
	cache = (ModelCache *) flinfo->fn_extra;
	if (unlikely(cache == NULL))
	{
		cache = MemoryContextAllocZero(flinfo->fn_mcxt,
									   offsetof(ModelCache, args) +
									   fcinfo->nargs * sizeof(ModelArgCache *));
		cache->magic = MODEL_CACHE_MAGIC;
		cache->nargs = fcinfo->nargs;
		flinfo->fn_extra = cache;
	}
	else if (cache->magic != MODEL_CACHE_MAGIC)
		return NULL;
	if (argno < 0 || argno >= cache->nargs)
		return NULL;
	if (unlikely(cache->args[argno] == NULL))
		cache->args[argno] = MemoryContextAllocZero(flinfo->fn_mcxt,
													sizeof(ModelArgCache));
	return cache->args[argno];
}

/* Whether `entry` holds the value `raw` of `len` bytes, a model of `type`. */
static inline bool
model_entry_matches(const ModelEntry *entry, const PgcxModelType *type,
					const struct varlena *raw, Size len)
{
	return entry->type == type && entry->len == len &&
		memcmp(entry->bytes, raw, len) == 0;
}

/*
 * Keeps the valid model `raw` (`len` bytes) with its parameters in the
 * entry that has waited longest.
 */
static void
model_remember(FunctionCallInfo fcinfo, ModelArgCache *arg,
			   const PgcxModelType *type, const struct varlena *raw, Size len,
			   const double *params)
{
	ModelEntry *entry = &arg->entries[arg->next];

	if (entry->cap < len)
	{
		/* allocate before changing the entry: it stays whole on error */
		char	   *bytes = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, len);

		if (entry->bytes)
			pfree(entry->bytes);
		entry->bytes = bytes;
		entry->cap = len;
	}
	memcpy(entry->bytes, raw, len);
	memcpy(entry->params, params, type->nparams * sizeof(double));
	entry->len = len;
	entry->type = type;
	arg->last = arg->next;
	arg->next = (arg->next + 1) % MODEL_CACHE_ENTRIES;
}

/*
 * pgcx_model_params when the value is not the one this call site found
 * last: another entry, or else decoded, validated and remembered.
 */
static pg_noinline void
model_params_lookup(FunctionCallInfo fcinfo, int argno, ModelArgCache *arg,
					const PgcxModelType *type, struct varlena *raw,
					double *params, const char *caller)
{
	Size		len;

	/* a TOAST pointer or an expanded record: compare its flat form */
	if (VARATT_IS_EXTERNAL(raw))
		raw = pg_detoast_datum(raw);
	len = VARSIZE_ANY(raw);
	if (arg)
	{
		for (int i = 0; i < MODEL_CACHE_ENTRIES; i++)
		{
			ModelEntry *entry = &arg->entries[i];

			if (model_entry_matches(entry, type, raw, len))
			{
				arg->last = i;
				memcpy(params, entry->params, type->nparams * sizeof(double));
				return;
			}
		}
	}
	type->decode((HeapTupleHeader) pg_detoast_datum(raw), params, caller);
	if (arg)
		model_remember(fcinfo, arg, type, raw, len, params);
}

/*
 * The parameters of the model of `type` in argument `argno` (not NULL),
 * into `params`: those of the same value seen before by this call site, or
 * else decoded, and validated with the errors of `caller`, by the type's
 * decode function.  The value found last is checked first, without a call.
 */
void
pgcx_model_params(FunctionCallInfo fcinfo, int argno,
				  const PgcxModelType *type, double *params, const char *caller)
{
	struct varlena *raw = (struct varlena *) PG_GETARG_POINTER(argno);
	ModelArgCache *arg = model_arg_cache(fcinfo, argno);

	Assert(type->nparams <= PGCX_MODEL_MAX_PARAMS);
	if (likely(arg != NULL && !VARATT_IS_EXTERNAL(raw)))
	{
		const ModelEntry *entry = &arg->entries[arg->last];

		if (likely(model_entry_matches(entry, type, raw, VARSIZE_ANY(raw))))
		{
			memcpy(params, entry->params, type->nparams * sizeof(double));
			return;
		}
	}
	model_params_lookup(fcinfo, argno, arg, type, raw, params, caller);
}
