import { Button, Group, Text } from '@mantine/core';
import { IconCurrentLocation } from '@tabler/icons-react';
import { useState } from 'react';
import { useT } from '../../../app/i18n/useT';
import { AutosavedTextField } from '../AutosavedTextField';
import { useGeolocation } from '../useGeolocation';
import { coordinatesFromText } from '../visitFormValues';
import type { VisitLogSectionProps } from './VisitLogSectionProps';

/** Where the visit took place: the address, and coordinates typed or taken from the device. */
export function VisitPlaceSection({ visit, queue, flush, note, warningsAt }: VisitLogSectionProps) {
  const t = useT();
  const [lat, setLat] = useState(visit.coordinates ? String(visit.coordinates.lat) : '');
  const [lng, setLng] = useState(visit.coordinates ? String(visit.coordinates.lng) : '');
  const [accuracy, setAccuracy] = useState(visit.coordinates?.accuracyM);
  const [coordinatesError, setCoordinatesError] = useState<string | undefined>();
  const geolocation = useGeolocation();
  const blur = () => void flush();

  function changeCoordinates(nextLat: string, nextLng: string) {
    setLat(nextLat);
    setLng(nextLng);
    setAccuracy(undefined);
    const parsed = coordinatesFromText(nextLat, nextLng);
    if (!parsed.ok) return setCoordinatesError(t('visits.log.coordinatesInvalid'));
    setCoordinatesError(undefined);
    queue({ coordinates: parsed.value });
  }

  async function locate() {
    const fix = await geolocation.locate();
    if (!fix) return;
    setLat(String(fix.lat));
    setLng(String(fix.lng));
    setAccuracy(fix.accuracyM);
    setCoordinatesError(undefined);
    queue({ coordinates: fix });
    void flush();
  }

  return (
    <>
      <AutosavedTextField
        label={t('visits.log.address')}
        description={t('visits.log.addressHint')}
        defaultValue={visit.address}
        onChange={(address) => queue({ address })}
        onBlur={blur}
        data-testid="visit-address"
      />
      {note('address', 'coordinates')}
      <Group gap="xs" align="flex-end">
        <AutosavedTextField
          label={t('visits.log.latitude')}
          value={lat}
          onChange={(text) => changeCoordinates(text, lng)}
          onBlur={blur}
          error={coordinatesError}
          w={160}
          data-testid="visit-lat"
        />
        <AutosavedTextField
          label={t('visits.log.longitude')}
          value={lng}
          onChange={(text) => changeCoordinates(lat, text)}
          onBlur={blur}
          w={160}
          data-testid="visit-lng"
        />
        <Button
          variant="light"
          leftSection={<IconCurrentLocation size={16} />}
          onClick={() => void locate()}
          loading={geolocation.isLocating}
          disabled={!geolocation.isAvailable}
        >
          {t('visits.log.locate')}
        </Button>
        <Text size="xs" c="dimmed" pb={8}>
          {geolocation.failure
            ? t(geolocation.failure)
            : accuracy !== undefined
              ? t('visits.log.accuracy', { metres: Math.round(accuracy) })
              : visit.coordinates
                ? t(visit.coordinates.source === 'device' ? 'visits.log.fromDevice' : 'visits.log.typed')
                : ''}
        </Text>
      </Group>
      {warningsAt('coordinates').map((w) => (
        <Text key={w} size="sm" c="orange">
          {w}
        </Text>
      ))}
    </>
  );
}
