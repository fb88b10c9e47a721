import { useState } from 'react';
import type { Coordinates } from '../../../shared/visits/coordinates';

type Failure = 'visits.log.locateDenied' | 'visits.log.locateFailed';

/** How long to wait for a fix: at a remote plant without network a GPS fix may take a while, or never come. */
const TIMEOUT_MS = 20_000;

/**
 * The device's position, when the platform has one (`navigator.geolocation`). A failure is reported and the
 * officer types the coordinates instead; nothing waits on it.
 */
export function useGeolocation() {
  const [isLocating, setLocating] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const isAvailable = typeof navigator !== 'undefined' && 'geolocation' in navigator;

  function locate(): Promise<Coordinates | null> {
    if (!isAvailable) return Promise.resolve(null);
    setLocating(true);
    setFailure(null);
    return new Promise((resolve) => {
      navigator.geolocation.getCurrentPosition(
        (pos) => {
          setLocating(false);
          resolve({
            lat: pos.coords.latitude,
            lng: pos.coords.longitude,
            accuracyM: pos.coords.accuracy,
            source: 'device',
          });
        },
        (error) => {
          setLocating(false);
          setFailure(
            error.code === error.PERMISSION_DENIED ? 'visits.log.locateDenied' : 'visits.log.locateFailed',
          );
          resolve(null);
        },
        { enableHighAccuracy: true, timeout: TIMEOUT_MS, maximumAge: 60_000 },
      );
    });
  }

  return { isAvailable, isLocating, failure, locate };
}
