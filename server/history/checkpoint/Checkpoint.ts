// The checkpoint and what its signature covers are shared with the app, which checks both (docs/security.md).
export { checkpointSchema, checkpointStatement, type Checkpoint } from '../../../shared/sync/signedHead';
