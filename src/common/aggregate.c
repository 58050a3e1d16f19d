/*
 * aggregate.c
 *		What every aggregate of pgcx needs around its state and its
 *		messages: the name of the SQL aggregate a support function runs for
 *		(also under a distributed plan's wrapper, such as Citus's
 *		worker_partial_agg), the SQL type of an argument, whether an
 *		argument is constant for the whole aggregate, and the error of a
 *		64-bit count that overflows.  The per-row helpers (pgcx_in_aggregate,
 *		pgcx_state_context, pgcx_copy_to_state, pgcx_count_add) are inline in
 *		aggregate.h.
 */
#include "postgres.h"

#include "catalog/pg_aggregate.h"
#include "catalog/pg_proc.h"
#include "catalog/pg_type.h"
#include "nodes/execnodes.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/syscache.h"

#include "common/aggregate.h"

/* Does aggregate `aggfnoid` use function `fn` as one of its transitions? */
static bool
aggregate_uses(Oid aggfnoid, Oid fn)
{
	HeapTuple	tup = SearchSysCache1(AGGFNOID, ObjectIdGetDatum(aggfnoid));
	bool		found = false;

	if (HeapTupleIsValid(tup))
	{
		Form_pg_aggregate agg = (Form_pg_aggregate) GETSTRUCT(tup);

		found = (agg->aggtransfn == fn || agg->aggmtransfn == fn ||
				 agg->aggminvtransfn == fn || agg->aggcombinefn == fn);
		ReleaseSysCache(tup);
	}
	return found;
}

/*
 * The aggregate that an aggregate `aggref` runs on behalf of: itself, or,
 * when it is a wrapper that calls the support functions of another
 * aggregate named by an OID constant first argument (Citus's
 * worker_partial_agg(aggregate oid, ...) and coord_combine_agg), that
 * other aggregate, when it uses support function `fn`.
 */
static Oid
wrapped_aggregate(Aggref *aggref, Oid fn)
{
	TargetEntry *first;

	if (aggregate_uses(aggref->aggfnoid, fn) || aggref->args == NIL)
		return aggref->aggfnoid;
	first = (TargetEntry *) linitial(aggref->args);
	if (IsA(first->expr, Const))
	{
		Const	   *c = (Const *) first->expr;

		if (!c->constisnull &&
			(c->consttype == OIDOID || c->consttype == REGPROCEDUREOID ||
			 c->consttype == REGPROCOID) &&
			aggregate_uses(DatumGetObjectId(c->constvalue), fn))
			return DatumGetObjectId(c->constvalue);
	}
	return aggref->aggfnoid;
}

/*
 * The SQL type of argument `argno` of the running function: that of the
 * call's expression, else the one the function declares (a caller such as
 * Citus's worker_partial_agg builds its FmgrInfo without an expression).
 */
Oid
pgcx_arg_type(FunctionCallInfo fcinfo, int argno)
{
	Oid			type = get_fn_expr_argtype(fcinfo->flinfo, argno);
	HeapTuple	tup;

	if (OidIsValid(type))
		return type;
	tup = SearchSysCache1(PROCOID, ObjectIdGetDatum(fcinfo->flinfo->fn_oid));
	if (!HeapTupleIsValid(tup))
		elog(ERROR, "cache lookup failed for function %u", fcinfo->flinfo->fn_oid);
	if (argno < ((Form_pg_proc) GETSTRUCT(tup))->pronargs)
		type = ((Form_pg_proc) GETSTRUCT(tup))->proargtypes.values[argno];
	ReleaseSysCache(tup);
	return type;
}

/*
 * Is argument `argno` of a transition function a constant for the whole
 * aggregate (an untyped literal, say)?  PostgreSQL hands aggregate
 * transitions parameters, not the call's expressions, so the aggregate's
 * own arguments are read; a window aggregate or another caller falls back
 * to what the call's expression says.
 */
bool
pgcx_agg_arg_is_const(FunctionCallInfo fcinfo, int argno)
{
	Aggref	   *aggref = AggGetAggref(fcinfo);

	if (aggref && fcinfo->flinfo &&
		aggregate_uses(aggref->aggfnoid, fcinfo->flinfo->fn_oid) &&
		argno >= 1 && list_length(aggref->args) >= argno)
	{
		TargetEntry *te = (TargetEntry *) list_nth(aggref->args, argno - 1);

		return IsA(te->expr, Const);
	}
	return get_fn_expr_arg_stable(fcinfo->flinfo, argno);
}

/*
 * Name of the SQL aggregate on whose behalf a support function runs, for
 * error messages: the aggregate of a plain or window aggregate call (the
 * pgcx aggregate that a distributed plan's wrapper runs), else the
 * function itself.  Only called on error paths.
 */
