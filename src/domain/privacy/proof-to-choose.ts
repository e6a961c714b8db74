import type { StaffMember } from '../staff';
import { seesAll } from './role-view';

/**
 * What a person proves when they pick their name on "Wie gebruikt deze tablet?" after the tablet was
 * opened with the school's shared passphrase (or after "wissel"):
 * - a colleague with an own passphrase: that passphrase, and nothing else. Their name is theirs to use;
 * - the IVP, the IB'er and the directeur, who see everything: the school's passphrase typed again
 *   (a child or a passer-by at a tablet left open does not know it);
 * - everyone else: a tap. Their view holds only their own groups' records, and what they record
 *   stands in their name.
 */
export type ProofToChoose = 'none' | 'own' | 'school';

export function proofToChoose(member: Pick<StaffMember, 'roles'>, hasOwnPassphrase: boolean): ProofToChoose {
  if (hasOwnPassphrase) return 'own';
  return seesAll(member) ? 'school' : 'none';
}
