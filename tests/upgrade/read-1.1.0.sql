-- Reads back everything tests/upgrade/fixture-1.1.0.sql keeps, as read.sql
-- does for fixture.sql: run before and after an update, the outputs must
-- be equal.
\set ON_ERROR_STOP on
\pset format unaligned
\pset footer off
SET client_min_messages = warning;
SELECT * FROM kept_models ORDER BY segment;
SELECT segment, rfm_agg_final(rfm_st), bgnbd_fit_final(bg_st), gamma_gamma_fit_final(gg_st),
       sbg_fit_final(sbg_st), attrition_agg_final(churn_st), (rfm_row).monetary, (bg).r,
       (gg).v, (sb).beta
FROM kept_models ORDER BY segment;
SELECT * FROM customer_rfm ORDER BY customer;
SELECT * FROM customer_rfm_ts ORDER BY customer;
SELECT * FROM purchase_model;
SELECT * FROM spend_model;
SELECT * FROM retention_models ORDER BY source;
SELECT * FROM customer_clv ORDER BY customer;
SELECT * FROM retention_curve ORDER BY p;
SELECT * FROM store_windows_1_1_0 ORDER BY store;
SELECT * FROM churn_1_1_0;
SELECT * FROM models_mv;
SELECT * FROM customer_clv_mv ORDER BY customer;
SELECT * FROM customer_rfm_mv ORDER BY customer;
SELECT sector, metric, alert_below, good_from, excellent_from, source
FROM sector_benchmark
WHERE (sector, metric) IN (('retail_de', 'ces'), ('all', 'csat'))
ORDER BY sector, metric;
