/*
 * pgcx.h
 *		Shared declarations of pgcx: the score_dist on-disk format, score
 *		validation, and the statistics every metric uses (stats.c).
 *
 * A score_dist holds one 64-bit count per score of a closed integer scale
 * [lo, hi] with 0 <= lo < hi <= 100.  Its stored form is
 *
 *		int32	varlena header
 *		uint8	version			SCORE_DIST_VERSION
 *		uint8	flags			no flag is defined in version 1: must be 0
 *		uint8	lo, hi			the scale
 *		int64	counts[hi - lo + 1]
 *
 * with double alignment and plain storage, so a value read from a table is
 * used in place.  Its binary (send/receive) form is the same without the
 * varlena header, the counts in network byte order.  Every read of a value
 * (text input, binary receive, and every function taking one) validates it.
 */
#ifndef PGCX_H
#define PGCX_H

#include "postgres.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "common/int.h"
#include "nodes/execnodes.h"
#include "utils/numeric.h"

/*
 * A function that never returns.  PostgreSQL 18 replaced
 * pg_attribute_noreturn() by a prefix form, so pgcx says it itself.
 */
#if defined(__GNUC__) || defined(__clang__)
#define pgcx_noreturn __attribute__((noreturn))
#else
#define pgcx_noreturn
#endif

#define SCORE_DIST_VERSION	1
#define SCORE_MAX			100
/*
 * The highest answer of the smaller scales (1-5 CSAT, 1-7 CES 2.0): a 0-10
 * distribution with no answer above it is refused by box reads.
 */
#define SCORE_SMALL_SCALE_MAX	7

typedef struct ScoreDist
{
	int32		vl_len_;		/* varlena header (do not touch directly) */
	uint8		version;
	uint8		flags;
	uint8		lo;
	uint8		hi;
	int64		counts[FLEXIBLE_ARRAY_MEMBER];
} ScoreDist;

#define SCORE_DIST_NSCORES(d)	((int) (d)->hi - (int) (d)->lo + 1)
#define SCORE_DIST_SIZE(nscores) \
	(offsetof(ScoreDist, counts) + sizeof(int64) * (nscores))

#define DatumGetScoreDist(x)	((ScoreDist *) PG_DETOAST_DATUM(x))
#define PG_GETARG_SCORE_DIST(n) DatumGetScoreDist(PG_GETARG_DATUM(n))

/* Totals of a distribution, the inputs of every metric. */
typedef struct ScoreTotals
{
	int64		n;				/* answers */
	int64		promoters;		/* 9-10 (0-10 scale only) */
	int64		passives;		/* 7-8 */
	int64		detractors;		/* 0-6 */
} ScoreTotals;

/* parse.c: the tokenizer of the text inputs */
typedef struct PgcxParser
{
	const char *input;			/* whole input, for messages */
	const char *p;				/* cursor */
	const char *type;			/* the type being read */
	const char *hint;			/* the form it takes */
} PgcxParser;

extern void pgcx_parse_fail(PgcxParser *ps, const char *detail) pgcx_noreturn;
extern void pgcx_parse_space(PgcxParser *ps);
extern void pgcx_parse_token(PgcxParser *ps, const char *tok, const char *detail);
extern int64 pgcx_parse_count(PgcxParser *ps, const char *what);
extern int64 pgcx_parse_int64(PgcxParser *ps, const char *what);
extern char *pgcx_parse_string(PgcxParser *ps, const char *what);
extern double pgcx_parse_float8(PgcxParser *ps, const char *what);
extern void pgcx_append_float8(StringInfo buf, double v);
extern void pgcx_parse_end(PgcxParser *ps);

/* reads the value of keys[key] into target (see pgcx_parse_object) */
typedef void (*PgcxValueReader) (PgcxParser *ps, int key, void *target);

extern void pgcx_parse_object(PgcxParser *ps, const char *const *keys, int nkeys,
							  PgcxValueReader read, void *target);
extern int	pgcx_parse_counts(PgcxParser *ps, const char *what, int64 *out, int max);
extern char *pgcx_jsonb_cstring(Datum jsonb);

