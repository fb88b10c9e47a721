/** Who wrote a field value (or a deletion): the device, the user, the mutation. Null for admin imports. */
export type Writer = { deviceId: string | null; userId: string | null; mutationId: string | null };
