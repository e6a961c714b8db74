import { render, screen } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { useDatabaseName } from '../../src/data/connection';
import { Home } from '../../src/features/home/Home';
import { removeRecords, updateSchoolData, useSchool } from '../../src/features/session/school-store';
import { useUser } from '../../src/features/session/user-store';
import { unlockSmallSchool } from './school-fixture';

/** The start screen works from the working set that unlocking opened, and still says what is due for every record. */
describe('the start screen', () => {
  beforeEach(() => useDatabaseName(`home-${Math.random()}`));

  it('says the retention term has passed for a child whose records were not opened at unlock, and stops once they are gone', async () => {
    await unlockSmallSchool();
    // Left in 2015: none of this child's records is in the working set, only the readable date they left.
    updateSchoolData((data) => ({ ...data, scope: { since: '2026-08-01' }, pupilsWhoLeft: [{ id: 'vertrokken', leftOn: '2015-07-10' }] }));
    useUser.setState({ staffId: 's2' });
    const view = render(<Home data={useSchool.getState().data!} />);
    expect(screen.getByRole('link', { name: /Bewaartermijn voorbij: gegevens van 1 vertrokken leerling kunnen worden verwijderd/ })).toBeTruthy();

    // The retention screen opened everything (the child is held now), and the term deleted them.
    updateSchoolData((data) => ({ ...data, scope: 'all', pupils: [...data.pupils, { id: 'vertrokken', firstName: 'Sam', lastName: 'Verleden', groupId: 'g5', leftOn: '2015-07-10' }] }));
    view.rerender(<Home data={useSchool.getState().data!} />);
    expect(screen.getByRole('link', { name: /Bewaartermijn voorbij: gegevens van 1 vertrokken leerling/ })).toBeTruthy();
    removeRecords('pupils', ['vertrokken']);
    view.rerender(<Home data={useSchool.getState().data!} />);
    expect(screen.queryByRole('link', { name: /Bewaartermijn voorbij/ })).toBeNull();
  });
});