/* format.c: what every stored format shares */
extern const char *pgcx_version_problem(const char *type, int version, int known);
extern void pgcx_recv_version(StringInfo buf, const char *type, int known);
extern void pgcx_recv_fail(const char *type, const char *detail) pgcx_noreturn;

/* score_dist.c */
extern ScoreDist *score_dist_new(int lo, int hi);
extern ScoreDist *score_dist_copy(const ScoreDist *d);
extern const char *score_dist_problem(const ScoreDist *d, Size size);
extern ScoreDist *score_dist_checked(Datum datum);
extern void score_dist_add_into(ScoreDist *into, const ScoreDist *from,
								const char *caller);
extern void score_dist_require_same_scale(const ScoreDist *a,
										  const ScoreDist *b,
										  const char *caller);
extern int64 score_dist_n(const ScoreDist *d);
extern int64 score_dist_top(const ScoreDist *d, int k);
extern bool score_dist_smaller_scale(const ScoreDist *d);
extern bool score_dist_check_box_scale(const ScoreDist *d, const char *caller,
									   const char *builder, int elevel);
extern void score_dist_require_box_scale(const ScoreDist *d, const char *caller,
										 const char *builder);
extern double score_dist_mean(const ScoreDist *d);

/* released.c */
extern bool pgcx_called_from_1_0_0(FunctionCallInfo fcinfo);
extern double pgcx_t_quantile_released(double p, double df);

/* calls.c */
extern Datum pgcx_call_as(FunctionCallInfo fcinfo, PGFunction f, const Datum *args);
extern Datum pgcx_int4_numeric(int32 v);
extern double pgcx_numeric_float8(Numeric num);
extern bool pgcx_numeric_between(Numeric num, int32 lo, int32 hi);

/* scores.c */
extern const char *pgcx_caller_name(FunctionCallInfo fcinfo);
extern Oid	pgcx_arg_type(FunctionCallInfo fcinfo, int argno);
extern bool pgcx_agg_arg_is_const(FunctionCallInfo fcinfo, int argno);
extern int	pgcx_numeric_score(Numeric num, int lo, int hi, bool *integral);
extern void pgcx_int_score_off_scale(FunctionCallInfo fcinfo, int64 score,
									 int lo, int hi) pgcx_noreturn;
extern void pgcx_float8_score_off_scale(FunctionCallInfo fcinfo, double score,
										int lo, int hi) pgcx_noreturn;
extern int	pgcx_numeric_score_index(FunctionCallInfo fcinfo, Numeric num, int lo, int hi);
extern bool pgcx_float8_is_integral(double score);
extern char *pgcx_float8_text(double score);
extern void pgcx_check_scale_param(const char *caller, int scale);
extern void pgcx_check_range_params(const char *caller, int lo, int hi);

/* metric.c: the metric names every function reads */
typedef enum PgcxMetric
{
	PGCX_METRIC_NPS = 0,		/* nps */
	PGCX_METRIC_CSAT = 1,		/* csat, top2: top-two-box share in % */
	PGCX_METRIC_MEAN = 2		/* ces, mean: mean answer */
} PgcxMetric;

/* the detail of an unknown or missing metric name */
#define PGCX_METRIC_NAMES \
	"The metric is nps, csat or top2 (the top-two-box share), ces or mean (the mean answer)."

extern PgcxMetric pgcx_metric_parse(text *name, const char *caller);
extern const char *pgcx_metric_key(PgcxMetric metric);

/* clv.c */
extern void pgcx_discount_rate_error(const char *value, const char *caller) pgcx_noreturn;

/* nps.c */
extern void nps_totals(const ScoreDist *d, ScoreTotals *t, const char *caller);
extern double nps_from_counts(double promoters, double detractors, double n);
extern double nps_variance(double promoters, double detractors, double n);
extern void nps_interval(const ScoreTotals *t, double *low, double *high);