const char *
pgcx_caller_name(FunctionCallInfo fcinfo)
{
	Oid			fn = fcinfo->flinfo ? fcinfo->flinfo->fn_oid : InvalidOid;
	Aggref	   *aggref = AggGetAggref(fcinfo);
	char	   *name;

	if (aggref)
		fn = wrapped_aggregate(aggref, fn);
	else if (fcinfo->context && IsA(fcinfo->context, WindowAggState))
	{
		WindowAggState *winstate = (WindowAggState *) fcinfo->context;
		ListCell   *lc;

		foreach(lc, winstate->funcs)
		{
			WindowFuncExprState *wfs = (WindowFuncExprState *) lfirst(lc);

			if (aggregate_uses(wfs->wfunc->winfnoid, fn))
			{
				fn = wfs->wfunc->winfnoid;
				break;
			}
		}
	}
	name = OidIsValid(fn) ? get_func_name(fn) : NULL;
	return name ? name : "pgcx";
}

/* Raises the overflow error of a count that no longer fits in a bigint. */
void
pgcx_count_overflow(const char *caller)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("count overflows bigint in %s", caller),
			 errdetail("Counts of answers are 64-bit integers.")));
}

/*
 * The shared contexts of expanded aggregate states.  Every state of one
 * aggregate context lives in ONE shared child context of it: a context per
 * state would make hash aggregation's memory accounting, which walks every
 * child of the hash context for each new group, quadratic in the groups.
 * The shared context is found through fn_extra (a short list, one entry per
 * aggregate context the function has seen: grouping sets give one per set)
 * and forgotten by a reset callback when the aggregate context is reset or
 * deleted, which deletes it with the states.  nodeAgg keeps a returned R/W
 * expanded value without copying it because the shared context's parent is
 * the aggregate context.
 */
typedef struct PgcxSharedContext
{
	MemoryContext aggcontext;	/* NULL when the entry is free */
	MemoryContext shared;		/* its child holding the states */
	MemoryContextCallback callback;
	struct PgcxSharedContext *next;
} PgcxSharedContext;

/* Reset callback of an aggregate context: its shared context is gone. */
static void
shared_context_forget(void *arg)
{
	PgcxSharedContext *entry = (PgcxSharedContext *) arg;

	entry->aggcontext = NULL;
	entry->shared = NULL;
}

/*
 * Is `outer` the context `inner` or one of its ancestors, so that what it
 * holds lives at least as long as `inner`?
 */
static bool
context_outlives(MemoryContext outer, MemoryContext inner)
{
	for (MemoryContext c = inner; c != NULL; c = MemoryContextGetParent(c))
		if (c == outer)
			return true;
	return false;
}

/*
 * The shared context (named `name`) of the expanded states of aggregate
 * context `aggcontext`, made on first use; NULL when the function's
 * FmgrInfo does not outlive the aggregate context.  The list lives in
 * fn_mcxt and is reached through fn_extra, which is sound only when the
 * FmgrInfo lives as long as the aggregate context, as the executor's does
 * (its fn_mcxt is the query's context).  A caller that makes a FmgrInfo for
 * each call in a shorter-lived context (Citus's worker_partial_agg does, in
 * the per-row context) would leave reset callbacks in freed memory: its
 * states get contexts of their own.  The function must use fn_extra for
 * nothing else.
 */
MemoryContext
pgcx_shared_state_context(FunctionCallInfo fcinfo, MemoryContext aggcontext,
						  const char *name)
{
	PgcxSharedContext *entry,
			   *free_entry = NULL;

	if (!context_outlives(fcinfo->flinfo->fn_mcxt, aggcontext))
		return NULL;
	for (entry = (PgcxSharedContext *) fcinfo->flinfo->fn_extra; entry; entry = entry->next)
	{
		if (entry->aggcontext == aggcontext)
			return entry->shared;
		if (entry->aggcontext == NULL && free_entry == NULL)
			free_entry = entry;
	}
	entry = free_entry;
	if (entry == NULL)
	{
		entry = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(PgcxSharedContext));
		entry->next = (PgcxSharedContext *) fcinfo->flinfo->fn_extra;
		fcinfo->flinfo->fn_extra = entry;
	}
	/* name: a string constant of the caller */
	entry->shared = AllocSetContextCreateInternal(aggcontext, name, ALLOCSET_DEFAULT_SIZES);
	entry->aggcontext = aggcontext;
	entry->callback.func = shared_context_forget;
	entry->callback.arg = entry;
	MemoryContextRegisterResetCallback(aggcontext, &entry->callback);
	return entry->shared;
}
