-- A changing SPI call is answered once per case *and* verified subject: after the DPO confirms a
-- further identifier, the gateway's new call covers more keys and is a new operation.
ALTER TABLE dsr_call ALTER COLUMN operation TYPE VARCHAR(120);
