/** The ids of a list of labelled choices, as the non-empty tuple z.enum wants: one list, no copy. */
export function idsOf<const T extends readonly { id: string }[]>(choices: T): [T[number]['id'], ...T[number]['id'][]] {
  return choices.map((c) => c.id) as [T[number]['id'], ...T[number]['id'][]];
}
