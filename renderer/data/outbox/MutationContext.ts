/** Who is writing, on which device: stamped on every outbox mutation. */
export type MutationContext = {
  userId: string;
  deviceId: string;
};
