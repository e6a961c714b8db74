import type { ComponentType } from 'preact';
import { useMemo } from 'preact/hooks';
import type { SchoolData } from '../data/school-data';
import { recordsInView, roleView } from '../domain/privacy/role-view';
import { activeStaff } from '../domain/staff';
import { mayOpen } from '../features/session/role-access';
import { unseal, useSeal } from '../features/session/seal-store';
import { LeaveGespreksmodus } from '../features/conversation/LeaveGespreksmodus';
import { useUser } from '../features/session/user-store';
import { StaffChooser } from '../features/staff/StaffChooser';
import { href, useRoute, type SettingsSection } from '../ui/routes';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { Lazy } from './Lazy';
import { homeScreen } from './lazy-screens';
import { Shell } from './Shell';
import { needsWholeSchool, WholeSchoolGate } from '../features/session/WholeSchool';

const meldingenList = () => import('../features/meldingen/MeldingenList').then((m) => m.MeldingenList);
const meldingForm = () => import('../features/meldingen/MeldingForm').then((m) => m.MeldingForm);
const meldingDetail = () => import('../features/meldingen/MeldingDetail').then((m) => m.MeldingDetail);
const settings = () => import('../features/settings/SettingsScreen').then((m) => m.SettingsScreen);
const triage = () => import('../features/triage/TriageScreen').then((m) => m.TriageScreen);
const zakenList = () => import('../features/zaken/ZakenList').then((m) => m.ZakenList);
const zaakScreen = () => import('../features/zaken/ZaakScreen').then((m) => m.ZaakScreen);
const pupil = () => import('../features/pupils/PupilScreen').then((m) => m.PupilScreen);
const quickLog = () => import('../features/playground/QuickLog').then((m) => m.QuickLog);
const hotspots = () => import('../features/playground/HotspotsScreen').then((m) => m.HotspotsScreen);
const mailbox = () => import('../features/mailbox/MailboxScreen').then((m) => m.MailboxScreen);
const esis = () => import('../features/esis/EsisScreen').then((m) => m.EsisScreen);
const transfer = () => import('../features/transfer/TransferScreen').then((m) => m.TransferScreen);
const parentsCopy = () => import('../features/pupils/ParentsCopyScreen').then((m) => m.ParentsCopyScreen);
const prevention = () => import('../features/prevention/PreventionScreen').then((m) => m.PreventionScreen);
const staffSettings = () => import('../features/settings/staff/StaffScreen').then((m) => m.StaffScreen);
const pupilSettings = () => import('../features/settings/pupils/PupilsScreen').then((m) => m.PupilsScreen);
const pupilImport = () => import('../features/settings/import/ImportScreen').then((m) => m.ImportScreen);
const rollover = () => import('../features/settings/pupils/RolloverScreen').then((m) => m.RolloverScreen);
const retention = () => import('../features/settings/retention/RetentionScreen').then((m) => m.RetentionScreen);
const security = () => import('../features/settings/security/SecurityScreen').then((m) => m.SecurityScreen);
const syncSettings = () => import('../features/sync/SyncScreen').then((m) => m.SyncScreen);
const protocolSettings = () => import('../features/settings/protocol/ProtocolScreen').then((m) => m.ProtocolScreen);
const sectionScreens: Record<SettingsSection, () => Promise<ComponentType<{ data: SchoolData }>>> = {
  medewerkers: staffSettings,
  leerlingen: pupilSettings,
  importeren: pupilImport,
  'nieuw-schooljaar': rollover,
  bewaren: retention,
  protocol: protocolSettings,
  beveiliging: security,
  synchronisatie: syncSettings,
};
const yearlyOverview = () => import('../features/overview/YearlyOverview').then((m) => m.YearlyOverview);
const firstStart = () => import('../features/setup/FirstStart').then((m) => m.FirstStart);
const conversation = () => import('../features/conversation/ConversationScreen').then((m) => m.ConversationScreen);

