import type { Table } from 'dexie';

/**
 * Moves an item one place up or down among `siblings` (already in order) by swapping
 * positions with its neighbour. Call inside a transaction on `table`.
 */
export async function swapWithNeighbour<T extends { readonly id: string; readonly position: number }>(
  table: Table<T, string>,
  siblings: readonly T[],
  id: string,
  direction: 'up' | 'down',
): Promise<void> {
  const index = siblings.findIndex((item) => item.id === id);
  const item = siblings[index];
  const neighbour = siblings[direction === 'up' ? index - 1 : index + 1];
  if (item === undefined || neighbour === undefined) return;
  await table.update(item.id, (row) => void Object.assign(row, { position: neighbour.position }));
  await table.update(neighbour.id, (row) => void Object.assign(row, { position: item.position }));
}
