import {
  Alert,
  Anchor,
  Button,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { IconArrowLeft, IconInfoCircle } from '@tabler/icons-react';
import { Link, useNavigate, useParams } from 'react-router';
import { useT } from '../../app/i18n/useT';
import type { MessageKey } from '../../app/i18n/zhCN';
import { ConflictChoices } from '../../components/conflicts/ConflictChoices';
import { ConflictSideCard } from '../../components/conflicts/ConflictSideCard';
import { ConflictValueInput, type ConflictInputKind } from '../../components/conflicts/ConflictValueInput';
import { DisputedBadge } from '../../components/conflicts/DisputedBadge';
import type { ConflictEditor } from './conflictEditor';
import { useCanResolveConflicts } from './useCanResolveConflicts';
import { recordPath } from './recordPath';
import { useConflictView, type ConflictView } from './useConflictView';
import { useResolveConflict } from './useResolveConflict';

/** The conflict resolution screen (`/conflicts/:conflictId`). */
export function ConflictPage() {
  const { conflictId = '' } = useParams();
  const t = useT();
  const view = useConflictView(conflictId);
  const canResolve = useCanResolveConflicts();
  if (view === undefined || canResolve === undefined) return <Loader />;
  if (view === null) {
    return (
      <Stack>
        <Title order={1} size="h3">
          {t('conflicts.title')}
        </Title>
        <Text data-testid="conflict-not-found">{t('conflicts.notFound')}</Text>
        <Anchor component={Link} to="/sync">
          {t('nav.sync')}
        </Anchor>
      </Stack>
    );
  }
  return <ConflictScreen key={view.conflict.id} view={view} canResolve={canResolve} />;
}

function ConflictScreen({ view, canResolve }: { view: ConflictView; canResolve: boolean }) {
  const t = useT();
  const navigate = useNavigate();
  const { conflict } = view;
  const back = recordPath(conflict);
  const form = useResolveConflict(conflict, () => navigate(back));
  const isDeletion = conflict.kind === 'delete_vs_edit';
  const entityName = t(`entity.${conflict.entity}`);

  return (
    <Stack gap="md" maw={1200} data-testid="conflict-view">
      <Anchor component={Link} to={back} size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} />
          {t('conflicts.back')}
        </Group>
      </Anchor>
      <Stack gap={4}>
        <Group gap="sm">
          <Title order={1} size="h2">
            {t('conflicts.title')}
          </Title>
          <DisputedBadge label={t('conflicts.disputed')} detail={view.fieldName} />
        </Group>
        <Text c="dimmed" size="sm" data-testid="conflict-record">
          {view.caseNumber ? `${t('conflicts.ofCase', { caseNumber: view.caseNumber })} · ` : ''}
          {t('conflicts.record', { entity: entityName, field: view.fieldName })}
        </Text>
      </Stack>
      <Text size="sm">{t(canResolve ? 'conflicts.intro' : 'conflicts.introOfficer')}</Text>
      {!canResolve && (
        <Alert color="blue" variant="light" icon={<IconInfoCircle />} data-testid="conflict-officer-note">
          {t('conflicts.officerNote')}
        </Alert>
      )}
      {isDeletion && (
        <Alert color="orange" variant="light">
          {t('conflicts.deletionNote')}
        </Alert>
      )}
      {canResolve ? (
        <ConflictChoices
          sides={view}
          labels={{
            legend: t('conflicts.choice.legend'),
            mine: t('conflicts.choice.mine'),
            theirs: t('conflicts.choice.theirs'),
            edited: t('conflicts.choice.edited'),
            editedHint: t('conflicts.choice.editedHint'),
          }}
          value={form.choice}
          onChange={form.setChoice}
          isEditable={!isDeletion}
          error={form.errors.choice}
        />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <ConflictSideCard side={view.base} testId="conflict-base" />
          <ConflictSideCard side={view.mine} testId="conflict-mine-side" />
          <ConflictSideCard side={view.theirs} testId="conflict-theirs-side" />
        </SimpleGrid>
      )}
      {canResolve && form.choice === 'edited' && (
        <ConflictValueInput
          input={inputKind(form.editor, t)}
          label={t('conflicts.edit.label', { field: view.fieldName })}
          description={
            form.editor.kind === 'json'
              ? t('conflicts.edit.jsonHint')
              : form.editor.kind === 'money'
                ? t('conflicts.edit.moneyHint')
                : undefined
          }
          text={form.editedText}
          error={form.errors.edited}
          onChange={form.setEditedText}
        />
      )}
      {canResolve && (
        <>
          <Textarea
            label={t('conflicts.reason.label')}
            placeholder={t('conflicts.reason.placeholder')}
            withAsterisk
            autosize
            minRows={2}
            maxRows={8}
            value={form.reason}
            onChange={(e) => form.setReason(e.currentTarget.value)}
            onKeyDown={getHotkeyHandler([['mod+Enter', () => void form.submit()]])}
            error={form.errors.reason}
            data-testid="conflict-reason"
          />
          <Group>
            <Button onClick={() => void form.submit()} loading={form.isSaving} data-testid="conflict-confirm">
              {t('conflicts.confirm')}
            </Button>
            <Button variant="default" component={Link} to={back}>
              {t('conflicts.cancel')}
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}

/** The presentational input for an editor kind, with coded values named in the user's language. */
function inputKind(editor: ConflictEditor, t: (key: MessageKey) => string): ConflictInputKind {
  if (editor.kind !== 'choice') return editor;
  return {
    kind: 'choice',
    options: editor.options.map((v) => ({
      value: v,
      label: t(`${editor.catalogPrefix}.${v}` as MessageKey),
    })),
  };
}
