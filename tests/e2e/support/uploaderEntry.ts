/**
 * What blobs.spec.ts bundles into the page: the app's uploader and the court connection it sends through,
 * exactly as the app ships them.
 */
export { uploadBlob } from '../../../renderer/sync/blobs/uploadBlob';
export { createCourtConnection } from '../../../renderer/sync/court/createCourtConnection';
