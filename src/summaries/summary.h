/*
 * summary.h
 *		Live summaries (summary.c): what the module's loading calls.
 */
#ifndef PGCX_SUMMARY_H
#define PGCX_SUMMARY_H

/* defines pgcx.summary_compact_every */
extern void summary_define_settings(void);

#endif							/* PGCX_SUMMARY_H */
