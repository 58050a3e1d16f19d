# pgcx: PGXS build, plus the two commands of the README:
#   make demo          install what is missing, build, install, print a dashboard
#   make play          the same set-up, then psql on the demo's database
#   make demo-db       the demo's sample data into the database of the PG*
#                      environment (an existing server, e.g. for a BI tool)
#   make test          the same set-up, then every test suite
#   make test-matrix   the regression and upgrade suites on PostgreSQL 17 and 18
#   make test-citus    pgcx on a Citus cluster (CITUS_SRC=citus-13.0.5.tar.gz)
#   make report        the demo's figures as one HTML page (REPORT=path)
# and `make bench` for the speed ratios of SPEC section 6, `make stress` for
# random queries from sqlsmith, `make sanitize` for ASan and UBSan.

EXTENSION = pgcx
EXTVERSION = 1.2.0
MODULE_big = pgcx
# the C sources, one folder per family (src/common, src/scores, ...); the
# headers are included by their path under src/, e.g. "common/parse.h"
OBJS = $(patsubst %.c,%.o,$(sort $(wildcard src/*/*.c)))

# Install and upgrade scripts live in extension/, regression tests in sql/
# and expected/, each in a folder per family (scores, benchmarks, mirror,
# customers, common); both lists are explicit, so no file becomes part of
# the extension or a test by its name alone.
#
# The current version's install script is built from one part per feature,
# in dependency order (score_dist is the state of every score aggregate;
# benchmark() reads rolling_benchmark and sector_benchmark; the view
# pgcx_objects names functions of score_dist, and comes last).
INSTALL_PARTS = \
	extension/parts/scores/score_dist.sql \
	extension/parts/scores/survey_scores.sql \
	extension/parts/benchmarks/rolling_benchmark.sql \
	extension/parts/benchmarks/sector_benchmark.sql \
	extension/parts/mirror/mirror_gap.sql \
	extension/parts/customers/attrition.sql \
	extension/parts/customers/clv.sql \
	extension/parts/customers/clv_models.sql \
	extension/parts/customers/sbg.sql \
	extension/parts/scores/survey_stats.sql \
	extension/parts/common/compare.sql \
	extension/parts/summaries/live_summary.sql \
	extension/parts/drivers/key_drivers.sql \
	extension/parts/verbatims/verbatims.sql \
	extension/parts/signals/weighted.sql \
	extension/parts/signals/control_charts.sql \
	extension/parts/common/objects.sql

# Released install scripts are frozen, byte for byte what their release
# installed; each later version is reached by an upgrade script.
RELEASED_SCRIPTS = \
	extension/pgcx--1.0.0.sql \
	extension/pgcx--1.1.0.sql
UPGRADE_SCRIPTS = \
	extension/pgcx--1.0.0--1.1.0.sql \
	extension/pgcx--1.1.0--1.2.0.sql

DATA = $(RELEASED_SCRIPTS) $(UPGRADE_SCRIPTS)
DATA_built = pgcx--$(EXTVERSION).sql

# one test per line, in the order they run: sql/<family>/<test>.sql against
# expected/<family>/<test>.out
REGRESS = scores/score_dist
REGRESS += scores/nps_agg
REGRESS += scores/csat_ces
REGRESS += scores/score_dist_agg
REGRESS += scores/parallel
REGRESS += scores/window
REGRESS += benchmarks/rolling_benchmark
REGRESS += benchmarks/sector_benchmark
REGRESS += mirror/mirror_gap
REGRESS += customers/attrition
REGRESS += customers/clv
REGRESS += customers/rfm
REGRESS += customers/bgnbd
REGRESS += customers/predict_accuracy
REGRESS += customers/fit_accuracy
REGRESS += common/formats
REGRESS += common/calls
REGRESS += customers/sbg
REGRESS += customers/sbg_rfm_fixes
REGRESS += scores/scales
REGRESS += scores/survey_stats
REGRESS += common/compare
REGRESS += common/untyped
REGRESS += customers/model_cache
REGRESS += summaries/live_summary
REGRESS += summaries/live_summary_errors
REGRESS += drivers/key_drivers
REGRESS += verbatims/verbatims
REGRESS += signals/weighted
REGRESS += signals/control_charts
REGRESS += common/objects
REGRESS_OPTS = --inputdir=. --load-extension=plpgsql
# isolation tests (specs/<family>/<test>.spec, expected/<family>/<test>.out):
# concurrency
ISOLATION = benchmarks/sector_benchmark_race
ISOLATION += summaries/summary_deadlock
ISOLATION += summaries/summary_snapshot
ISOLATION_OPTS = --inputdir=.

EXTRA_CLEAN = results/ regression.diffs regression.out output_iso/ tests/fuzz/*.tmp $(BUILD_FLAGS)

# Warnings are shown; the test targets and CI make them errors
# (PGCX_WERROR=1), so a user's newer compiler cannot stop an install.
# PostgreSQL's own headers have unused parameters in inline functions, so
# that one -Wextra warning is left off.
PG_CFLAGS += -Wall -Wextra -Wno-unused-parameter
ifeq ($(PGCX_WERROR),1)
PG_CFLAGS += -Werror
endif
PG_CPPFLAGS += -I$(srcdir)/src -DPGCX_VERSION='"$(EXTVERSION)"'

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs 2>/dev/null)
ifneq ($(PGXS),)
include $(PGXS)
endif

pgcx--$(EXTVERSION).sql: $(INSTALL_PARTS)
	cat $^ > $@

# the version is compiled into these two (messages, module magic): a new
# version rebuilds them
src/common/format.o src/common/pgcx.o: Makefile

# pg_regress writes results/<family>/<test>.out, and the isolation tester
# output_iso/results/<family>/<test>.out, but each makes only results/
# itself: the family folders of the tests that run (REGRESS may be set on
# the command line) are made first.
REGRESS_DIRS = $(sort $(dir $(addprefix results/,$(REGRESS)) \
	$(addprefix output_iso/results/,$(ISOLATION))))
.PHONY: regress-dirs
regress-dirs:
	@mkdir -p results $(REGRESS_DIRS)
installcheck: | regress-dirs

# The compiler and its flags of the last build, so that a build with other
# flags (PGCX_WERROR=1 after a build without it, another PG_CONFIG, CFLAGS)
# compiles every object again instead of keeping those of the last build.
# The file is rewritten only when its content changes, so an unchanged
# build compiles nothing.
BUILD_FLAGS = .build-flags
BUILD_FLAGS_NOW = $(subst ','\'',$(strip $(CC) $(CFLAGS) $(CPPFLAGS)))
$(OBJS): $(BUILD_FLAGS)
$(BUILD_FLAGS): FORCE
	@flags='$(BUILD_FLAGS_NOW)'; \
	[ "$$flags" = "$$(cat $@ 2>/dev/null)" ] || echo "$$flags" > $@
.PHONY: FORCE
FORCE:

# Set PGCX_DESTDIR to stage the install in a directory instead of the
# server's own (tests then load the extension from there).
PGCX_DESTDIR ?=
ifneq ($(PGCX_DESTDIR),)
DESTDIR = $(PGCX_DESTDIR)
endif
PGCX_ENV = tests/pgcx-env

.PHONY: deps build-install test-build test demo demo-db play bench stress fuzz test-matrix test-citus sanitize
deps:
	@tests/ensure-deps

# The set-up of make demo and make play prints nothing when it works (the
# compiler's warnings, if any, on standard error): their standard output
# is the dashboard, or psql's results.  When the build or the install
# fails, make runs it again without -s: what failed runs again, with its
# command and the compiler's (or install's) messages, on standard error.
INSTALL_ARGS = $(if $(PGCX_DESTDIR),DESTDIR=$(PGCX_DESTDIR))
build-install: deps
	@log=$$(mktemp) || exit 1; \
	if $(MAKE) -s --no-print-directory all install $(INSTALL_ARGS) > "$$log" 2>&1; then \
		cat "$$log" >&2; rm -f "$$log"; \
	else \
		rm -f "$$log"; \
		echo "pgcx: the build failed; what failed, with its command:" >&2; \
		$(MAKE) --no-print-directory all install $(INSTALL_ARGS) >&2; \
	fi

# the test targets build with warnings as errors (both steps: an install
# with other flags would build again without them)
test-build: deps
	$(MAKE) --no-print-directory all PGCX_WERROR=1
	$(MAKE) --no-print-directory install PGCX_WERROR=1 $(INSTALL_ARGS)

test: test-build
	PGCX_DESTDIR="$(PGCX_DESTDIR)" $(PGCX_ENV) tests/run-tests

# PostgreSQL 17 (Debian trixie) and 18 (Debian sid), each in a debootstrap
# chroot kept in PGCX_CHROOTS between runs.
test-matrix:
	tests/matrix/run

# A Citus coordinator and two workers (then a third) on 127.0.0.1, with
# Citus built from the source tarball CITUS_SRC into a private copy of
# PostgreSQL 15 (cached), and pgcx from this tree: every aggregate on every
# plan against a local copy (tests/citus/run).  Without CITUS_SRC it says
# it was skipped and exits 3.  Not part of `make test`.
CITUS_SRC ?=
test-citus:
	CITUS_SRC="$(CITUS_SRC)" tests/citus/run

demo: build-install
	@PGCX_DESTDIR="$(PGCX_DESTDIR)" $(PGCX_ENV) tests/data/demo

# psql on the demo's database in a throw-away cluster, dropped when psql
# exits; SQL piped into it runs and ends it, and only psql's output is on
# standard output (tests/data/play).
play: build-install
	@PGCX_DESTDIR="$(PGCX_DESTDIR)" $(PGCX_ENV) tests/data/play

# The demo's sample data into the server and database that libpq's
# environment names (PGHOST, PGPORT, PGDATABASE, PGUSER...), for a BI tool
# to connect to: no throw-away cluster, no build, no root.  pgcx must be
# installed on that server (make install); the extension is created in the
# database when it is not there.  Tables of the sample's names are not
# overwritten unless DEMO_DB_REPLACE=1 (tests/data/demo-db).
DEMO_DB_REPLACE ?=
demo-db:
	@DEMO_DB_REPLACE="$(DEMO_DB_REPLACE)" tests/data/demo-db

# make report: the demo's figures as one self-contained HTML page, readable
# offline (Apache ECharts inlined), written to REPORT: the sample loaded
# into a throw-away cluster, the views of tests/data/report-views.sql read
# by tests/report/make-report.  REPORT_PNG=path also saves a screenshot
# taken by headless Chromium.  Quiet as make demo: it prints the page's
# path, and the build only its warnings.
REPORT ?= pgcx-report.html
REPORT_PNG ?=
.PHONY: report
report: build-install
	@tests/ensure-deps report
	@PGCX_DESTDIR="$(PGCX_DESTDIR)" $(PGCX_ENV) tests/report/make-report \
		$(if $(REPORT_PNG),--screenshot "$(abspath $(REPORT_PNG))") "$(abspath $(REPORT))" > /dev/null
	@$(if $(REPORT_PNG),echo "screenshot: $(abspath $(REPORT_PNG))";) echo "report: $(abspath $(REPORT))"

# The benchmark's server keeps its 10 M-row table in shared buffers, so
# that the ratios measure the aggregates, not the operating system's cache.
bench: build-install
	PGCX_DESTDIR="$(PGCX_DESTDIR)" PGCX_PGOPTS="shared_buffers=4GB" $(PGCX_ENV) tests/bench/run

# sqlsmith's random queries (PGCX_STRESS_QUERIES, default 10,000) against a
# database holding every pgcx type; fails on any backend crash and on any
# internal error (XX000) raised by pgcx's own code.  Builds with
# warnings as errors like the test targets; make test runs 5,000 of them.
stress: test-build
	PGCX_DESTDIR="$(PGCX_DESTDIR)" $(PGCX_ENV) tests/stress/run

# The regression suite and the input fuzzer against pgcx built with ASan and
# UBSan (in a copy of the tree, so this tree's build stays as it is) and
# loaded into a throw-away server with the sanitizers' runtimes preloaded;
# fails on any sanitizer report.  Not part of `make test`.
sanitize: deps
	tests/sanitize/run
