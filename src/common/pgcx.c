/*
 * pgcx.c
 *		The module's identity: the magic block PostgreSQL checks at load,
 *		with the module's name and version where the server records them
 *		(PostgreSQL 18 and later: pg_get_loaded_modules()).
 *		Each feature lives in the folder of its family (src/scores,
 *		src/benchmarks, src/mirror, src/customers, src/summaries); what they
 *		share, in src/common, each module with a header of its own.  At load,
 *		_PG_init() defines the settings of the features that have some.
 */
#include "postgres.h"

#include "fmgr.h"

#include "summaries/summary.h"

#ifndef PGCX_VERSION
#error "PGCX_VERSION is set by the Makefile"
#endif

#ifdef PG_MODULE_MAGIC_EXT
PG_MODULE_MAGIC_EXT(.name = "pgcx",.version = PGCX_VERSION);
#else
PG_MODULE_MAGIC;
#endif

void		_PG_init(void);

void
_PG_init(void)
{
	summary_define_settings();
}
