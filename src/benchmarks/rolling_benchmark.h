/*
 * rolling_benchmark.h
 *		The rolling_benchmark format (see rolling_benchmark.c) and the
 *		functions its two files share.
 */
#ifndef ROLLING_BENCHMARK_H
#define ROLLING_BENCHMARK_H

#include "datatype/timestamp.h"
#include "lib/stringinfo.h"
#include "utils/date.h"

#include "common/metric.h"
#include "scores/score_dist.h"

#define RB_VERSION			1
#define RB_DAYS				1
#define RB_MONTHS			2
#define RB_MAX_PERIODS		120
#define RB_MAX_DAYS			3660	/* the longest bucket of days: ten years */
#define RB_BINARY_HEADER	20

typedef struct RollingBenchmark
{
	int32		vl_len_;		/* varlena header (do not touch directly) */
	uint8		version;
	uint8		flags;
	uint8		lo;
	uint8		hi;
	uint8		unit;			/* RB_DAYS or RB_MONTHS */
	uint8		unused1;
	uint16		periods;		/* 1..120 */
	int32		step;			/* days, or months (1, 3, 6, 12) */
	int32		end;			/* number of the newest period */
	int32		unused2;
	int64		counts[FLEXIBLE_ARRAY_MEMBER];	/* [periods][nscores] */
} RollingBenchmark;

#define RB_NSCORES(rb)	((int) (rb)->hi - (int) (rb)->lo + 1)
#define RB_SIZE(periods, nscores) \
	(offsetof(RollingBenchmark, counts) + sizeof(int64) * (Size) (periods) * (nscores))

extern int32 rb_period_of(const RollingBenchmark *rb, DateADT d);
extern DateADT rb_period_start(const RollingBenchmark *rb, int32 k);
extern RollingBenchmark *rb_new(int lo, int hi, int unit, int step, int periods, int32 end);
extern const char *rb_problem(const RollingBenchmark *rb, Size size);
extern RollingBenchmark *rb_checked(Datum datum);
extern void rb_advance(RollingBenchmark *rb, int32 end);
extern int64 rb_total(const RollingBenchmark *rb, const char *caller);
extern void rb_parse_bucket(const Interval *iv, int *unit, int *step);
extern void rb_append_text(StringInfo buf, const RollingBenchmark *rb);
extern void rb_check_periods(int32 periods);

/* rolling_benchmark_read.c */
extern ScoreDist *rb_period_dist(const RollingBenchmark *rb, int k);
extern bool rb_window_metric(const RollingBenchmark *rb, PgcxMetric metric,
							 const char *caller, double *value);

#endif							/* ROLLING_BENCHMARK_H */
