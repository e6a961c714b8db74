import type { SchoolData } from '../../data/school-data';
import { href } from '../../ui/routes';
import { mayOpen, useRoleView } from '../session/role-access';
import { pupilWithGroup } from '../zaken/zaak-names';

/**
 * A way to what was recorded before about the children of a melding: their pages hold every earlier
 * melding, zaak and incident (earlier school years included), which judging "telkens opnieuw?" needs.
 */
export function PupilHistoryLinks({ data, pupilIds }: { data: SchoolData; pupilIds: readonly string[] }) {
  const view = useRoleView(data);
  const known = pupilIds.filter((id) => data.pupils.some((p) => p.id === id));
  if (!mayOpen(view, 'leerling') || known.length === 0) return null;
  return (
    <p class="history-links">
      Wat eerder is vastgelegd over{' '}
      {known.map((id, i) => (
        <span key={id}>
          {i > 0 && (i === known.length - 1 ? ' en ' : ', ')}
          <a href={href({ name: 'leerling', id })}>{pupilWithGroup(data, id)}</a>
        </span>
      ))}
    </p>
  );
}
