import { Checkbox, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { VisitSignature } from '../../../../shared/visits/visit';
import { useT } from '../../../app/i18n/useT';
import { AutosavedTextField } from '../AutosavedTextField';
import type { VisitLogSectionProps } from './VisitLogSectionProps';

type Props = VisitLogSectionProps & { isReadOnly: boolean };

/** Who signed the record for the respondent, or that they refused to sign and how. */
export function VisitSignatureSection({ visit, queue, flush, note, warningsAt, isReadOnly }: Props) {
  const t = useT();
  const [signature, setSignature] = useState<VisitSignature>(visit.signature);
  const blur = () => void flush();

  function changeSignature(next: VisitSignature) {
    setSignature(next);
    queue({ signature: next });
  }

  return (
    <Paper withBorder p="sm" bg="gray.0">
      <Text size="sm" fw={500} mb={6}>
        {t('visits.signature.title')}
      </Text>
      <Group align="flex-start" grow>
        <AutosavedTextField
          label={t('visits.signature.signedBy')}
          value={signature.signedBy ?? ''}
          disabled={isReadOnly || signature.refusedToSign}
          onChange={(text) => changeSignature({ ...signature, signedBy: text.trim() === '' ? null : text })}
          onBlur={blur}
          data-testid="visit-signed-by"
        />
        <Stack gap={6}>
          <Checkbox
            label={t('visits.signature.refused')}
            checked={signature.refusedToSign}
            onChange={(e) => {
              changeSignature({ ...signature, refusedToSign: e.currentTarget.checked, signedBy: null });
              void flush();
            }}
            data-testid="visit-refused"
          />
          {signature.refusedToSign && (
            <AutosavedTextField
              label={t('visits.signature.refusalNote')}
              minRows={2}
              value={signature.refusalNote}
              onChange={(refusalNote) => changeSignature({ ...signature, refusalNote })}
              onBlur={blur}
              data-testid="visit-refusal-note"
            />
          )}
        </Stack>
      </Group>
      {note('signature')}
      {[...warningsAt('signature'), ...warningsAt('signature.refusalNote')].map((w) => (
        <Text key={w} size="sm" c="orange" mt={4}>
          {w}
        </Text>
      ))}
    </Paper>
  );
}
