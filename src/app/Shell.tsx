import type { ComponentChildren } from 'preact';
import { writeDeviceSettings } from '../data/device-settings';
import type { SchoolData } from '../data/school-data';
import { lockNow } from '../features/lock/lock-actions';
import { forgetStaff, useUser } from '../features/session/user-store';
import { roleView } from '../domain/privacy/role-view';
import { mayOpen } from '../features/session/role-access';
import { SyncStatusLine } from '../features/sync/SyncStatusLine';
import { href, navigate, type KnownRoute, type Route } from '../ui/routes';

/** The frame around every unlocked screen: where you are, where you can go, and the lock. */
export function Shell({ data, route, children }: { data: SchoolData; route: Route; children: ComponentChildren }) {
  const current = (names: Route['name'][]) => (names.includes(route.name) ? ('page' as const) : undefined);
  const staffId = useUser((s) => s.staffId);
  const personal = useUser((s) => s.personal);
  const user = data.staff.find((s) => s.id === staffId);
  const view = roleView(user, data.staff);
  const may = (name: KnownRoute['name']) => mayOpen(view, name);
  const settingUp = data.school.firstStart !== undefined;
  return (
    <>
      <header class="topbar">
        <a class="topbar__brand" href={href({ name: 'home' })}>
          Kring <span class="topbar__school">{data.school.name}</span>
        </a>
        <nav aria-label="Hoofdmenu" class="topbar__nav">
          <a href={href({ name: 'home' })} aria-current={current(['home'])}>
            Start
          </a>
          {/* While the first start runs there is no one to record anything about yet: the guide is the way. */}
          {!settingUp && (
            <>
              <a href={href({ name: 'meldingen' })} aria-current={current(['meldingen', 'melding', 'nieuwe-melding', 'beoordelen'])}>
                Meldingen
              </a>
              {may('zaken') && (
                <a href={href({ name: 'zaken' })} aria-current={current(['zaken', 'zaak', 'gesprek', 'extra-gesprek', 'esis'])}>
                  Zaken
                </a>
              )}
              <a href={href({ name: 'plein' })} aria-current={current(['plein', 'hotspots'])}>
                Plein
              </a>
              {may('preventie') && (
                <a href={href({ name: 'preventie' })} aria-current={current(['preventie'])}>
                  Preventie
                </a>
              )}
              <a href={href({ name: 'instellingen' })} aria-current={current(['instellingen', 'instelling', 'overdracht', 'jaaroverzicht'])}>
                Instellingen
              </a>
            </>
          )}
        </nav>
        {user && personal && <span class="topbar__user">{user.name}</span>}
        {user && !personal && (
          <button type="button" class="button button--quiet topbar__user" onClick={() => void switchUser()}>
            {user.name} <span class="topbar__switch">(wissel)</span>
          </button>
        )}
        <SyncStatusLine data={data} />
        <button type="button" class="button button--lock" onClick={() => void lockNow()}>
          Vergrendel
        </button>
      </header>
      <main id="main" class="page">
        {children}
      </main>
    </>
  );
}

/** The next person starts on the start screen, not on whatever the last one had open. */
async function switchUser(): Promise<void> {
  await writeDeviceSettings({ staffId: null });
  navigate({ name: 'home' });
  forgetStaff();
}
