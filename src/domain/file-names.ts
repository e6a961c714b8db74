/** A school's name as part of a file name: plain letters and digits, dashes between ("basisschool-de-linde"). */
export function fileSlug(school: string): string {
  const slug = school
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return slug || 'school';
}
