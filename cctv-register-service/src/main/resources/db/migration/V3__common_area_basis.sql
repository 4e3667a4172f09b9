-- A camera in a residential common area (entrance, stairwell, lobby, storage rooms, parking garage,
-- waste shelter, yard) is on record with the housing company's decision and how the residents were
-- informed. Cameras registered before this rule have none until they are next updated.
ALTER TABLE camera
    ADD COLUMN common_area_decision_ref           VARCHAR(200),
    ADD COLUMN common_area_residents_informed_ref VARCHAR(200),
    ADD COLUMN common_area_decided_on             DATE,
    ADD CONSTRAINT camera_common_area_basis_complete CHECK (
        (common_area_decision_ref IS NULL) = (common_area_residents_informed_ref IS NULL)
        AND (common_area_decision_ref IS NULL) = (common_area_decided_on IS NULL));
