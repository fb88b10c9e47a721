/** Site-visit screens (visit log, incidents, inventory, seals, photos, printed record): Chinese. */
export const visitsZhCN = {
  'visits.placeholder': '现场走访',
} as const;
