------------------------------------------------------------------------
-- equality, hashing and order of the stored types
------------------------------------------------------------------------

-- For each stored type: = <> < <= > >= (functions <type>_eq ... _ge), a
-- default btree operator class (<type>_cmp) whose total order is stated in
-- its comment and in the README, and a default hash operator class
-- (<type>_hash, <type>_hash_extended) that agrees with =.  Values are
-- equal when every field is; values of different scales, buckets or
-- shapes are unequal, never an error.  Every value read is validated.

-- score_dist

CREATE FUNCTION @extschema@.score_dist_eq(a @extschema@.score_dist, b @extschema@.score_dist)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'score_dist_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_dist_eq(@extschema@.score_dist, @extschema@.score_dist) IS 'is a = b for score_dist (the = operator)';

CREATE FUNCTION @extschema@.score_dist_ne(a @extschema@.score_dist, b @extschema@.score_dist)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'score_dist_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_dist_ne(@extschema@.score_dist, @extschema@.score_dist) IS 'is a <> b for score_dist (the <> operator)';

CREATE FUNCTION @extschema@.score_dist_lt(a @extschema@.score_dist, b @extschema@.score_dist)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'score_dist_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_dist_lt(@extschema@.score_dist, @extschema@.score_dist) IS 'is a < b for score_dist (the < operator)';

CREATE FUNCTION @extschema@.score_dist_le(a @extschema@.score_dist, b @extschema@.score_dist)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'score_dist_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_dist_le(@extschema@.score_dist, @extschema@.score_dist) IS 'is a <= b for score_dist (the <= operator)';

CREATE FUNCTION @extschema@.score_dist_gt(a @extschema@.score_dist, b @extschema@.score_dist)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'score_dist_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_dist_gt(@extschema@.score_dist, @extschema@.score_dist) IS 'is a > b for score_dist (the > operator)';

CREATE FUNCTION @extschema@.score_dist_ge(a @extschema@.score_dist, b @extschema@.score_dist)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'score_dist_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_dist_ge(@extschema@.score_dist, @extschema@.score_dist) IS 'is a >= b for score_dist (the >= operator)';

CREATE FUNCTION @extschema@.score_dist_cmp(a @extschema@.score_dist, b @extschema@.score_dist)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'score_dist_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_dist_cmp(@extschema@.score_dist, @extschema@.score_dist) IS '-1, 0 or 1 as a is before, equal to or after b in the total order of score_dist (btree support)';

CREATE FUNCTION @extschema@.score_dist_hash(value @extschema@.score_dist)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'score_dist_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_dist_hash(@extschema@.score_dist) IS 'hash of a distribution, equal for equal values (hash support)';

CREATE FUNCTION @extschema@.score_dist_hash_extended(value @extschema@.score_dist, seed pg_catalog.int8)
RETURNS pg_catalog.int8
AS 'MODULE_PATHNAME', 'score_dist_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.score_dist_hash_extended(@extschema@.score_dist, pg_catalog.int8) IS '64-bit hash of a distribution with a seed, equal for equal values (hash support)';

CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.score_dist,
    RIGHTARG = @extschema@.score_dist,
    FUNCTION = @extschema@.score_dist_eq,
    COMMUTATOR = OPERATOR(@extschema@.=),
    NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = pg_catalog.eqsel,
    JOIN = pg_catalog.eqjoinsel,
    HASHES,
    MERGES
);
COMMENT ON OPERATOR @extschema@.= (@extschema@.score_dist, @extschema@.score_dist) IS 'equal: the same value in every field';

CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.score_dist,
    RIGHTARG = @extschema@.score_dist,
    FUNCTION = @extschema@.score_dist_ne,
    COMMUTATOR = OPERATOR(@extschema@.<>),
    NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = pg_catalog.neqsel,
    JOIN = pg_catalog.neqjoinsel
);
COMMENT ON OPERATOR @extschema@.<> (@extschema@.score_dist, @extschema@.score_dist) IS 'not equal: a different value in some field';

CREATE OPERATOR @extschema@.< (
    LEFTARG = @extschema@.score_dist,
    RIGHTARG = @extschema@.score_dist,
    FUNCTION = @extschema@.score_dist_lt,
    COMMUTATOR = OPERATOR(@extschema@.>),
    NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = pg_catalog.scalarltsel,
    JOIN = pg_catalog.scalarltjoinsel
);
COMMENT ON OPERATOR @extschema@.< (@extschema@.score_dist, @extschema@.score_dist) IS 'less than, in the total order of its btree operator class';

CREATE OPERATOR @extschema@.<= (
    LEFTARG = @extschema@.score_dist,
    RIGHTARG = @extschema@.score_dist,
    FUNCTION = @extschema@.score_dist_le,
    COMMUTATOR = OPERATOR(@extschema@.>=),
    NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = pg_catalog.scalarlesel,
    JOIN = pg_catalog.scalarlejoinsel
);
COMMENT ON OPERATOR @extschema@.<= (@extschema@.score_dist, @extschema@.score_dist) IS 'less than or equal, in the total order of its btree operator class';

CREATE OPERATOR @extschema@.> (
    LEFTARG = @extschema@.score_dist,
    RIGHTARG = @extschema@.score_dist,
    FUNCTION = @extschema@.score_dist_gt,
    COMMUTATOR = OPERATOR(@extschema@.<),
    NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = pg_catalog.scalargtsel,
    JOIN = pg_catalog.scalargtjoinsel
);
COMMENT ON OPERATOR @extschema@.> (@extschema@.score_dist, @extschema@.score_dist) IS 'greater than, in the total order of its btree operator class';

CREATE OPERATOR @extschema@.>= (
    LEFTARG = @extschema@.score_dist,
    RIGHTARG = @extschema@.score_dist,
    FUNCTION = @extschema@.score_dist_ge,
    COMMUTATOR = OPERATOR(@extschema@.<=),
    NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = pg_catalog.scalargesel,
    JOIN = pg_catalog.scalargejoinsel
);
COMMENT ON OPERATOR @extschema@.>= (@extschema@.score_dist, @extschema@.score_dist) IS 'greater than or equal, in the total order of its btree operator class';

CREATE OPERATOR CLASS @extschema@.score_dist_ops
    DEFAULT FOR TYPE @extschema@.score_dist USING btree AS
        OPERATOR 1 @extschema@.< ,
        OPERATOR 2 @extschema@.<= ,
        OPERATOR 3 @extschema@.= ,
        OPERATOR 4 @extschema@.>= ,
        OPERATOR 5 @extschema@.> ,
        FUNCTION 1 @extschema@.score_dist_cmp(@extschema@.score_dist, @extschema@.score_dist);
COMMENT ON OPERATOR CLASS @extschema@.score_dist_ops USING btree IS 'total order of score_dist: by lo, then hi, then the counts compared score by score from the lowest';
COMMENT ON OPERATOR FAMILY @extschema@.score_dist_ops USING btree IS 'the btree operators of score_dist';

CREATE OPERATOR CLASS @extschema@.score_dist_ops
    DEFAULT FOR TYPE @extschema@.score_dist USING hash AS
        OPERATOR 1 @extschema@.= ,
        FUNCTION 1 @extschema@.score_dist_hash(@extschema@.score_dist),
        FUNCTION 2 @extschema@.score_dist_hash_extended(@extschema@.score_dist, pg_catalog.int8);
COMMENT ON OPERATOR CLASS @extschema@.score_dist_ops USING hash IS 'hashing of score_dist that agrees with =: equal values hash alike, whatever their stored bytes';
COMMENT ON OPERATOR FAMILY @extschema@.score_dist_ops USING hash IS 'the hash operators of score_dist';

-- rolling_benchmark

