import { Login, Password, uuidv7 } from '@valiza/domain';
import { hashPassword } from '../auth/password.js';
import type { Db } from '../db/database.js';
import { inTransaction } from '../db/transaction.js';
import { audit } from '../audit/audit.service.js';
import { insertStaffPerson } from '../org/staff.service.js';
import { CliError } from './args.js';

/** Creates a platform admin: the person who opens centres and resets heads' passwords. */
export async function createAdmin(
  db: Db,
  input: { login: string; password: string; name?: string },
): Promise<string> {
  const login = Login.safeParse(input.login);
  if (!login.success)
    throw new CliError(
      'The login may hold lower-case Latin letters, digits, dots, hyphens and underscores (2–64).',
    );
  if (!Password.safeParse(input.password).success)
    throw new CliError('The password must have at least 10 characters.');
  const id = uuidv7();
  const passwordHash = await hashPassword(input.password);
  await inTransaction(db, async (tx) => {
    await insertStaffPerson(
      tx,
      { id, centreId: null, regionId: null, name: input.name ?? login.data, login: login.data, passwordHash },
      ['platform_admin'],
    ).catch((error: unknown) => {
      throw (error as { code?: string }).code === 'org.login_taken'
        ? new CliError(`The login ${login.data} is already in use.`)
        : error;
    });
    await audit(
      tx,
      null,
      'staff.created',
      { type: 'person', id, centreId: null },
      { roles: ['platform_admin'], via: 'cli' },
    );
  });
  return id;
}
