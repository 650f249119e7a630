import { MigrationInterface, QueryRunner } from 'typeorm';

/** Two read-only oversight roles: the auditor (aggregates only, e.g. the Wmo-raad) and the privacy officer (the audit trail). */
export class OversightRoles1764590400000 implements MigrationInterface {
  name = 'OversightRoles1764590400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user DROP CONSTRAINT app_user_role_check;`);
    await q.query(
      `ALTER TABLE app_user ADD CONSTRAINT app_user_role_check CHECK (role IN ('admin','corporation','care_provider','municipal_officer','coordinator','auditor','privacy_officer'));`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user DROP CONSTRAINT app_user_role_check;`);
    await q.query(`ALTER TABLE app_user ADD CONSTRAINT app_user_role_check CHECK (role IN ('admin','corporation','care_provider','municipal_officer','coordinator'));`);
  }
}
