import { Alert, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { VisitAmendment } from '../../../shared/visits/visitAmendment';
import { useT } from '../../app/i18n/useT';
import { useServices } from '../../app/services/servicesContext';
import { formatLocal } from '../../app/time/localDateTime';
import { useCodeText } from '../../app/text/useCodeText';
import { useLive } from '../../data/useLive';
import { useFourEyesBlocker } from './useFourEyesBlocker';
import { useFormatVisitValue } from './useFormatVisitValue';
import { useReviewActions } from './useReviewActions';
import { useTargetLabel } from './useTargetLabel';

/**
 * A pending amendment for the lead: its reason, the exact changes, accept or reject with a note. A lead
 * the four-eyes rule blocks for this visit sees why instead of the decision (the server refuses it too).
 */
export function AmendmentDecision({ amendment }: { amendment: VisitAmendment }) {
  const t = useT();
  const actions = useReviewActions();
  const targetLabel = useTargetLabel();
  const format = useFormatVisitValue();
  const [comment, setComment] = useState('');
  const { repos } = useServices();
  const visit = useLive(() => repos.visits.get(amendment.visitId), [repos, amendment.visitId]);
  const fourEyes = useFourEyesBlocker(visit);
  const codeText = useCodeText();
  return (
    <Paper withBorder p="sm" data-testid="amendment-decision">
      <Stack gap="xs">
        <Text fw={600}>{t('amendment.title')}</Text>
        <Text size="sm">
          {t('amendment.entry', { date: formatLocal(amendment.openedAt), reason: amendment.reason })}
        </Text>
        {Object.entries(amendment.changes).map(([path, c]) => (
          <Text key={path} size="sm" data-testid="amendment-change">
            {t('amendment.changeLine', {
              field: targetLabel(path.split('.')[0]!),
              from: format(path, c.from),
              to: format(path, c.to),
            })}
          </Text>
        ))}
        {fourEyes !== null ? (
          <Alert color="yellow" data-testid="amendment-four-eyes">
            {codeText(fourEyes)}
          </Alert>
        ) : (
          <>
            <Textarea
              label={t('amendment.comment')}
              value={comment}
              autosize
              minRows={1}
              onChange={(e) => setComment(e.currentTarget.value)}
            />
            <Group>
              <Button
                color="teal"
                onClick={() => void actions.decideAmendment(amendment.id, 'accepted', comment)}
                data-testid="accept-amendment"
              >
                {t('amendment.accept')}
              </Button>
              <Button
                variant="default"
                onClick={() => void actions.decideAmendment(amendment.id, 'rejected', comment)}
                data-testid="reject-amendment"
              >
                {t('amendment.reject')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}
