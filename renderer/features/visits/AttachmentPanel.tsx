import { Button, FileButton, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { IconCamera, IconPaperclip } from '@tabler/icons-react';
import { memo, useState, type DragEvent } from 'react';
import {
  ATTACHMENT_EXTENSIONS,
  ATTACHMENT_MEDIA_TYPE_LIST,
} from '../../../shared/media/attachmentMediaTypes';
import type { Attachment } from '../../../shared/visits/attachment';
import type { Visit } from '../../../shared/visits/visit';
import { useT } from '../../app/i18n/useT';
import { formatLocal } from '../../app/time/localDateTime';
import { AttachmentGrid } from '../../components/visits/AttachmentGrid';
import { AttachmentViewer, type AttachmentViewerContent } from '../../components/visits/AttachmentViewer';
import type { OpenedAttachment } from '../../sync/blobs/openAttachmentBytes';
import { useAttachmentActions, type AttachmentLink } from './useAttachmentActions';

/** A place a new attachment can be linked to, with its label. */
export type LinkChoice = AttachmentLink & { label: string };

type Props = {
  visit: Visit;
  /** The attachments to show (the whole visit's, or one incident's). */
  attachments: readonly Attachment[];
  /** Where new files go; the first is the default. One choice = no selector. */
  choices: readonly LinkChoice[];
  isReadOnly: boolean;
  title?: string;
  testId: string;
};

/**
 * The allowlist itself, by type and by extension (Chromium knows no type for `.ofd`, and some systems
 * give recorder files none): a hint to the picker only — every file is checked by its bytes at capture.
 */
const ACCEPT = [...ATTACHMENT_MEDIA_TYPE_LIST, ...ATTACHMENT_EXTENSIONS].join(',');

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Photos and files: choose from disk, drop them here, or take a photo where the platform has a camera
 * (`capture` opens it on tablets; elsewhere it is a plain file chooser). Each file is hashed, thumbnailed
 * and stored before its record appears.
 */
export const AttachmentPanel = memo(function AttachmentPanel({
  visit,
  attachments,
  choices,
  isReadOnly,
  title,
  testId,
}: Props) {
  const t = useT();
  const actions = useAttachmentActions();
  const [target, setTarget] = useState(0);
  const [isBusy, setBusy] = useState(false);
  const [isOver, setOver] = useState(false);
  const [viewing, setViewing] = useState<{ attachment: Attachment; opened: OpenedAttachment | null } | null>(
    null,
  );
  const link = choices[Math.min(target, choices.length - 1)];

  async function attach(files: readonly File[]) {
    if (!link || files.length === 0 || isReadOnly) return;
    setBusy(true);
    await actions.attach(visit, link, files);
    setBusy(false);
  }

  function onDrop(e: DragEvent) {
    e.preventDefault();
    setOver(false);
    void attach([...e.dataTransfer.files]);
  }

  async function open(id: string) {
    const a = attachments.find((x) => x.id === id);
    if (!a) return;
    setViewing({ attachment: a, opened: null });
    const opened = await actions.open(a);
    // Only if the officer has not closed it or opened another meanwhile.
    setViewing((current) => (current?.attachment.id === a.id ? { attachment: a, opened } : current));
  }

  function viewerContent(opened: OpenedAttachment | null): AttachmentViewerContent {
    if (opened === null) return { status: 'loading' };
    switch (opened.status) {
      case 'notUploaded':
        return { status: 'message', text: t('visits.photos.notUploaded') };
      case 'unavailable':
        return { status: 'message', text: t('visits.photos.notOnDevice') };
      case 'refused':
        return { status: 'refused', text: t('attachments.viewer.refused') };
      case 'ready':
        return { status: 'ready', blob: opened.blob, mediaType: opened.mediaType };
    }
  }

  const captionOf = (a: Attachment) =>
    [
      formatSize(a.size),
      `${a.capturedAtSource ? `${t(`attachments.capture.${a.capturedAtSource}`)} ` : ''}${formatLocal(a.capturedAt)}`,
      a.mediaType,
    ].join(' · ');

  const labelOf = (a: Attachment) =>
    choices.find((c) => c.entity === a.entity && c.entityId === a.entityId)?.label ??
    t(`visits.photos.link.${a.entity}`);

  return (
    <Paper
      withBorder
      p="sm"
      data-testid={testId}
      onDragOver={(e) => {
        if (isReadOnly) return;
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      style={isOver ? { outline: '2px dashed var(--mantine-color-indigo-5)' } : undefined}
    >
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={title ? 5 : 6}>{title ?? t('visits.photos.incidentTitle')}</Title>
          {!isReadOnly && (
            <Group gap="xs">
              {choices.length > 1 && (
                <Select
                  size="xs"
                  w={240}
                  aria-label={t('visits.photos.linkTo')}
                  value={String(target)}
                  allowDeselect={false}
                  searchable
                  data={choices.map((c, i) => ({ value: String(i), label: c.label }))}
                  onChange={(v) => setTarget(Number(v ?? 0))}
                  data-testid={`${testId}-link`}
                />
              )}
              <FileButton onChange={(files) => void attach(files)} accept={ACCEPT} multiple>
                {(props) => (
                  <Button
                    {...props}
                    size="xs"
                    variant="light"
                    leftSection={<IconPaperclip size={14} />}
                    loading={isBusy}
                    data-testid={`${testId}-choose`}
                  >
                    {t('visits.photos.choose')}
                  </Button>
                )}
              </FileButton>
              <FileButton
                onChange={(files) => void attach(files)}
                accept="image/*"
                multiple
                inputProps={{ capture: 'environment' }}
              >
                {(props) => (
                  <Button
                    {...props}
                    size="xs"
                    variant="light"
                    leftSection={<IconCamera size={14} />}
                    loading={isBusy}
                  >
                    {t('visits.photos.camera')}
                  </Button>
                )}
              </FileButton>
            </Group>
          )}
        </Group>
        {!isReadOnly && (
          <Text size="xs" c="dimmed">
            {t('visits.photos.dropHint')}
          </Text>
        )}
        <AttachmentGrid
          tiles={attachments.map((a) => ({
            id: a.id,
            fileName: a.fileName,
            thumbnail: a.thumbnail,
            caption: `${formatSize(a.size)} · ${formatLocal(a.capturedAt)}`,
            linkLabel: labelOf(a),
            sha256: a.sha256,
          }))}
          emptyText={t('visits.photos.none')}
          onOpen={(id) => void open(id)}
        />
      </Stack>
      <AttachmentViewer
        fileName={viewing?.attachment.fileName ?? null}
        caption={viewing ? captionOf(viewing.attachment) : ''}
        content={viewerContent(viewing?.opened ?? null)}
        texts={{ loading: t('attachments.viewer.loading'), save: t('attachments.viewer.save') }}
        saveText={(reason, format) =>
          reason === 'cannotPlay' || reason === 'cannotShow'
            ? t(`attachments.viewer.${reason}`, { format })
            : t(`attachments.viewer.${reason}`)
        }
        onSave={() => viewing?.opened && actions.save(viewing.attachment.fileName, viewing.opened)}
        onClose={() => setViewing(null)}
      />
    </Paper>
  );
});
