import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * NEN 7513: every audit record names the region it belongs to (the scope of the privacy officer and
 * the coordinator) and the grounds of the access. Retention: a client whose personal data was erased
 * is marked so (the row stays, with only the coarse fields the aggregates need).
 */
export class AuditGroundsAndRetention1764630000000 implements MigrationInterface {
  name = 'AuditGroundsAndRetention1764630000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
ALTER TABLE audit_event ADD COLUMN region_code text, ADD COLUMN grounds text;
CREATE INDEX audit_event_region_idx ON audit_event(region_code, id);
CREATE INDEX audit_event_client_id_idx ON audit_event(client_id, id);
ALTER TABLE client ADD COLUMN erased_at timestamptz;
CREATE INDEX client_not_erased_idx ON client(region_code) WHERE erased_at IS NULL;`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
DROP INDEX client_not_erased_idx; ALTER TABLE client DROP COLUMN erased_at;
DROP INDEX audit_event_client_id_idx; DROP INDEX audit_event_region_idx;
ALTER TABLE audit_event DROP COLUMN grounds, DROP COLUMN region_code;`);
  }
}
