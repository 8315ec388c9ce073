/** Outreach ids grouped by their store (tenant statements are bound to one store). */
export function idsByStore(rows: { id: string; store_id: string }[]): Map<string, string[]> {
  const byStore = new Map<string, string[]>();
  for (const row of rows) byStore.set(row.store_id, [...(byStore.get(row.store_id) ?? []), row.id]);
  return byStore;
}
