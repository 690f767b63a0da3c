import type { EntityManager } from 'typeorm';
import { encryptSecret, secondFactorKey } from '../core/auth/second-factor-secrets.js';

/** Every demo account gets the one documented authenticator key (no recovery codes: the key is public anyway). */
export async function enrolDemoPeople(m: EntityManager, keyBase64: string, demoSecret: string): Promise<void> {
  const key = secondFactorKey(keyBase64)!;
  const users: { id: string }[] = await m.query(`SELECT id FROM app_user`);
  for (const { id } of users) {
    await m.query(`INSERT INTO user_second_factor (user_id, secret, enrolled_at) VALUES ($1, $2, now())`, [id, encryptSecret(key, id, demoSecret)]);
  }
}