export function Routes({ data: all }: { data: SchoolData }) {
  const route = useRoute();
  const staffId = useUser((s) => s.staffId);
  const settingUp = useUser((s) => s.settingUp);
  const seal = useSeal((s) => s.seal);
  const member = all.staff.find((s) => s.id === staffId);
  // Each person sees what their role needs: every screen below gets only the records of this view.
  const data = useMemo(() => recordsInView(all, member), [all, member]);
  const view = roleView(member, all.staff);
  // Gespreksmodus comes first: whatever the address or whoever unlocked, children see only this.
  const sealedZaak = seal ? all.zaken.find((z) => z.id === seal.zaakId) : undefined;
  if (seal && sealedZaak)
    return (
      <main id="main" class="page page--sealed">
        <Lazy key={`${seal.zaakId}/${seal.stepId}/${seal.round}`} load={conversation} props={{ data: all, id: seal.zaakId, stepId: seal.stepId, round: seal.round }} />
      </main>
    );
  // The sealed zaak is gone from this tablet (removed elsewhere, or by a server): nothing of it to
  // show, and still sealed: the children see a neutral screen, and only the lead's secret leaves it.
  if (seal)
    return (
      <main id="main" class="page page--sealed">
        <div class="gespreksmodus" data-testid="gespreksmodus">
          <h1>Even pauze</h1>
          <p class="lead">Dit gesprek staat nu niet op deze tablet. De leerkracht gaat zo verder.</p>
          <div class="actions gespreksmodus__leave">
            <LeaveGespreksmodus leadStaffId={undefined} onLeave={unseal} />
          </div>
        </div>
      </main>
    );
  // A new school's guided first start asks who holds the tablet as its last step.
  const firstStarting = all.school.firstStart !== undefined;
  if (!staffId && !settingUp && !firstStarting && activeStaff(all.staff).length > 0) return <StaffChooser data={all} />;
  if (route.name !== 'onbekend' && !mayOpen(view, route.name))
    return (
      <Shell data={data} route={route}>
        <h1>Niet voor uw rol</h1>
        <p>
          Dit deel van Kring is voor {mayOpen('leerkracht', route.name) ? 'leerkrachten, de interne vertrouwenspersoon, de IB’er en de directeur' : 'de interne vertrouwenspersoon, de IB’er en de directeur'}.
        </p>
        <p>
          <a href={href({ name: 'home' })}>Terug naar de start</a>
        </p>
      </Shell>
    );
  return (
    <Shell data={data} route={route}>
      {/* A fresh boundary per address: leaving a screen that failed shows the next one normally. */}
      <ErrorBoundary key={window.location.hash}>
        {/* Older records than unlocking opened are opened first where this screen needs them. */}
        <WholeSchoolGate route={route} needed={needsWholeSchool(route, all)}>
          {route.name === 'home' && (firstStarting ? <Lazy load={firstStart} props={{ data: all }} /> : <Lazy load={homeScreen} props={{ data }} />)}
          {route.name === 'meldingen' && <Lazy load={meldingenList} props={{ data }} />}
          {route.name === 'nieuwe-melding' && <Lazy load={meldingForm} props={{ data }} />}
          {route.name === 'melding' && <Lazy key={route.id} load={meldingDetail} props={{ data, id: route.id }} />}
          {route.name === 'beoordelen' && <Lazy key={route.id} load={triage} props={{ data, id: route.id }} />}
          {route.name === 'zaken' && <Lazy load={zakenList} props={{ data }} />}
          {route.name === 'zaak' && <Lazy key={route.id} load={zaakScreen} props={{ data, id: route.id }} />}
          {route.name === 'gesprek' && (
            <Lazy
              key={`${route.id}/${route.stepId}/${route.round}`}
              load={conversation}
              props={{ data, id: route.id, stepId: route.stepId, round: route.round }}
            />
          )}
          {route.name === 'extra-gesprek' && (
            <Lazy
              key={`${route.id}/extra/${route.pupilId}/${route.round}`}
              load={conversation}
              props={{ data, id: route.id, stepId: 'extra', round: route.round, pupilId: route.pupilId }}
            />
          )}
          {route.name === 'inzage' && <Lazy key={route.id} load={parentsCopy} props={{ data, id: route.id }} />}
          {route.name === 'preventie' && <Lazy load={prevention} props={{ data }} />}
          {route.name === 'overdracht' && <Lazy load={transfer} props={{ data }} />}
          {route.name === 'esis' && <Lazy key={route.id} load={esis} props={{ data, id: route.id }} />}
          {route.name === 'leerling' && <Lazy key={route.id} load={pupil} props={{ data, id: route.id }} />}
          {route.name === 'plein' && <Lazy load={quickLog} props={{ data }} />}
          {route.name === 'hotspots' && <Lazy load={hotspots} props={{ data }} />}
          {route.name === 'brievenbus' && <Lazy load={mailbox} props={{ data }} />}
          {route.name === 'jaaroverzicht' && <Lazy load={yearlyOverview} props={{ data }} />}
          {route.name === 'instellingen' && <Lazy load={settings} props={{ data }} />}
          {route.name === 'instelling' && (
            <Lazy key={route.section} load={sectionScreens[route.section]} props={{ data }} />
          )}
          {route.name === 'onbekend' && (
            <>
              <h1>Pagina niet gevonden</h1>
              <p>
                <a href={href({ name: 'home' })}>Terug naar de start</a>
              </p>
            </>
          )}
        </WholeSchoolGate>
      </ErrorBoundary>
    </Shell>
  );
}
