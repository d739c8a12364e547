/** A chat's id: its title in lower-case ASCII words joined by "-", safe in any URL and file system. */
export function slug(title: string): string {
  const ascii = title.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  return ascii.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60).replace(/-+$/, "") || "chat";
}

/** Slugs for the titles, in order, made unique by a counter: "family", "family-2", … */
export function uniqueSlugs(titles: readonly string[]): string[] {
  const taken = new Set<string>();
  return titles.map((title) => {
    const base = slug(title);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  });
}