CREATE FUNCTION @extschema@.rolling_benchmark_eq(a @extschema@.rolling_benchmark, b @extschema@.rolling_benchmark)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'rolling_benchmark_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_eq(@extschema@.rolling_benchmark, @extschema@.rolling_benchmark) IS 'is a = b for rolling_benchmark (the = operator)';

CREATE FUNCTION @extschema@.rolling_benchmark_ne(a @extschema@.rolling_benchmark, b @extschema@.rolling_benchmark)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'rolling_benchmark_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_ne(@extschema@.rolling_benchmark, @extschema@.rolling_benchmark) IS 'is a <> b for rolling_benchmark (the <> operator)';

CREATE FUNCTION @extschema@.rolling_benchmark_lt(a @extschema@.rolling_benchmark, b @extschema@.rolling_benchmark)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'rolling_benchmark_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_lt(@extschema@.rolling_benchmark, @extschema@.rolling_benchmark) IS 'is a < b for rolling_benchmark (the < operator)';

CREATE FUNCTION @extschema@.rolling_benchmark_le(a @extschema@.rolling_benchmark, b @extschema@.rolling_benchmark)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'rolling_benchmark_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_le(@extschema@.rolling_benchmark, @extschema@.rolling_benchmark) IS 'is a <= b for rolling_benchmark (the <= operator)';

CREATE FUNCTION @extschema@.rolling_benchmark_gt(a @extschema@.rolling_benchmark, b @extschema@.rolling_benchmark)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'rolling_benchmark_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_gt(@extschema@.rolling_benchmark, @extschema@.rolling_benchmark) IS 'is a > b for rolling_benchmark (the > operator)';

CREATE FUNCTION @extschema@.rolling_benchmark_ge(a @extschema@.rolling_benchmark, b @extschema@.rolling_benchmark)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'rolling_benchmark_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_ge(@extschema@.rolling_benchmark, @extschema@.rolling_benchmark) IS 'is a >= b for rolling_benchmark (the >= operator)';

CREATE FUNCTION @extschema@.rolling_benchmark_cmp(a @extschema@.rolling_benchmark, b @extschema@.rolling_benchmark)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'rolling_benchmark_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_cmp(@extschema@.rolling_benchmark, @extschema@.rolling_benchmark) IS '-1, 0 or 1 as a is before, equal to or after b in the total order of rolling_benchmark (btree support)';

CREATE FUNCTION @extschema@.rolling_benchmark_hash(value @extschema@.rolling_benchmark)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'rolling_benchmark_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_hash(@extschema@.rolling_benchmark) IS 'hash of a window, equal for equal values (hash support)';

CREATE FUNCTION @extschema@.rolling_benchmark_hash_extended(value @extschema@.rolling_benchmark, seed pg_catalog.int8)
RETURNS pg_catalog.int8
AS 'MODULE_PATHNAME', 'rolling_benchmark_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rolling_benchmark_hash_extended(@extschema@.rolling_benchmark, pg_catalog.int8) IS '64-bit hash of a window with a seed, equal for equal values (hash support)';

CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.rolling_benchmark,
    RIGHTARG = @extschema@.rolling_benchmark,
    FUNCTION = @extschema@.rolling_benchmark_eq,
    COMMUTATOR = OPERATOR(@extschema@.=),
    NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = pg_catalog.eqsel,
    JOIN = pg_catalog.eqjoinsel,
    HASHES,
    MERGES
);
COMMENT ON OPERATOR @extschema@.= (@extschema@.rolling_benchmark, @extschema@.rolling_benchmark) IS 'equal: the same value in every field';

CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.rolling_benchmark,
    RIGHTARG = @extschema@.rolling_benchmark,
    FUNCTION = @extschema@.rolling_benchmark_ne,
    COMMUTATOR = OPERATOR(@extschema@.<>),
    NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = pg_catalog.neqsel,
    JOIN = pg_catalog.neqjoinsel
);
COMMENT ON OPERATOR @extschema@.<> (@extschema@.rolling_benchmark, @extschema@.rolling_benchmark) IS 'not equal: a different value in some field';

CREATE OPERATOR @extschema@.< (
    LEFTARG = @extschema@.rolling_benchmark,
    RIGHTARG = @extschema@.rolling_benchmark,
    FUNCTION = @extschema@.rolling_benchmark_lt,
    COMMUTATOR = OPERATOR(@extschema@.>),
    NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = pg_catalog.scalarltsel,
    JOIN = pg_catalog.scalarltjoinsel
);
COMMENT ON OPERATOR @extschema@.< (@extschema@.rolling_benchmark, @extschema@.rolling_benchmark) IS 'less than, in the total order of its btree operator class';

CREATE OPERATOR @extschema@.<= (
    LEFTARG = @extschema@.rolling_benchmark,
    RIGHTARG = @extschema@.rolling_benchmark,
    FUNCTION = @extschema@.rolling_benchmark_le,
    COMMUTATOR = OPERATOR(@extschema@.>=),
    NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = pg_catalog.scalarlesel,
    JOIN = pg_catalog.scalarlejoinsel
);
COMMENT ON OPERATOR @extschema@.<= (@extschema@.rolling_benchmark, @extschema@.rolling_benchmark) IS 'less than or equal, in the total order of its btree operator class';

CREATE OPERATOR @extschema@.> (
    LEFTARG = @extschema@.rolling_benchmark,
    RIGHTARG = @extschema@.rolling_benchmark,
    FUNCTION = @extschema@.rolling_benchmark_gt,
    COMMUTATOR = OPERATOR(@extschema@.<),
    NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = pg_catalog.scalargtsel,
    JOIN = pg_catalog.scalargtjoinsel
);
COMMENT ON OPERATOR @extschema@.> (@extschema@.rolling_benchmark, @extschema@.rolling_benchmark) IS 'greater than, in the total order of its btree operator class';

CREATE OPERATOR @extschema@.>= (
    LEFTARG = @extschema@.rolling_benchmark,
    RIGHTARG = @extschema@.rolling_benchmark,
    FUNCTION = @extschema@.rolling_benchmark_ge,
    COMMUTATOR = OPERATOR(@extschema@.<=),
    NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = pg_catalog.scalargesel,
    JOIN = pg_catalog.scalargejoinsel
);
COMMENT ON OPERATOR @extschema@.>= (@extschema@.rolling_benchmark, @extschema@.rolling_benchmark) IS 'greater than or equal, in the total order of its btree operator class';

CREATE OPERATOR CLASS @extschema@.rolling_benchmark_ops
    DEFAULT FOR TYPE @extschema@.rolling_benchmark USING btree AS
        OPERATOR 1 @extschema@.< ,
        OPERATOR 2 @extschema@.<= ,
        OPERATOR 3 @extschema@.= ,
        OPERATOR 4 @extschema@.>= ,
        OPERATOR 5 @extschema@.> ,
        FUNCTION 1 @extschema@.rolling_benchmark_cmp(@extschema@.rolling_benchmark, @extschema@.rolling_benchmark);
COMMENT ON OPERATOR CLASS @extschema@.rolling_benchmark_ops USING btree IS 'total order of rolling_benchmark: by lo, hi, bucket (days and weeks before months, then the shorter first), periods, end, then the counts period by period from the oldest, score by score from the lowest';
COMMENT ON OPERATOR FAMILY @extschema@.rolling_benchmark_ops USING btree IS 'the btree operators of rolling_benchmark';

CREATE OPERATOR CLASS @extschema@.rolling_benchmark_ops
    DEFAULT FOR TYPE @extschema@.rolling_benchmark USING hash AS
        OPERATOR 1 @extschema@.= ,
        FUNCTION 1 @extschema@.rolling_benchmark_hash(@extschema@.rolling_benchmark),
        FUNCTION 2 @extschema@.rolling_benchmark_hash_extended(@extschema@.rolling_benchmark, pg_catalog.int8);
