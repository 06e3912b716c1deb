/**
 * A second process writing to the SQLite database without pause, as a busy
 * server would (one audited transaction after another), for the backup test.
 * Prints "writing" once the first write is committed; runs until killed.
 */
import { auditAnchorOf, loadConfig } from '../config.ts';
import { openDb } from '../db/index.ts';
import { SYSTEM_ACTOR, appendAudit } from '../platform/audit.ts';

const config = loadConfig();
const db = openDb({ sqlitePath: config.sqlitePath, audit: auditAnchorOf(config) });
for (let i = 0; ; i++) {
  await db.kysely
    .transaction()
    .execute((trx) =>
      appendAudit(trx, SYSTEM_ACTOR, 'load.write', 'load', String(i), null, { i, pad: 'x'.repeat(500) }),
    );
  if (i === 0) process.stdout.write('writing\n');
}
