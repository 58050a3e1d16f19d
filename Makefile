# pgcx: PGXS build, plus the two commands of the README:
#   make demo   install what is missing, build, install, print a dashboard
#   make test   the same set-up, then every test suite
# and `make bench` for the speed ratios of SPEC section 6.

EXTENSION = pgcx
EXTVERSION = 1.0.0
MODULE_big = pgcx
OBJS = $(patsubst %.c,%.o,$(sort $(wildcard src/*.c)))
DATA_built = pgcx--$(EXTVERSION).sql
EXTRA_CLEAN = results/ regression.diffs regression.out tests/fuzz/*.tmp

# The install script: the core part first, then one part per feature.
INSTALL_PARTS = sql/pgcx.sql $(sort $(wildcard sql/pgcx_*.sql))

# One regression test per feature: every sql/*.sql but the install parts.
REGRESS = $(filter-out pgcx pgcx_%,$(basename $(notdir $(sort $(wildcard sql/*.sql)))))
REGRESS_OPTS = --inputdir=. --load-extension=plpgsql

# Warnings are errors.  PostgreSQL's own headers have unused parameters in
# inline functions, so that one -Wextra warning is left off.
PG_CFLAGS += -Wall -Wextra -Werror -Wno-unused-parameter

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs 2>/dev/null)
ifneq ($(PGXS),)
include $(PGXS)
endif

pgcx--$(EXTVERSION).sql: $(INSTALL_PARTS)
	cat $^ > $@

# Set PGCX_DESTDIR to stage the install in a directory instead of the
# server's own (tests then load the extension from there).
PGCX_DESTDIR ?=
PGCX_ENV = tests/pgcx-env

.PHONY: deps build-install test demo bench fuzz
deps:
	@tests/ensure-deps

build-install: deps
	$(MAKE) all
	$(MAKE) install $(if $(PGCX_DESTDIR),DESTDIR=$(PGCX_DESTDIR))

test: build-install
	PGCX_DESTDIR="$(PGCX_DESTDIR)" $(PGCX_ENV) tests/run-tests

demo: build-install
	PGCX_DESTDIR="$(PGCX_DESTDIR)" $(PGCX_ENV) tests/data/demo

# The benchmark's server keeps its 10 M-row table in shared buffers, so
# that the ratios measure the aggregates, not the operating system's cache.
bench: build-install
	PGCX_DESTDIR="$(PGCX_DESTDIR)" PGCX_PGOPTS="shared_buffers=4GB" $(PGCX_ENV) tests/bench/run
