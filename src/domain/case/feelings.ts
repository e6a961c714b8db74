/** How a child feels, on five faces (1 very sad … 5 very good), in the words the face scale shows. */
export const FEELINGS = [
  { value: 1, label: 'Heel verdrietig' },
  { value: 2, label: 'Verdrietig' },
  { value: 3, label: 'Gaat wel' },
  { value: 4, label: 'Goed' },
  { value: 5, label: 'Heel goed' },
] as const;

export function feelingWord(value: number): string {
  return FEELINGS.find((f) => f.value === value)?.label ?? String(value);
}
