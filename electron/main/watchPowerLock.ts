import type { PowerLockEvent } from '../../shared/ipc/schemas';

/** The part of Electron's `powerMonitor` used here (tests pass an EventEmitter). */
export type PowerMonitorLike = { on(event: 'suspend' | 'lock-screen', listener: () => void): unknown };

/**
 * Asks the app to lock when the machine goes to sleep (closing the lid suspends it) or the OS session is
 * locked: whoever opens the laptop next must give the officer's password again.
 */
export function watchPowerLock(powerMonitor: PowerMonitorLike, send: (event: PowerLockEvent) => void): void {
  powerMonitor.on('suspend', () => send({ reason: 'suspend' }));
  powerMonitor.on('lock-screen', () => send({ reason: 'lock-screen' }));
}