/* survey_stats.c: a metric of a distribution with its 95 % interval */
typedef struct SurveyEstimate
{
	int64		n;				/* answers */
	double		value;			/* the metric; NaN without answers */
	double		std_error;		/* NaN when it cannot be computed */
	double		ci_low;			/* NaN when it cannot be computed */
	double		ci_high;
} SurveyEstimate;

extern void survey_estimate(const ScoreDist *d, PgcxMetric metric,
							const char *caller, SurveyEstimate *e);

/* stats.c */
#define PGCX_Z975	1.959963984540054	/* 97.5 % quantile of N(0, 1) */
extern double pgcx_normal_cdf(double z);
extern double pgcx_normal_sf(double z);
extern double pgcx_normal_quantile(double p);
extern double pgcx_t_sf(double t, double df);
extern double pgcx_t_cdf(double t, double df);
extern double pgcx_t_quantile(double p, double df);
extern double pgcx_welch_df(double va, double na, double vb, double nb);
extern void pgcx_wilson_interval(double k, double n, double z,
								 double *low, double *high);
extern double pgcx_digamma(double x);
extern double pgcx_lgamma_diff(double x, double h);
extern double pgcx_lbeta(double a, double b);
/* an integrand on (0, 1), given x and 1 - x (each without cancellation) */
typedef double (*pgcx_integrand) (double x, double xc, void *arg);
extern double pgcx_integrate01(pgcx_integrand f, void *arg, double tolerance, bool *ok);

/* floor(a / b) for b > 0: days of a timestamp, months of a year */
static inline int64
pgcx_floor_div(int64 a, int64 b)
{
	int64		q = a / b;

	return (a % b != 0 && a < 0) ? q - 1 : q;
}

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
 * Checks an integer score against [lo, hi] and returns its index: one
 * unsigned comparison covers both bounds.
 */
static inline int
pgcx_int_score(FunctionCallInfo fcinfo, int64 score, int lo, int hi)
{
	uint64		index = (uint64) score - (uint64) lo;

	if (unlikely(index > (uint64) (hi - lo)))
		pgcx_int_score_off_scale(fcinfo, score, lo, hi);
	return (int) index;
}

/*
 * Checks a double precision score against [lo, hi] and returns its index:
 * a test against the widest scale (0..100, which NaN fails too), then
 * integrality by a round trip through int (exact on that range), then the
 * integer check of the scale; no conversion to numeric.
 */
static inline int
pgcx_float8_score(FunctionCallInfo fcinfo, double score, int lo, int hi)
{
	if (unlikely(!(score >= 0.0 && score <= (double) SCORE_MAX) ||
				 (double) (int) score != score))
		pgcx_float8_score_off_scale(fcinfo, score, lo, hi);
	return pgcx_int_score(fcinfo, (int) score, lo, hi);
}

/*
 * Index on [lo, hi] of score argument `argno`, one function per accepted
 * score type; ERROR 22003 for a score off the scale or not an integer.
 */
typedef int (*pgcx_score_index_fn) (FunctionCallInfo fcinfo, int argno, int lo, int hi);

static inline int
pgcx_index_int2(FunctionCallInfo fcinfo, int argno, int lo, int hi)
{
	return pgcx_int_score(fcinfo, PG_GETARG_INT16(argno), lo, hi);
}

static inline int
pgcx_index_int4(FunctionCallInfo fcinfo, int argno, int lo, int hi)
{
	return pgcx_int_score(fcinfo, PG_GETARG_INT32(argno), lo, hi);
}

static inline int
pgcx_index_int8(FunctionCallInfo fcinfo, int argno, int lo, int hi)
{
	return pgcx_int_score(fcinfo, PG_GETARG_INT64(argno), lo, hi);
}

static inline int
pgcx_index_float8(FunctionCallInfo fcinfo, int argno, int lo, int hi)
{
	return pgcx_float8_score(fcinfo, PG_GETARG_FLOAT8(argno), lo, hi);
}

static inline int
pgcx_index_numeric(FunctionCallInfo fcinfo, int argno, int lo, int hi)
{
	return pgcx_numeric_score_index(fcinfo, PG_GETARG_NUMERIC(argno), lo, hi);
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

#endif							/* PGCX_H */
