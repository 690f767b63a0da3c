import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Plates are matched in a folded form where characters read one for another are one (foldRegistration in shared/):
 * M and N now fold together too, so a plate read NM19 XKD finds MN19 XKD. Recomputes the folded form of the
 * vehicles already recorded; the normalised plate itself is unchanged.
 */
export class FoldPlateMAndN1765950000001 implements MigrationInterface {
  name = 'FoldPlateMAndN1765950000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE "vehicle" SET "vrm_folded" = translate("vrm", 'OQDILZSBGM', '000112586N')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE "vehicle" SET "vrm_folded" = translate("vrm", 'OQDILZSBG', '000112586')`);
  }
}
