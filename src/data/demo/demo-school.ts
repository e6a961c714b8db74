import type { Melding, ReporterKind } from '../../domain/melding';
import type { Group, Pupil } from '../../domain/pupils';
import type { StaffMember } from '../../domain/staff';
import { addDays, isoDay } from '../../domain/dates';
import { demoFirstNames, demoStaffNames, demoSurnames } from './demo-names';
import { buildDemoZaak } from './demo-zaak';
import { buildDemoIncidents } from './demo-incidents';
import type { Incident } from '../../domain/incidents/incident';
import type { Zaak } from '../../domain/case/zaak';

/** A fictional school with about 200 pupils in 8 groups, its staff and a handful of meldingen. */
export interface DemoSchool {
  groups: Group[];
  pupils: Pupil[];
  staff: StaffMember[];
  meldingen: Melding[];
  zaken: Zaak[];
  incidents: Incident[];
}

const PUPILS_PER_GROUP = 25;

/** A small seeded generator, so the demo is the same on every tablet and in every test. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function buildDemoSchool(now: Date): DemoSchool {
  const random = seededRandom(2026);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

  const groups: Group[] = Array.from({ length: 8 }, (_, i) => ({ id: `groep-${i + 1}`, name: `Groep ${i + 1}`, order: i + 1 }));

  const seen = new Set<string>();
  const pupils: Pupil[] = [];
  for (const group of groups) {
    for (let n = 0; n < PUPILS_PER_GROUP; n++) {
      let firstName: string;
      let lastName: string;
      do {
        firstName = pick(demoFirstNames);
        lastName = pick(demoSurnames);
      } while (seen.has(`${firstName} ${lastName}`));
      seen.add(`${firstName} ${lastName}`);
      pupils.push({ id: `demo-lln-${pupils.length + 1}`, firstName, lastName, groupId: group.id });
    }
  }

  const staff: StaffMember[] = [
    ...demoStaffNames.teachers.map((name, i) => ({
      id: `demo-lkr-${i + 1}`,
      name,
      // The teacher of groep 6 (index 5), who leads the demo zaak, is also an IVP (as at many schools), so the
      // demo shows everything; any other teacher, or the surveillant, shows a role's own view.
      roles: i === 5 ? ['leerkracht' as const, 'ivp' as const, 'surveillant' as const] : ['leerkracht' as const, 'surveillant' as const],
      groupIds: [groups[i]!.id],
    })),
    ...demoStaffNames.ivps.map((name, i) => ({ id: `demo-ivp-${i + 1}`, name, roles: ['ivp' as const], groupIds: [] })),
    { id: 'demo-ib', name: demoStaffNames.ib, roles: ['ib'], groupIds: [] },
    { id: 'demo-dir', name: demoStaffNames.directeur, roles: ['directeur'], groupIds: [] },
    { id: 'demo-surv', name: demoStaffNames.surveillant, roles: ['surveillant'], groupIds: [] },
  ];

  const today = isoDay(now);
  const inGroup = (groupNumber: number, index: number) => pupils[(groupNumber - 1) * PUPILS_PER_GROUP + index]!.id;
  const samples: { daysAgo: number; reporterKind: ReporterKind; pupilIds: string[]; description: string; location: string }[] = [
    {
      daysAgo: 1,
      reporterKind: 'surveillant',
      pupilIds: [inGroup(6, 3), inGroup(6, 7)],
      description: 'Tijdens de pauze werd een kind steeds buitengesloten bij het voetballen; de anderen lachten erom.',
      location: 'Schoolplein, voetbalveldje',
    },
    {
      daysAgo: 2,
      reporterKind: 'blauwe-brievenbus',
      pupilIds: [inGroup(5, 11)],
      description: 'Briefje uit de blauwe brievenbus: “Ze zeggen elke dag gemene dingen over mijn kleren.” Niet ondertekend.',
      location: '',
    },
    {
      daysAgo: 4,
      reporterKind: 'ouder',
      pupilIds: [inGroup(7, 2)],
      description: 'Moeder vertelt dat haar kind niet meer naar school wil; in de groepsapp worden berichten over hem gedeeld.',
      location: 'Online, groepsapp van de klas',
    },
    {
      daysAgo: 6,
      reporterKind: 'leerling-zelf',
      pupilIds: [inGroup(4, 15)],
      description: 'Leerling zegt dat twee kinderen uit groep 5 zijn tas afpakken bij het hek.',
      location: 'Bij het hek, na schooltijd',
    },
    {
      daysAgo: 9,
      reporterKind: 'klasgenoot',
      pupilIds: [inGroup(8, 20), inGroup(8, 21)],
      description: 'Klasgenoot ziet dat een meisje bij het groepswerk steeds wordt genegeerd.',
      location: 'Klaslokaal groep 8',
    },
    {
      daysAgo: 12,
      reporterKind: 'personeel',
      pupilIds: [inGroup(3, 8)],
      description: 'Duwen bij de rij voor de gymzaal; lijkt over en weer te gaan, eerst beoordelen.',
      location: 'Gang bij de gymzaal',
    },
  ];
  const meldingen: Melding[] = samples.map((s, i) => {
    const day = addDays(today, -s.daysAgo);
    const at = new Date(`${day}T10:${String(10 + i).padStart(2, '0')}:00`).toISOString();
    return {
      id: `demo-melding-${i + 1}`,
      status: 'nieuw',
      reporterKind: s.reporterKind,
      reporterName: '',
      pupilIds: s.pupilIds,
      description: s.description,
      occurredOn: day,
      location: s.location,
      createdAt: at,
      updatedAt: at,
    };
  });

  // The first melding (groep 6, buitengesloten bij het voetballen) already has a zaak under way.
  const groep6 = pupils.filter((p) => p.groupId === 'groep-6');
  const { melding: triaged, zaak } = buildDemoZaak(meldingen[0]!, groep6, now);
  meldingen[0] = triaged;
  return { groups, pupils, staff, meldingen, zaken: [zaak], incidents: buildDemoIncidents(pupils, now) };
}
