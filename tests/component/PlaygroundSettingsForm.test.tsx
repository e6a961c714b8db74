import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { database } from '../../src/data/connection';
import { schoolStore } from '../../src/data/stores';
import { useSchool } from '../../src/features/session/school-store';
import { PlaygroundSettingsForm } from '../../src/features/settings/PlaygroundSettingsForm';
import { freshDatabase } from '../unit/test-db';
import { unlockSmallSchool } from './school-fixture';

describe('the playground settings', () => {
  beforeEach(() => {
    freshDatabase();
  });

  it('refuses a threshold outside its range in Dutch, and stores valid settings encrypted', async () => {
    const { data, key } = await unlockSmallSchool();
    await schoolStore.put(key, data.school);
    render(<PlaygroundSettingsForm data={data} />);
    fireEvent.input(screen.getByLabelText('Signaal bij zoveel keer doelwit'), { target: { value: '1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Aantal keer doelwit: minstens 2.');

    fireEvent.input(screen.getByLabelText('Signaal bij zoveel keer doelwit'), { target: { value: '4' } });
    fireEvent.input(screen.getByLabelText('Plekken op het plein (één per regel)'), { target: { value: 'Moestuin\n\nSpeeltoestel ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await screen.findByText('Opgeslagen.');
    const saved = await schoolStore.get(key, 'school');
    expect(saved?.playground).toEqual({ areas: ['Moestuin', 'Speeltoestel'], thresholds: { targetCount: 4, windowDays: 28, sameActorCount: 2, manyTargetsCount: 3 } });
    expect(useSchool.getState().data?.school.playground?.thresholds.targetCount).toBe(4);
    expect(JSON.stringify(await database().school.get('school'))).not.toContain('Moestuin');

    fireEvent.click(screen.getByRole('button', { name: 'Standaard herstellen' }));
    await waitFor(async () => expect((await schoolStore.get(key, 'school'))?.playground?.areas).toContain('Zandbak'));
  });
});
