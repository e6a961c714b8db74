import { newPassphraseProblems, prepareStrengthCheck } from '../../passphrase/passphrase-strength';
import { requireData } from '../../session/school-store';
import { useState } from 'preact/hooks';
import { WrongKeyError } from '../../../data/crypto/cipher';
import { dutchMessage } from '../../../data/errors';
import { giveOwnPassphrase } from '../../../data/staff';
import { clock } from '../../../domain/clock';
import type { StaffMember } from '../../../domain/staff';
import { Outcome } from '../../../ui/Outcome';
import { TextField } from '../../../ui/TextField';

/**
 * A staff member's own passphrase, as an extra key slot. Whoever sets it types a passphrase that already
 * opens Kring: the data key in memory cannot be exported, and a passer-by at an unlocked tablet should not
 * be able to give themselves a way in.
 */
export function OwnPassphraseForm({ member, onDone }: { member: StaffMember; onDone: () => void }) {
  const prefix = `own-${member.id}`;
  const [current, setCurrent] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<{ current?: string; passphrase?: string; repeat?: string; _?: string }>({});
  const [busy, setBusy] = useState(false);

  async function save(event: Event) {
    event.preventDefault();
    if (!current) return setErrors({ current: 'Vul het wachtwoord in waarmee u Kring opende.' });
    if (passphrase === current) return setErrors({ passphrase: 'Kies een ander wachtwoord dan het uwe.' });
    const problems = await newPassphraseProblems(passphrase, repeat, [member.name, requireData().school.name]);
    if (problems.passphrase || problems.repeat) return setErrors(problems);
    setBusy(true);
    try {
      await giveOwnPassphrase(current, member.id, passphrase, clock.now());
      onDone();
    } catch (error) {
      setErrors(error instanceof WrongKeyError ? { current: 'Dit wachtwoord klopt niet. Er is niets gewijzigd.' } : { _: dutchMessage(error) });
      setBusy(false);
    }
  }

  return (
    <form class="own-passphrase" onSubmit={(e) => void save(e)} noValidate>
      <p>
        Met een eigen wachtwoord opent {member.name} Kring zelf, en staat wat {member.name} vastlegt op die naam. Geef het
        wachtwoord persoonlijk door.
      </p>
      <TextField id={`${prefix}-current`} label="Uw wachtwoord (ter bevestiging)" type="password" value={current} onInput={setCurrent} error={errors.current} autoComplete="off" />
      <TextField id={`${prefix}-new`} label={`Nieuw wachtwoord voor ${member.name}`} type="password" value={passphrase} onInput={setPassphrase} error={errors.passphrase} autoComplete="new-password" hint="Minstens 10 tekens; een zin van vier woorden die niet bij elkaar horen is sterk en makkelijk te onthouden." onFocus={() => void prepareStrengthCheck()} />
      <TextField id={`${prefix}-repeat`} label="Nieuw wachtwoord nogmaals" type="password" value={repeat} onInput={setRepeat} error={errors.repeat} autoComplete="new-password" />
      <Outcome error={errors._} />
      <button type="submit" class="button button--primary" disabled={busy}>
        {busy ? 'Bezig…' : 'Eigen wachtwoord opslaan'}
      </button>
    </form>
  );
}
