/*
 * aggregate.h
 *		What every aggregate of pgcx needs around its state: whether a call
 *		runs as a transition, the memory context of the state, the name of
 *		the aggregate for messages, the type of an argument, the shared
 *		context of expanded states, and 64-bit counts that refuse to
 *		overflow (aggregate.c).
 */
#ifndef PGCX_AGGREGATE_H
#define PGCX_AGGREGATE_H

#include "postgres.h"
#include "fmgr.h"
#include "common/int.h"
#include "nodes/execnodes.h"

#include "common/pgcx.h"

extern const char *pgcx_caller_name(FunctionCallInfo fcinfo);
extern Oid	pgcx_arg_type(FunctionCallInfo fcinfo, int argno);
extern bool pgcx_agg_arg_is_const(FunctionCallInfo fcinfo, int argno);
extern MemoryContext pgcx_shared_state_context(FunctionCallInfo fcinfo,
											   MemoryContext aggcontext,
											   const char *name);

/*
 * Is this call a transition of an aggregate or window aggregate, whose state
 * it may update in place?  AggCheckCallContext(fcinfo, NULL) without the
 * function call, for the per-row path.
 */
static inline bool
pgcx_in_aggregate(FunctionCallInfo fcinfo)
{
	return fcinfo->context &&
		(IsA(fcinfo->context, AggState) || IsA(fcinfo->context, WindowAggState));
}

/*
 * Switches to the memory context where an aggregate keeps its state (the
 * current one outside an aggregate), to create a state there; returns the
 * context to switch back to.
 */
static inline MemoryContext
pgcx_state_context(FunctionCallInfo fcinfo)
{
	MemoryContext aggcontext;

	if (AggCheckCallContext(fcinfo, &aggcontext))
		return MemoryContextSwitchTo(aggcontext);
	return CurrentMemoryContext;
}

/* A copy of `size` bytes at `p` made where the aggregate keeps its state. */
static inline void *
pgcx_copy_to_state(FunctionCallInfo fcinfo, const void *p, Size size)
{
	MemoryContext old = pgcx_state_context(fcinfo);
	void	   *copy = memcpy(palloc(size), p, size);

	MemoryContextSwitchTo(old);
	return copy;
}

/* overflow-checked 64-bit count arithmetic: ERROR 22003, never a wrap */
extern void pgcx_count_overflow(const char *caller) pgcx_noreturn;

static inline int64
pgcx_count_add(int64 a, int64 b, const char *caller)
{
	int64		r;

	if (unlikely(pg_add_s64_overflow(a, b, &r)))
		pgcx_count_overflow(caller);
	return r;
}

/*
 * The same for a count of the running function, whose name (a catalog
 * lookup) is read for the error only, never on the per-row path.
 */
static inline int64
pgcx_count_add_in(FunctionCallInfo fcinfo, int64 a, int64 b)
{
	int64		r;

	if (unlikely(pg_add_s64_overflow(a, b, &r)))
		pgcx_count_overflow(pgcx_caller_name(fcinfo));
	return r;
}

#endif							/* PGCX_AGGREGATE_H */
