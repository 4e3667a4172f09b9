-- Art 18 restrictions move to the kit's one table (db/kit/V0_6__restriction.sql), which the kit's
-- RestrictionGuard reads. Every row of the old table was a restriction in force set through the
-- gateway's DSR SPI; nothing else reads the old table, so it goes.
INSERT INTO kit_restriction (id, subject_key, reason, case_ref, restricted_at, restricted_by)
SELECT md5('restriction:' || subject_key)::uuid, subject_key, 'data subject request (Art 18)', case_id::text, since, 'migrated (V11)'
FROM restriction
ON CONFLICT DO NOTHING;

DROP TABLE restriction;
