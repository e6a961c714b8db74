import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { useDatabaseName } from '../../src/data/connection';
import { alertReadStore } from '../../src/data/stores';
import type { Melding } from '../../src/domain/melding';
import { NewForYou } from '../../src/features/home/NewForYou';
import { putRecords, useSchool } from '../../src/features/session/school-store';
import { useUser } from '../../src/features/session/user-store';
import { SyncStatusLine } from '../../src/features/sync/SyncStatusLine';
import { useSync } from '../../src/features/sync/sync-store';
import { smallSchool, unlockSmallSchool } from './school-fixture';

/** What a colleague reads on the start screen: the alerts meant for them, until they mark them read. */
const melding = (id: string, pupilId: string, createdAt: string): Melding => ({
  id,
  reporterKind: 'klasgenoot',
  reporterName: '',
  location: '',
  pupilIds: [pupilId],
  description: 'Uitgelachen in de rij.',
  occurredOn: createdAt.slice(0, 10),
  status: 'nieuw',
  createdAt,
  updatedAt: createdAt,
  recordedBy: 's1',
});

describe('Nieuw voor u', () => {
  beforeEach(() => useDatabaseName(`new-for-you-${Math.random()}`));

  it('shows the IVP each new melding, newest first, and forgets one once marked read (for this person only)', async () => {
    const { key } = await unlockSmallSchool();
    putRecords('meldingen', [melding('m1', 'p1', '2026-11-24T10:00:00.000Z'), melding('m2', 'p3', '2026-11-25T08:30:00.000Z')]);
    useUser.setState({ staffId: 's2' });
    render(<NewForYou data={useSchool.getState().data!} />);
    expect(screen.getByRole('heading', { name: 'Nieuw voor u (2)' })).toBeTruthy();
    const items = screen.getAllByRole('listitem');
    expect(items[0]!.textContent).toContain('Over Emma Vlierbes (Groep 6)');
    expect(items[1]!.textContent).toContain('Over Zoë Distelhoek (Groep 5)');

    fireEvent.click(screen.getAllByRole('button', { name: /^Markeer als gelezen/ })[0]!);
    await waitFor(() => expect(useSchool.getState().data!.alertReads).toHaveLength(1));
    const [read] = await alertReadStore.all(key);
    expect(read).toMatchObject({ alertKey: 'melding:m2', staffId: 's2' });
  });

  it('says nothing to the one who recorded it, and nothing to nobody', async () => {
    await unlockSmallSchool();
    putRecords('meldingen', [melding('m1', 'p1', '2026-11-24T10:00:00.000Z')]);
    useUser.setState({ staffId: 's1' });
    const { container } = render(<NewForYou data={useSchool.getState().data!} />);
    expect(container.textContent).toBe('');
  });
});

describe('the sync line', () => {
  it('is quiet when all is well, and leads to the settings when something waits or must be chosen', () => {
    const data = smallSchool();
    useUser.setState({ staffId: 's2' });
    const status = { state: 'synced' as const, lastSyncedAt: '2026-11-25T08:41:00.000Z', pending: 0, problem: null, conflicts: [] };
    useSync.setState({ status });
    const { rerender } = render(<SyncStatusLine data={data} />);
    expect(screen.getByRole('status').textContent).toMatch(/^Gesynchroniseerd om \d\d:41$/);
    expect(screen.queryByRole('link')).toBeNull();
    useSync.setState({ status: { ...status, state: 'waiting', pending: 3, problem: 'unreachable' } });
    rerender(<SyncStatusLine data={data} />);
    expect(screen.getByRole('link').textContent).toBe('3 wijzigingen wachten op verbinding');
    useSync.setState({ status: { ...status, problem: 'wrong-account', pending: 1 } });
    rerender(<SyncStatusLine data={data} />);
    expect(screen.getByRole('link').textContent).toBe('Synchronisatie gestopt · 1 wijziging wacht op verbinding');
    useSync.setState({ status: null });
  });

  it('tells a teacher of no difference about a child outside her view; the IVP sees it', () => {
    const data = smallSchool();
    const conflict = { docId: 'd1', table: 'meldingen' as const, id: 'm-other-group', versions: [] };
    useSync.setState({ status: { state: 'synced', lastSyncedAt: '2026-11-25T08:41:00.000Z', pending: 0, problem: null, conflicts: [conflict] } });
    useUser.setState({ staffId: 's1' });
    const { rerender } = render(<SyncStatusLine data={data} />);
    expect(screen.queryByRole('link')).toBeNull();
    useUser.setState({ staffId: 's2' });
    rerender(<SyncStatusLine data={data} />);
    expect(screen.getByRole('link').textContent).toBe('1 verschil tussen tablets om te kiezen');
    useSync.setState({ status: null });
  });
});
