// How a name seen only in text is written as an entity name: upper-case surnames of the Council's
// tables become title case (`Bernard QUINTIN` -> `Bernard Quintin`, `ABE'E` -> `Abe'e`).
export function displayName(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim().split(/(\s|-)/).map((part) => {
    if (part.length < 2 || part !== part.toUpperCase() || part === part.toLowerCase()) return part;
    return part[0] + part.slice(1).toLowerCase();
  }).join('');
}
