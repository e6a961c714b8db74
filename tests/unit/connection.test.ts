import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { database, onDatabaseNotice } from '../../src/data/connection';
import { CURRENT_SCHEMA_VERSION } from '../../src/data/db';
import { messages } from '../../src/data/errors';
import { freshDatabase } from './test-db';

describe('the database connection', () => {
  it('closes and tells the user when another tab upgrades the schema', async () => {
    const name = freshDatabase();
    const notice = vi.fn();
    onDatabaseNotice(notice);
    await database().open();
    const newer = new Dexie(name);
    newer.version(CURRENT_SCHEMA_VERSION + 1).stores({ extra: 'id' });
    await newer.open();
    expect(notice).toHaveBeenCalledWith(messages.upgradedElsewhere);
    newer.close();
  });

});