COMMENT ON OPERATOR CLASS @extschema@.rolling_benchmark_ops USING hash IS 'hashing of rolling_benchmark that agrees with =: equal values hash alike, whatever their stored bytes';
COMMENT ON OPERATOR FAMILY @extschema@.rolling_benchmark_ops USING hash IS 'the hash operators of rolling_benchmark';

-- mirror_state

CREATE FUNCTION @extschema@.mirror_state_eq(a @extschema@.mirror_state, b @extschema@.mirror_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'mirror_state_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_state_eq(@extschema@.mirror_state, @extschema@.mirror_state) IS 'is a = b for mirror_state (the = operator)';

CREATE FUNCTION @extschema@.mirror_state_ne(a @extschema@.mirror_state, b @extschema@.mirror_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'mirror_state_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_state_ne(@extschema@.mirror_state, @extschema@.mirror_state) IS 'is a <> b for mirror_state (the <> operator)';

CREATE FUNCTION @extschema@.mirror_state_lt(a @extschema@.mirror_state, b @extschema@.mirror_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'mirror_state_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_state_lt(@extschema@.mirror_state, @extschema@.mirror_state) IS 'is a < b for mirror_state (the < operator)';

CREATE FUNCTION @extschema@.mirror_state_le(a @extschema@.mirror_state, b @extschema@.mirror_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'mirror_state_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_state_le(@extschema@.mirror_state, @extschema@.mirror_state) IS 'is a <= b for mirror_state (the <= operator)';

CREATE FUNCTION @extschema@.mirror_state_gt(a @extschema@.mirror_state, b @extschema@.mirror_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'mirror_state_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_state_gt(@extschema@.mirror_state, @extschema@.mirror_state) IS 'is a > b for mirror_state (the > operator)';

CREATE FUNCTION @extschema@.mirror_state_ge(a @extschema@.mirror_state, b @extschema@.mirror_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'mirror_state_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_state_ge(@extschema@.mirror_state, @extschema@.mirror_state) IS 'is a >= b for mirror_state (the >= operator)';

CREATE FUNCTION @extschema@.mirror_state_cmp(a @extschema@.mirror_state, b @extschema@.mirror_state)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'mirror_state_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_state_cmp(@extschema@.mirror_state, @extschema@.mirror_state) IS '-1, 0 or 1 as a is before, equal to or after b in the total order of mirror_state (btree support)';

CREATE FUNCTION @extschema@.mirror_state_hash(value @extschema@.mirror_state)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'mirror_state_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_state_hash(@extschema@.mirror_state) IS 'hash of a mirror_gap state, equal for equal values (hash support)';

CREATE FUNCTION @extschema@.mirror_state_hash_extended(value @extschema@.mirror_state, seed pg_catalog.int8)
RETURNS pg_catalog.int8
AS 'MODULE_PATHNAME', 'mirror_state_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mirror_state_hash_extended(@extschema@.mirror_state, pg_catalog.int8) IS '64-bit hash of a mirror_gap state with a seed, equal for equal values (hash support)';

CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.mirror_state,
    RIGHTARG = @extschema@.mirror_state,
    FUNCTION = @extschema@.mirror_state_eq,
    COMMUTATOR = OPERATOR(@extschema@.=),
    NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = pg_catalog.eqsel,
    JOIN = pg_catalog.eqjoinsel,
    HASHES,
    MERGES
);
COMMENT ON OPERATOR @extschema@.= (@extschema@.mirror_state, @extschema@.mirror_state) IS 'equal: the same value in every field';

CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.mirror_state,
    RIGHTARG = @extschema@.mirror_state,
    FUNCTION = @extschema@.mirror_state_ne,
    COMMUTATOR = OPERATOR(@extschema@.<>),
    NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = pg_catalog.neqsel,
    JOIN = pg_catalog.neqjoinsel
);
COMMENT ON OPERATOR @extschema@.<> (@extschema@.mirror_state, @extschema@.mirror_state) IS 'not equal: a different value in some field';

CREATE OPERATOR @extschema@.< (
    LEFTARG = @extschema@.mirror_state,
    RIGHTARG = @extschema@.mirror_state,
    FUNCTION = @extschema@.mirror_state_lt,
    COMMUTATOR = OPERATOR(@extschema@.>),
    NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = pg_catalog.scalarltsel,
    JOIN = pg_catalog.scalarltjoinsel
);
COMMENT ON OPERATOR @extschema@.< (@extschema@.mirror_state, @extschema@.mirror_state) IS 'less than, in the total order of its btree operator class';

CREATE OPERATOR @extschema@.<= (
    LEFTARG = @extschema@.mirror_state,
    RIGHTARG = @extschema@.mirror_state,
    FUNCTION = @extschema@.mirror_state_le,
    COMMUTATOR = OPERATOR(@extschema@.>=),
    NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = pg_catalog.scalarlesel,
    JOIN = pg_catalog.scalarlejoinsel
);
COMMENT ON OPERATOR @extschema@.<= (@extschema@.mirror_state, @extschema@.mirror_state) IS 'less than or equal, in the total order of its btree operator class';

CREATE OPERATOR @extschema@.> (
    LEFTARG = @extschema@.mirror_state,
    RIGHTARG = @extschema@.mirror_state,
    FUNCTION = @extschema@.mirror_state_gt,
    COMMUTATOR = OPERATOR(@extschema@.<),
    NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = pg_catalog.scalargtsel,
    JOIN = pg_catalog.scalargtjoinsel
);
COMMENT ON OPERATOR @extschema@.> (@extschema@.mirror_state, @extschema@.mirror_state) IS 'greater than, in the total order of its btree operator class';

CREATE OPERATOR @extschema@.>= (
    LEFTARG = @extschema@.mirror_state,
    RIGHTARG = @extschema@.mirror_state,
    FUNCTION = @extschema@.mirror_state_ge,
    COMMUTATOR = OPERATOR(@extschema@.<=),
    NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = pg_catalog.scalargesel,
    JOIN = pg_catalog.scalargejoinsel
);
COMMENT ON OPERATOR @extschema@.>= (@extschema@.mirror_state, @extschema@.mirror_state) IS 'greater than or equal, in the total order of its btree operator class';

CREATE OPERATOR CLASS @extschema@.mirror_state_ops
    DEFAULT FOR TYPE @extschema@.mirror_state USING btree AS
        OPERATOR 1 @extschema@.< ,
        OPERATOR 2 @extschema@.<= ,
        OPERATOR 3 @extschema@.= ,
        OPERATOR 4 @extschema@.>= ,
        OPERATOR 5 @extschema@.> ,
        FUNCTION 1 @extschema@.mirror_state_cmp(@extschema@.mirror_state, @extschema@.mirror_state);
COMMENT ON OPERATOR CLASS @extschema@.mirror_state_ops USING btree IS 'total order of mirror_state: by metric (mean, nps, top2), then the counts of the customers, the employees and the managers, each score by score from 0';
COMMENT ON OPERATOR FAMILY @extschema@.mirror_state_ops USING btree IS 'the btree operators of mirror_state';

CREATE OPERATOR CLASS @extschema@.mirror_state_ops
    DEFAULT FOR TYPE @extschema@.mirror_state USING hash AS
        OPERATOR 1 @extschema@.= ,
        FUNCTION 1 @extschema@.mirror_state_hash(@extschema@.mirror_state),
        FUNCTION 2 @extschema@.mirror_state_hash_extended(@extschema@.mirror_state, pg_catalog.int8);
COMMENT ON OPERATOR CLASS @extschema@.mirror_state_ops USING hash IS 'hashing of mirror_state that agrees with =: equal values hash alike, whatever their stored bytes';
COMMENT ON OPERATOR FAMILY @extschema@.mirror_state_ops USING hash IS 'the hash operators of mirror_state';

-- attrition_state

CREATE FUNCTION @extschema@.attrition_state_eq(a @extschema@.attrition_state, b @extschema@.attrition_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'attrition_state_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.attrition_state_eq(@extschema@.attrition_state, @extschema@.attrition_state) IS 'is a = b for attrition_state (the = operator)';

CREATE FUNCTION @extschema@.attrition_state_ne(a @extschema@.attrition_state, b @extschema@.attrition_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'attrition_state_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.attrition_state_ne(@extschema@.attrition_state, @extschema@.attrition_state) IS 'is a <> b for attrition_state (the <> operator)';

CREATE FUNCTION @extschema@.attrition_state_lt(a @extschema@.attrition_state, b @extschema@.attrition_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'attrition_state_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.attrition_state_lt(@extschema@.attrition_state, @extschema@.attrition_state) IS 'is a < b for attrition_state (the < operator)';

CREATE FUNCTION @extschema@.attrition_state_le(a @extschema@.attrition_state, b @extschema@.attrition_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'attrition_state_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.attrition_state_le(@extschema@.attrition_state, @extschema@.attrition_state) IS 'is a <= b for attrition_state (the <= operator)';

CREATE FUNCTION @extschema@.attrition_state_gt(a @extschema@.attrition_state, b @extschema@.attrition_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'attrition_state_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.attrition_state_gt(@extschema@.attrition_state, @extschema@.attrition_state) IS 'is a > b for attrition_state (the > operator)';

CREATE FUNCTION @extschema@.attrition_state_ge(a @extschema@.attrition_state, b @extschema@.attrition_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'attrition_state_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.attrition_state_ge(@extschema@.attrition_state, @extschema@.attrition_state) IS 'is a >= b for attrition_state (the >= operator)';

CREATE FUNCTION @extschema@.attrition_state_cmp(a @extschema@.attrition_state, b @extschema@.attrition_state)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'attrition_state_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.attrition_state_cmp(@extschema@.attrition_state, @extschema@.attrition_state) IS '-1, 0 or 1 as a is before, equal to or after b in the total order of attrition_state (btree support)';

CREATE FUNCTION @extschema@.attrition_state_hash(value @extschema@.attrition_state)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'attrition_state_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.attrition_state_hash(@extschema@.attrition_state) IS 'hash of an attrition_agg state, equal for equal values (hash support)';

CREATE FUNCTION @extschema@.attrition_state_hash_extended(value @extschema@.attrition_state, seed pg_catalog.int8)
RETURNS pg_catalog.int8
AS 'MODULE_PATHNAME', 'attrition_state_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.attrition_state_hash_extended(@extschema@.attrition_state, pg_catalog.int8) IS '64-bit hash of an attrition_agg state with a seed, equal for equal values (hash support)';

CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.attrition_state,
    RIGHTARG = @extschema@.attrition_state,
    FUNCTION = @extschema@.attrition_state_eq,
    COMMUTATOR = OPERATOR(@extschema@.=),
    NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = pg_catalog.eqsel,
    JOIN = pg_catalog.eqjoinsel,
    HASHES,
    MERGES
);
COMMENT ON OPERATOR @extschema@.= (@extschema@.attrition_state, @extschema@.attrition_state) IS 'equal: the same value in every field';

CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.attrition_state,
    RIGHTARG = @extschema@.attrition_state,
    FUNCTION = @extschema@.attrition_state_ne,
    COMMUTATOR = OPERATOR(@extschema@.<>),
    NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = pg_catalog.neqsel,
    JOIN = pg_catalog.neqjoinsel
);
COMMENT ON OPERATOR @extschema@.<> (@extschema@.attrition_state, @extschema@.attrition_state) IS 'not equal: a different value in some field';

CREATE OPERATOR @extschema@.< (
    LEFTARG = @extschema@.attrition_state,
    RIGHTARG = @extschema@.attrition_state,
    FUNCTION = @extschema@.attrition_state_lt,
    COMMUTATOR = OPERATOR(@extschema@.>),
    NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = pg_catalog.scalarltsel,
    JOIN = pg_catalog.scalarltjoinsel
);
COMMENT ON OPERATOR @extschema@.< (@extschema@.attrition_state, @extschema@.attrition_state) IS 'less than, in the total order of its btree operator class';

CREATE OPERATOR @extschema@.<= (
    LEFTARG = @extschema@.attrition_state,
    RIGHTARG = @extschema@.attrition_state,
    FUNCTION = @extschema@.attrition_state_le,
    COMMUTATOR = OPERATOR(@extschema@.>=),
    NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = pg_catalog.scalarlesel,
    JOIN = pg_catalog.scalarlejoinsel
);
COMMENT ON OPERATOR @extschema@.<= (@extschema@.attrition_state, @extschema@.attrition_state) IS 'less than or equal, in the total order of its btree operator class';

CREATE OPERATOR @extschema@.> (
    LEFTARG = @extschema@.attrition_state,
    RIGHTARG = @extschema@.attrition_state,
    FUNCTION = @extschema@.attrition_state_gt,
    COMMUTATOR = OPERATOR(@extschema@.<),
    NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = pg_catalog.scalargtsel,
    JOIN = pg_catalog.scalargtjoinsel
);
COMMENT ON OPERATOR @extschema@.> (@extschema@.attrition_state, @extschema@.attrition_state) IS 'greater than, in the total order of its btree operator class';

CREATE OPERATOR @extschema@.>= (
    LEFTARG = @extschema@.attrition_state,
    RIGHTARG = @extschema@.attrition_state,
    FUNCTION = @extschema@.attrition_state_ge,
    COMMUTATOR = OPERATOR(@extschema@.<=),
    NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = pg_catalog.scalargesel,
    JOIN = pg_catalog.scalargejoinsel
);
COMMENT ON OPERATOR @extschema@.>= (@extschema@.attrition_state, @extschema@.attrition_state) IS 'greater than or equal, in the total order of its btree operator class';

CREATE OPERATOR CLASS @extschema@.attrition_state_ops
    DEFAULT FOR TYPE @extschema@.attrition_state USING btree AS
        OPERATOR 1 @extschema@.< ,
        OPERATOR 2 @extschema@.<= ,
        OPERATOR 3 @extschema@.= ,
        OPERATOR 4 @extschema@.>= ,
        OPERATOR 5 @extschema@.> ,
        FUNCTION 1 @extschema@.attrition_state_cmp(@extschema@.attrition_state, @extschema@.attrition_state);
COMMENT ON OPERATOR CLASS @extschema@.attrition_state_ops USING btree IS 'total order of attrition_state: by kind (date, timestamptz, timestamp), then the lower and the upper bound of the period, active, churned';
COMMENT ON OPERATOR FAMILY @extschema@.attrition_state_ops USING btree IS 'the btree operators of attrition_state';

CREATE OPERATOR CLASS @extschema@.attrition_state_ops
    DEFAULT FOR TYPE @extschema@.attrition_state USING hash AS
        OPERATOR 1 @extschema@.= ,
        FUNCTION 1 @extschema@.attrition_state_hash(@extschema@.attrition_state),
        FUNCTION 2 @extschema@.attrition_state_hash_extended(@extschema@.attrition_state, pg_catalog.int8);
COMMENT ON OPERATOR CLASS @extschema@.attrition_state_ops USING hash IS 'hashing of attrition_state that agrees with =: equal values hash alike, whatever their stored bytes';
COMMENT ON OPERATOR FAMILY @extschema@.attrition_state_ops USING hash IS 'the hash operators of attrition_state';

-- rfm_state

CREATE FUNCTION @extschema@.rfm_state_eq(a @extschema@.rfm_state, b @extschema@.rfm_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'rfm_state_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rfm_state_eq(@extschema@.rfm_state, @extschema@.rfm_state) IS 'is a = b for rfm_state (the = operator)';

CREATE FUNCTION @extschema@.rfm_state_ne(a @extschema@.rfm_state, b @extschema@.rfm_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'rfm_state_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rfm_state_ne(@extschema@.rfm_state, @extschema@.rfm_state) IS 'is a <> b for rfm_state (the <> operator)';

CREATE FUNCTION @extschema@.rfm_state_lt(a @extschema@.rfm_state, b @extschema@.rfm_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'rfm_state_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rfm_state_lt(@extschema@.rfm_state, @extschema@.rfm_state) IS 'is a < b for rfm_state (the < operator)';

CREATE FUNCTION @extschema@.rfm_state_le(a @extschema@.rfm_state, b @extschema@.rfm_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'rfm_state_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rfm_state_le(@extschema@.rfm_state, @extschema@.rfm_state) IS 'is a <= b for rfm_state (the <= operator)';

CREATE FUNCTION @extschema@.rfm_state_gt(a @extschema@.rfm_state, b @extschema@.rfm_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'rfm_state_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rfm_state_gt(@extschema@.rfm_state, @extschema@.rfm_state) IS 'is a > b for rfm_state (the > operator)';

CREATE FUNCTION @extschema@.rfm_state_ge(a @extschema@.rfm_state, b @extschema@.rfm_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'rfm_state_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rfm_state_ge(@extschema@.rfm_state, @extschema@.rfm_state) IS 'is a >= b for rfm_state (the >= operator)';

CREATE FUNCTION @extschema@.rfm_state_cmp(a @extschema@.rfm_state, b @extschema@.rfm_state)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'rfm_state_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rfm_state_cmp(@extschema@.rfm_state, @extschema@.rfm_state) IS '-1, 0 or 1 as a is before, equal to or after b in the total order of rfm_state (btree support)';

CREATE FUNCTION @extschema@.rfm_state_hash(value @extschema@.rfm_state)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'rfm_state_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rfm_state_hash(@extschema@.rfm_state) IS 'hash of an rfm_agg state, equal for equal values (hash support)';

CREATE FUNCTION @extschema@.rfm_state_hash_extended(value @extschema@.rfm_state, seed pg_catalog.int8)
RETURNS pg_catalog.int8
AS 'MODULE_PATHNAME', 'rfm_state_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.rfm_state_hash_extended(@extschema@.rfm_state, pg_catalog.int8) IS '64-bit hash of an rfm_agg state with a seed, equal for equal values (hash support)';

CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.rfm_state,
    RIGHTARG = @extschema@.rfm_state,
    FUNCTION = @extschema@.rfm_state_eq,
    COMMUTATOR = OPERATOR(@extschema@.=),
    NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = pg_catalog.eqsel,
    JOIN = pg_catalog.eqjoinsel,
    HASHES,
    MERGES
);
COMMENT ON OPERATOR @extschema@.= (@extschema@.rfm_state, @extschema@.rfm_state) IS 'equal: the same value in every field';

CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.rfm_state,
    RIGHTARG = @extschema@.rfm_state,
    FUNCTION = @extschema@.rfm_state_ne,
    COMMUTATOR = OPERATOR(@extschema@.<>),
    NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = pg_catalog.neqsel,
    JOIN = pg_catalog.neqjoinsel
);
COMMENT ON OPERATOR @extschema@.<> (@extschema@.rfm_state, @extschema@.rfm_state) IS 'not equal: a different value in some field';

CREATE OPERATOR @extschema@.< (
    LEFTARG = @extschema@.rfm_state,
    RIGHTARG = @extschema@.rfm_state,
    FUNCTION = @extschema@.rfm_state_lt,
    COMMUTATOR = OPERATOR(@extschema@.>),
    NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = pg_catalog.scalarltsel,
    JOIN = pg_catalog.scalarltjoinsel
);
COMMENT ON OPERATOR @extschema@.< (@extschema@.rfm_state, @extschema@.rfm_state) IS 'less than, in the total order of its btree operator class';

CREATE OPERATOR @extschema@.<= (
    LEFTARG = @extschema@.rfm_state,
    RIGHTARG = @extschema@.rfm_state,
    FUNCTION = @extschema@.rfm_state_le,
    COMMUTATOR = OPERATOR(@extschema@.>=),
    NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = pg_catalog.scalarlesel,
    JOIN = pg_catalog.scalarlejoinsel
);
COMMENT ON OPERATOR @extschema@.<= (@extschema@.rfm_state, @extschema@.rfm_state) IS 'less than or equal, in the total order of its btree operator class';

CREATE OPERATOR @extschema@.> (
    LEFTARG = @extschema@.rfm_state,
    RIGHTARG = @extschema@.rfm_state,
    FUNCTION = @extschema@.rfm_state_gt,
    COMMUTATOR = OPERATOR(@extschema@.<),
    NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = pg_catalog.scalargtsel,
    JOIN = pg_catalog.scalargtjoinsel
);
COMMENT ON OPERATOR @extschema@.> (@extschema@.rfm_state, @extschema@.rfm_state) IS 'greater than, in the total order of its btree operator class';

CREATE OPERATOR @extschema@.>= (
    LEFTARG = @extschema@.rfm_state,
    RIGHTARG = @extschema@.rfm_state,
    FUNCTION = @extschema@.rfm_state_ge,
    COMMUTATOR = OPERATOR(@extschema@.<=),
    NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = pg_catalog.scalargesel,
    JOIN = pg_catalog.scalargejoinsel
);
COMMENT ON OPERATOR @extschema@.>= (@extschema@.rfm_state, @extschema@.rfm_state) IS 'greater than or equal, in the total order of its btree operator class';

CREATE OPERATOR CLASS @extschema@.rfm_state_ops
    DEFAULT FOR TYPE @extschema@.rfm_state USING btree AS
        OPERATOR 1 @extschema@.< ,
        OPERATOR 2 @extschema@.<= ,
        OPERATOR 3 @extschema@.= ,
        OPERATOR 4 @extschema@.>= ,
        OPERATOR 5 @extschema@.> ,
        FUNCTION 1 @extschema@.rfm_state_cmp(@extschema@.rfm_state, @extschema@.rfm_state);
COMMENT ON OPERATOR CLASS @extschema@.rfm_state_ops USING btree IS 'total order of rfm_state: by observed_until, unit_days, number of purchases, then the purchases sorted by day and amount, compared one by one by day, then amount';
COMMENT ON OPERATOR FAMILY @extschema@.rfm_state_ops USING btree IS 'the btree operators of rfm_state';

CREATE OPERATOR CLASS @extschema@.rfm_state_ops
    DEFAULT FOR TYPE @extschema@.rfm_state USING hash AS
        OPERATOR 1 @extschema@.= ,
        FUNCTION 1 @extschema@.rfm_state_hash(@extschema@.rfm_state),
        FUNCTION 2 @extschema@.rfm_state_hash_extended(@extschema@.rfm_state, pg_catalog.int8);
COMMENT ON OPERATOR CLASS @extschema@.rfm_state_ops USING hash IS 'hashing of rfm_state that agrees with =: equal values hash alike, whatever their stored bytes';
COMMENT ON OPERATOR FAMILY @extschema@.rfm_state_ops USING hash IS 'the hash operators of rfm_state';

-- bgnbd_state

CREATE FUNCTION @extschema@.bgnbd_state_eq(a @extschema@.bgnbd_state, b @extschema@.bgnbd_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'bgnbd_state_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.bgnbd_state_eq(@extschema@.bgnbd_state, @extschema@.bgnbd_state) IS 'is a = b for bgnbd_state (the = operator)';

CREATE FUNCTION @extschema@.bgnbd_state_ne(a @extschema@.bgnbd_state, b @extschema@.bgnbd_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'bgnbd_state_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.bgnbd_state_ne(@extschema@.bgnbd_state, @extschema@.bgnbd_state) IS 'is a <> b for bgnbd_state (the <> operator)';

CREATE FUNCTION @extschema@.bgnbd_state_lt(a @extschema@.bgnbd_state, b @extschema@.bgnbd_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'bgnbd_state_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.bgnbd_state_lt(@extschema@.bgnbd_state, @extschema@.bgnbd_state) IS 'is a < b for bgnbd_state (the < operator)';

CREATE FUNCTION @extschema@.bgnbd_state_le(a @extschema@.bgnbd_state, b @extschema@.bgnbd_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'bgnbd_state_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.bgnbd_state_le(@extschema@.bgnbd_state, @extschema@.bgnbd_state) IS 'is a <= b for bgnbd_state (the <= operator)';

CREATE FUNCTION @extschema@.bgnbd_state_gt(a @extschema@.bgnbd_state, b @extschema@.bgnbd_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'bgnbd_state_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.bgnbd_state_gt(@extschema@.bgnbd_state, @extschema@.bgnbd_state) IS 'is a > b for bgnbd_state (the > operator)';

CREATE FUNCTION @extschema@.bgnbd_state_ge(a @extschema@.bgnbd_state, b @extschema@.bgnbd_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'bgnbd_state_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.bgnbd_state_ge(@extschema@.bgnbd_state, @extschema@.bgnbd_state) IS 'is a >= b for bgnbd_state (the >= operator)';

CREATE FUNCTION @extschema@.bgnbd_state_cmp(a @extschema@.bgnbd_state, b @extschema@.bgnbd_state)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'bgnbd_state_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.bgnbd_state_cmp(@extschema@.bgnbd_state, @extschema@.bgnbd_state) IS '-1, 0 or 1 as a is before, equal to or after b in the total order of bgnbd_state (btree support)';

CREATE FUNCTION @extschema@.bgnbd_state_hash(value @extschema@.bgnbd_state)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'bgnbd_state_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.bgnbd_state_hash(@extschema@.bgnbd_state) IS 'hash of a bgnbd_fit state, equal for equal values (hash support)';

CREATE FUNCTION @extschema@.bgnbd_state_hash_extended(value @extschema@.bgnbd_state, seed pg_catalog.int8)
RETURNS pg_catalog.int8
AS 'MODULE_PATHNAME', 'bgnbd_state_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.bgnbd_state_hash_extended(@extschema@.bgnbd_state, pg_catalog.int8) IS '64-bit hash of a bgnbd_fit state with a seed, equal for equal values (hash support)';

CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.bgnbd_state,
    RIGHTARG = @extschema@.bgnbd_state,
    FUNCTION = @extschema@.bgnbd_state_eq,
    COMMUTATOR = OPERATOR(@extschema@.=),
    NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = pg_catalog.eqsel,
    JOIN = pg_catalog.eqjoinsel,
    HASHES,
    MERGES
);
COMMENT ON OPERATOR @extschema@.= (@extschema@.bgnbd_state, @extschema@.bgnbd_state) IS 'equal: the same value in every field';

CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.bgnbd_state,
    RIGHTARG = @extschema@.bgnbd_state,
    FUNCTION = @extschema@.bgnbd_state_ne,
    COMMUTATOR = OPERATOR(@extschema@.<>),
    NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = pg_catalog.neqsel,
    JOIN = pg_catalog.neqjoinsel
);
COMMENT ON OPERATOR @extschema@.<> (@extschema@.bgnbd_state, @extschema@.bgnbd_state) IS 'not equal: a different value in some field';

CREATE OPERATOR @extschema@.< (
    LEFTARG = @extschema@.bgnbd_state,
    RIGHTARG = @extschema@.bgnbd_state,
    FUNCTION = @extschema@.bgnbd_state_lt,
    COMMUTATOR = OPERATOR(@extschema@.>),
    NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = pg_catalog.scalarltsel,
    JOIN = pg_catalog.scalarltjoinsel
);
COMMENT ON OPERATOR @extschema@.< (@extschema@.bgnbd_state, @extschema@.bgnbd_state) IS 'less than, in the total order of its btree operator class';

CREATE OPERATOR @extschema@.<= (
    LEFTARG = @extschema@.bgnbd_state,
    RIGHTARG = @extschema@.bgnbd_state,
    FUNCTION = @extschema@.bgnbd_state_le,
    COMMUTATOR = OPERATOR(@extschema@.>=),
    NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = pg_catalog.scalarlesel,
    JOIN = pg_catalog.scalarlejoinsel
);
COMMENT ON OPERATOR @extschema@.<= (@extschema@.bgnbd_state, @extschema@.bgnbd_state) IS 'less than or equal, in the total order of its btree operator class';

CREATE OPERATOR @extschema@.> (
    LEFTARG = @extschema@.bgnbd_state,
    RIGHTARG = @extschema@.bgnbd_state,
    FUNCTION = @extschema@.bgnbd_state_gt,
    COMMUTATOR = OPERATOR(@extschema@.<),
    NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = pg_catalog.scalargtsel,
    JOIN = pg_catalog.scalargtjoinsel
);
COMMENT ON OPERATOR @extschema@.> (@extschema@.bgnbd_state, @extschema@.bgnbd_state) IS 'greater than, in the total order of its btree operator class';

CREATE OPERATOR @extschema@.>= (
    LEFTARG = @extschema@.bgnbd_state,
    RIGHTARG = @extschema@.bgnbd_state,
    FUNCTION = @extschema@.bgnbd_state_ge,
    COMMUTATOR = OPERATOR(@extschema@.<=),
    NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = pg_catalog.scalargesel,
    JOIN = pg_catalog.scalargejoinsel
);
COMMENT ON OPERATOR @extschema@.>= (@extschema@.bgnbd_state, @extschema@.bgnbd_state) IS 'greater than or equal, in the total order of its btree operator class';

CREATE OPERATOR CLASS @extschema@.bgnbd_state_ops
    DEFAULT FOR TYPE @extschema@.bgnbd_state USING btree AS
        OPERATOR 1 @extschema@.< ,
        OPERATOR 2 @extschema@.<= ,
        OPERATOR 3 @extschema@.= ,
        OPERATOR 4 @extschema@.>= ,
        OPERATOR 5 @extschema@.> ,
        FUNCTION 1 @extschema@.bgnbd_state_cmp(@extschema@.bgnbd_state, @extschema@.bgnbd_state);
COMMENT ON OPERATOR CLASS @extschema@.bgnbd_state_ops USING btree IS 'total order of bgnbd_state: by number of rows, then the rows in their ascending order, each by frequency, recency, t, then customers';
COMMENT ON OPERATOR FAMILY @extschema@.bgnbd_state_ops USING btree IS 'the btree operators of bgnbd_state';

CREATE OPERATOR CLASS @extschema@.bgnbd_state_ops
    DEFAULT FOR TYPE @extschema@.bgnbd_state USING hash AS
        OPERATOR 1 @extschema@.= ,
        FUNCTION 1 @extschema@.bgnbd_state_hash(@extschema@.bgnbd_state),
        FUNCTION 2 @extschema@.bgnbd_state_hash_extended(@extschema@.bgnbd_state, pg_catalog.int8);
COMMENT ON OPERATOR CLASS @extschema@.bgnbd_state_ops USING hash IS 'hashing of bgnbd_state that agrees with =: equal values hash alike, whatever their stored bytes';
COMMENT ON OPERATOR FAMILY @extschema@.bgnbd_state_ops USING hash IS 'the hash operators of bgnbd_state';

-- gamma_gamma_state

CREATE FUNCTION @extschema@.gamma_gamma_state_eq(a @extschema@.gamma_gamma_state, b @extschema@.gamma_gamma_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'gamma_gamma_state_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gamma_gamma_state_eq(@extschema@.gamma_gamma_state, @extschema@.gamma_gamma_state) IS 'is a = b for gamma_gamma_state (the = operator)';

CREATE FUNCTION @extschema@.gamma_gamma_state_ne(a @extschema@.gamma_gamma_state, b @extschema@.gamma_gamma_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'gamma_gamma_state_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gamma_gamma_state_ne(@extschema@.gamma_gamma_state, @extschema@.gamma_gamma_state) IS 'is a <> b for gamma_gamma_state (the <> operator)';

CREATE FUNCTION @extschema@.gamma_gamma_state_lt(a @extschema@.gamma_gamma_state, b @extschema@.gamma_gamma_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'gamma_gamma_state_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gamma_gamma_state_lt(@extschema@.gamma_gamma_state, @extschema@.gamma_gamma_state) IS 'is a < b for gamma_gamma_state (the < operator)';

CREATE FUNCTION @extschema@.gamma_gamma_state_le(a @extschema@.gamma_gamma_state, b @extschema@.gamma_gamma_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'gamma_gamma_state_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gamma_gamma_state_le(@extschema@.gamma_gamma_state, @extschema@.gamma_gamma_state) IS 'is a <= b for gamma_gamma_state (the <= operator)';

CREATE FUNCTION @extschema@.gamma_gamma_state_gt(a @extschema@.gamma_gamma_state, b @extschema@.gamma_gamma_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'gamma_gamma_state_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gamma_gamma_state_gt(@extschema@.gamma_gamma_state, @extschema@.gamma_gamma_state) IS 'is a > b for gamma_gamma_state (the > operator)';

CREATE FUNCTION @extschema@.gamma_gamma_state_ge(a @extschema@.gamma_gamma_state, b @extschema@.gamma_gamma_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'gamma_gamma_state_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gamma_gamma_state_ge(@extschema@.gamma_gamma_state, @extschema@.gamma_gamma_state) IS 'is a >= b for gamma_gamma_state (the >= operator)';

CREATE FUNCTION @extschema@.gamma_gamma_state_cmp(a @extschema@.gamma_gamma_state, b @extschema@.gamma_gamma_state)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'gamma_gamma_state_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gamma_gamma_state_cmp(@extschema@.gamma_gamma_state, @extschema@.gamma_gamma_state) IS '-1, 0 or 1 as a is before, equal to or after b in the total order of gamma_gamma_state (btree support)';

CREATE FUNCTION @extschema@.gamma_gamma_state_hash(value @extschema@.gamma_gamma_state)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'gamma_gamma_state_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gamma_gamma_state_hash(@extschema@.gamma_gamma_state) IS 'hash of a gamma_gamma_fit state, equal for equal values (hash support)';

CREATE FUNCTION @extschema@.gamma_gamma_state_hash_extended(value @extschema@.gamma_gamma_state, seed pg_catalog.int8)
RETURNS pg_catalog.int8
AS 'MODULE_PATHNAME', 'gamma_gamma_state_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gamma_gamma_state_hash_extended(@extschema@.gamma_gamma_state, pg_catalog.int8) IS '64-bit hash of a gamma_gamma_fit state with a seed, equal for equal values (hash support)';

CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.gamma_gamma_state,
    RIGHTARG = @extschema@.gamma_gamma_state,
    FUNCTION = @extschema@.gamma_gamma_state_eq,
    COMMUTATOR = OPERATOR(@extschema@.=),
    NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = pg_catalog.eqsel,
    JOIN = pg_catalog.eqjoinsel,
    HASHES,
    MERGES
);
COMMENT ON OPERATOR @extschema@.= (@extschema@.gamma_gamma_state, @extschema@.gamma_gamma_state) IS 'equal: the same value in every field';

CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.gamma_gamma_state,
    RIGHTARG = @extschema@.gamma_gamma_state,
    FUNCTION = @extschema@.gamma_gamma_state_ne,
    COMMUTATOR = OPERATOR(@extschema@.<>),
    NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = pg_catalog.neqsel,
    JOIN = pg_catalog.neqjoinsel
);
COMMENT ON OPERATOR @extschema@.<> (@extschema@.gamma_gamma_state, @extschema@.gamma_gamma_state) IS 'not equal: a different value in some field';

CREATE OPERATOR @extschema@.< (
    LEFTARG = @extschema@.gamma_gamma_state,
    RIGHTARG = @extschema@.gamma_gamma_state,
    FUNCTION = @extschema@.gamma_gamma_state_lt,
    COMMUTATOR = OPERATOR(@extschema@.>),
    NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = pg_catalog.scalarltsel,
    JOIN = pg_catalog.scalarltjoinsel
);
COMMENT ON OPERATOR @extschema@.< (@extschema@.gamma_gamma_state, @extschema@.gamma_gamma_state) IS 'less than, in the total order of its btree operator class';

CREATE OPERATOR @extschema@.<= (
    LEFTARG = @extschema@.gamma_gamma_state,
    RIGHTARG = @extschema@.gamma_gamma_state,
    FUNCTION = @extschema@.gamma_gamma_state_le,
    COMMUTATOR = OPERATOR(@extschema@.>=),
    NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = pg_catalog.scalarlesel,
    JOIN = pg_catalog.scalarlejoinsel
);
COMMENT ON OPERATOR @extschema@.<= (@extschema@.gamma_gamma_state, @extschema@.gamma_gamma_state) IS 'less than or equal, in the total order of its btree operator class';

CREATE OPERATOR @extschema@.> (
    LEFTARG = @extschema@.gamma_gamma_state,
    RIGHTARG = @extschema@.gamma_gamma_state,
    FUNCTION = @extschema@.gamma_gamma_state_gt,
    COMMUTATOR = OPERATOR(@extschema@.<),
    NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = pg_catalog.scalargtsel,
    JOIN = pg_catalog.scalargtjoinsel
);
COMMENT ON OPERATOR @extschema@.> (@extschema@.gamma_gamma_state, @extschema@.gamma_gamma_state) IS 'greater than, in the total order of its btree operator class';

CREATE OPERATOR @extschema@.>= (
    LEFTARG = @extschema@.gamma_gamma_state,
    RIGHTARG = @extschema@.gamma_gamma_state,
    FUNCTION = @extschema@.gamma_gamma_state_ge,
    COMMUTATOR = OPERATOR(@extschema@.<=),
    NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = pg_catalog.scalargesel,
    JOIN = pg_catalog.scalargejoinsel
);
COMMENT ON OPERATOR @extschema@.>= (@extschema@.gamma_gamma_state, @extschema@.gamma_gamma_state) IS 'greater than or equal, in the total order of its btree operator class';

CREATE OPERATOR CLASS @extschema@.gamma_gamma_state_ops
    DEFAULT FOR TYPE @extschema@.gamma_gamma_state USING btree AS
        OPERATOR 1 @extschema@.< ,
        OPERATOR 2 @extschema@.<= ,
        OPERATOR 3 @extschema@.= ,
        OPERATOR 4 @extschema@.>= ,
        OPERATOR 5 @extschema@.> ,
        FUNCTION 1 @extschema@.gamma_gamma_state_cmp(@extschema@.gamma_gamma_state, @extschema@.gamma_gamma_state);
COMMENT ON OPERATOR CLASS @extschema@.gamma_gamma_state_ops USING btree IS 'total order of gamma_gamma_state: by number of rows, then the rows in their ascending order, each by frequency, monetary, then customers';
COMMENT ON OPERATOR FAMILY @extschema@.gamma_gamma_state_ops USING btree IS 'the btree operators of gamma_gamma_state';

CREATE OPERATOR CLASS @extschema@.gamma_gamma_state_ops
    DEFAULT FOR TYPE @extschema@.gamma_gamma_state USING hash AS
        OPERATOR 1 @extschema@.= ,
        FUNCTION 1 @extschema@.gamma_gamma_state_hash(@extschema@.gamma_gamma_state),
        FUNCTION 2 @extschema@.gamma_gamma_state_hash_extended(@extschema@.gamma_gamma_state, pg_catalog.int8);
COMMENT ON OPERATOR CLASS @extschema@.gamma_gamma_state_ops USING hash IS 'hashing of gamma_gamma_state that agrees with =: equal values hash alike, whatever their stored bytes';
COMMENT ON OPERATOR FAMILY @extschema@.gamma_gamma_state_ops USING hash IS 'the hash operators of gamma_gamma_state';

-- sbg_state

CREATE FUNCTION @extschema@.sbg_state_eq(a @extschema@.sbg_state, b @extschema@.sbg_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'sbg_state_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sbg_state_eq(@extschema@.sbg_state, @extschema@.sbg_state) IS 'is a = b for sbg_state (the = operator)';

CREATE FUNCTION @extschema@.sbg_state_ne(a @extschema@.sbg_state, b @extschema@.sbg_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'sbg_state_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sbg_state_ne(@extschema@.sbg_state, @extschema@.sbg_state) IS 'is a <> b for sbg_state (the <> operator)';

CREATE FUNCTION @extschema@.sbg_state_lt(a @extschema@.sbg_state, b @extschema@.sbg_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'sbg_state_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sbg_state_lt(@extschema@.sbg_state, @extschema@.sbg_state) IS 'is a < b for sbg_state (the < operator)';

CREATE FUNCTION @extschema@.sbg_state_le(a @extschema@.sbg_state, b @extschema@.sbg_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'sbg_state_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sbg_state_le(@extschema@.sbg_state, @extschema@.sbg_state) IS 'is a <= b for sbg_state (the <= operator)';

CREATE FUNCTION @extschema@.sbg_state_gt(a @extschema@.sbg_state, b @extschema@.sbg_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'sbg_state_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sbg_state_gt(@extschema@.sbg_state, @extschema@.sbg_state) IS 'is a > b for sbg_state (the > operator)';

CREATE FUNCTION @extschema@.sbg_state_ge(a @extschema@.sbg_state, b @extschema@.sbg_state)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'sbg_state_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sbg_state_ge(@extschema@.sbg_state, @extschema@.sbg_state) IS 'is a >= b for sbg_state (the >= operator)';

CREATE FUNCTION @extschema@.sbg_state_cmp(a @extschema@.sbg_state, b @extschema@.sbg_state)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'sbg_state_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sbg_state_cmp(@extschema@.sbg_state, @extschema@.sbg_state) IS '-1, 0 or 1 as a is before, equal to or after b in the total order of sbg_state (btree support)';

CREATE FUNCTION @extschema@.sbg_state_hash(value @extschema@.sbg_state)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'sbg_state_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sbg_state_hash(@extschema@.sbg_state) IS 'hash of an sbg_fit state, equal for equal values (hash support)';

CREATE FUNCTION @extschema@.sbg_state_hash_extended(value @extschema@.sbg_state, seed pg_catalog.int8)
RETURNS pg_catalog.int8
AS 'MODULE_PATHNAME', 'sbg_state_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sbg_state_hash_extended(@extschema@.sbg_state, pg_catalog.int8) IS '64-bit hash of an sbg_fit state with a seed, equal for equal values (hash support)';

CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.sbg_state,
    RIGHTARG = @extschema@.sbg_state,
    FUNCTION = @extschema@.sbg_state_eq,
    COMMUTATOR = OPERATOR(@extschema@.=),
    NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = pg_catalog.eqsel,
    JOIN = pg_catalog.eqjoinsel,
    HASHES,
    MERGES
);
COMMENT ON OPERATOR @extschema@.= (@extschema@.sbg_state, @extschema@.sbg_state) IS 'equal: the same value in every field';

CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.sbg_state,
    RIGHTARG = @extschema@.sbg_state,
    FUNCTION = @extschema@.sbg_state_ne,
    COMMUTATOR = OPERATOR(@extschema@.<>),
    NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = pg_catalog.neqsel,
    JOIN = pg_catalog.neqjoinsel
);
COMMENT ON OPERATOR @extschema@.<> (@extschema@.sbg_state, @extschema@.sbg_state) IS 'not equal: a different value in some field';

CREATE OPERATOR @extschema@.< (
    LEFTARG = @extschema@.sbg_state,
    RIGHTARG = @extschema@.sbg_state,
    FUNCTION = @extschema@.sbg_state_lt,
    COMMUTATOR = OPERATOR(@extschema@.>),
    NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = pg_catalog.scalarltsel,
    JOIN = pg_catalog.scalarltjoinsel
);
COMMENT ON OPERATOR @extschema@.< (@extschema@.sbg_state, @extschema@.sbg_state) IS 'less than, in the total order of its btree operator class';

CREATE OPERATOR @extschema@.<= (
    LEFTARG = @extschema@.sbg_state,
    RIGHTARG = @extschema@.sbg_state,
    FUNCTION = @extschema@.sbg_state_le,
    COMMUTATOR = OPERATOR(@extschema@.>=),
    NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = pg_catalog.scalarlesel,
    JOIN = pg_catalog.scalarlejoinsel
);
COMMENT ON OPERATOR @extschema@.<= (@extschema@.sbg_state, @extschema@.sbg_state) IS 'less than or equal, in the total order of its btree operator class';

CREATE OPERATOR @extschema@.> (
    LEFTARG = @extschema@.sbg_state,
    RIGHTARG = @extschema@.sbg_state,
    FUNCTION = @extschema@.sbg_state_gt,
    COMMUTATOR = OPERATOR(@extschema@.<),
    NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = pg_catalog.scalargtsel,
    JOIN = pg_catalog.scalargtjoinsel
);
COMMENT ON OPERATOR @extschema@.> (@extschema@.sbg_state, @extschema@.sbg_state) IS 'greater than, in the total order of its btree operator class';

CREATE OPERATOR @extschema@.>= (
    LEFTARG = @extschema@.sbg_state,
    RIGHTARG = @extschema@.sbg_state,
    FUNCTION = @extschema@.sbg_state_ge,
    COMMUTATOR = OPERATOR(@extschema@.<=),
    NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = pg_catalog.scalargesel,
    JOIN = pg_catalog.scalargejoinsel
);
COMMENT ON OPERATOR @extschema@.>= (@extschema@.sbg_state, @extschema@.sbg_state) IS 'greater than or equal, in the total order of its btree operator class';

CREATE OPERATOR CLASS @extschema@.sbg_state_ops
    DEFAULT FOR TYPE @extschema@.sbg_state USING btree AS
        OPERATOR 1 @extschema@.< ,
        OPERATOR 2 @extschema@.<= ,
        OPERATOR 3 @extschema@.= ,
        OPERATOR 4 @extschema@.>= ,
        OPERATOR 5 @extschema@.> ,
        FUNCTION 1 @extschema@.sbg_state_cmp(@extschema@.sbg_state, @extschema@.sbg_state);
COMMENT ON OPERATOR CLASS @extschema@.sbg_state_ops USING btree IS 'total order of sbg_state: by number of tenures, then the tenures in ascending order, each by tenure, churned, then active';
COMMENT ON OPERATOR FAMILY @extschema@.sbg_state_ops USING btree IS 'the btree operators of sbg_state';

CREATE OPERATOR CLASS @extschema@.sbg_state_ops
    DEFAULT FOR TYPE @extschema@.sbg_state USING hash AS
        OPERATOR 1 @extschema@.= ,
        FUNCTION 1 @extschema@.sbg_state_hash(@extschema@.sbg_state),
        FUNCTION 2 @extschema@.sbg_state_hash_extended(@extschema@.sbg_state, pg_catalog.int8);
COMMENT ON OPERATOR CLASS @extschema@.sbg_state_ops USING hash IS 'hashing of sbg_state that agrees with =: equal values hash alike, whatever their stored bytes';
COMMENT ON OPERATOR FAMILY @extschema@.sbg_state_ops USING hash IS 'the hash operators of sbg_state';
