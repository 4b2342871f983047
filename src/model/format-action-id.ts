/**
 * The readable id of a resolution: `<body>-<date>-m<minute>`, with `-<n>` (1-based) when the item has
 * more than one resolution, e.g. board-2019-03-14-m64 or board-2019-03-14-m68b-1.
 */
export function formatActionId(bodyId: string, date: string, minute: string, index: number, count: number): string {
  const base = `${bodyId}-${date}-m${minute}`;
  return count === 1 ? base : `${base}-${index}`;
}
