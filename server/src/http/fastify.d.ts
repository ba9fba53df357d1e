import type { Locale } from '@valiza/domain';
import type { Actor } from '../auth/actor.js';
import type { Config } from '../config.js';
import type { DatabaseHandle, Db } from '../db/database.js';
import type { SetupState } from '../setup/setup-state.js';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    database: DatabaseHandle;
    setupState: SetupState;
  }
  interface FastifyRequest {
    /** The language of the answer, from `Accept-Language`. */
    locale: Locale;
    /** The signed-in person, or null. */
    actor: Actor | null;
    /** The CSRF token of the request's session, when it has one. */
    csrfToken: string | null;
    /** The database; services receive it as an argument. */
    db: Db;
  }
}
