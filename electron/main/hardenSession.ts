import { isPermissionGranted, type PermissionDetails } from './isPermissionGranted';

/** The part of Electron's `Session` this module uses (tests pass a double of it). */
export type SessionToHarden = {
  setPermissionRequestHandler(
    handler: (
      webContents: unknown,
      permission: string,
      callback: (isGranted: boolean) => void,
      details: { requestingUrl?: string } & PermissionDetails,
    ) => void,
  ): void;
  setPermissionCheckHandler(
    handler: (
      webContents: unknown,
      permission: string,
      requestingOrigin: string,
      details: PermissionDetails,
    ) => boolean,
  ): void;
};

/**
 * Answers permission requests and checks with the deny-by-default policy of isPermissionGranted. Without
 * these handlers Electron grants every permission a page asks for (Electron security checklist, item 5).
 */
export function hardenSession(session: SessionToHarden): void {
  session.setPermissionRequestHandler((_webContents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl, details));
  });
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin, details) =>
    isPermissionGranted(permission, requestingOrigin, details ?? {}),
  );
}
