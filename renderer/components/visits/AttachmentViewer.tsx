import { Alert, Button, Group, Image, Loader, Modal, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { viewerModeOf, type CanPlay, type ViewerMode } from './viewerModeOf';

/** What the viewer has to show: still loading, a message (bytes not here), the checked bytes, or a refusal. */
export type AttachmentViewerContent =
  | { status: 'loading' }
  | { status: 'message'; text: string }
  | { status: 'ready'; blob: Blob; mediaType: string }
  | { status: 'refused'; text: string };

type SaveReason = Extract<ViewerMode, { mode: 'save' }>['reason'];

type Props = {
  /** The file name shown as the title; null closes the viewer. */
  fileName: string | null;
  content: AttachmentViewerContent;
  /** Under the title: size, capture time and where that time came from. */
  caption: string;
  /** Why a file is only saved, in the user's language (`format` is its media type). */
  saveText: (reason: SaveReason, format: string) => string;
  texts: { loading: string; save: string };
  /** Saves the bytes to disk through the platform (offered for every file, shown inline or not). */
  onSave: () => void;
  onClose: () => void;
  /** Tests and non-Chromium hosts may pass their own; defaults to the browser's `canPlayType`. */
  canPlay?: CanPlay;
};

type InlineMode = Exclude<ViewerMode, { mode: 'save' }>;

/**
 * One image, recording or video from a `blob:` URL typed with the sniffed type (a MOV as the MP4 it is).
 * A file the browser still cannot decode (a damaged photo, an unusual codec) falls back to saving.
 */
function InlineMedia(props: {
  blob: Blob;
  mode: InlineMode;
  mediaType: string;
  alt: string;
  fallback: ReactNode;
}) {
  const { blob, mode, mediaType, alt, fallback } = props;
  const type = mode.mode === 'image' ? mediaType : mode.playAs;
  const url = useMemo(() => URL.createObjectURL(new Blob([blob], { type })), [blob, type]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  const [hasFailed, setFailed] = useState(false);
  const fail = () => setFailed(true);
  if (hasFailed) return fallback;
  if (mode.mode === 'image')
    return <Image src={url} alt={alt} onError={fail} data-testid="attachment-image" />;
  if (mode.mode === 'audio')
    // Evidence recordings have no caption track; the officer listens to what was said on site.
    return <audio controls src={url} onError={fail} data-testid="attachment-audio" />;
  return (
    <video
      controls
      src={url}
      onError={fail}
      style={{ maxWidth: '100%', maxHeight: '70vh' }}
      data-testid="attachment-video"
    />
  );
}

const browserCanPlay: CanPlay = (type) => document.createElement('video').canPlayType(type) !== '';

/**
 * The one attachment viewer: images, audio and video inline from a `blob:` URL typed with the SNIFFED
 * type; documents, undecodable formats and inert files only saved to disk. Nothing here is ever a page:
 * no iframe, no `window.open`, no object URL of a type a browser would lay out or run.
 */
export function AttachmentViewer({
  fileName,
  content,
  caption,
  saveText,
  texts,
  onSave,
  onClose,
  canPlay = browserCanPlay,
}: Props) {
  const ready = content.status === 'ready' ? content : null;
  const mode = useMemo(() => (ready ? viewerModeOf(ready.mediaType, canPlay) : null), [ready, canPlay]);

  const saveButton = (
    <Button
      variant="light"
      leftSection={<IconDownload size={16} />}
      onClick={onSave}
      data-testid="attachment-save"
    >
      {texts.save}
    </Button>
  );

  function body() {
    switch (content.status) {
      case 'loading':
        return (
          <Group>
            <Loader size="sm" />
            <Text>{texts.loading}</Text>
          </Group>
        );
      case 'message':
        return <Text data-testid="photo-not-here">{content.text}</Text>;
      case 'refused':
        return (
          <Stack>
            <Alert color="red" data-testid="attachment-refused">
              {content.text}
            </Alert>
            <Group>{saveButton}</Group>
          </Stack>
        );
      case 'ready':
        break;
    }
    if (!mode || !ready) return null;
    const saveOnly = (reason: SaveReason) => (
      <Stack>
        <Text data-testid="attachment-save-only">{saveText(reason, ready.mediaType)}</Text>
        <Group>{saveButton}</Group>
      </Stack>
    );
    if (mode.mode === 'save') return saveOnly(mode.reason);
    return (
      <Stack>
        {/* Keyed by the bytes: another file starts with a fresh URL and no failure. */}
        <InlineMedia
          key={`${ready.mediaType}:${ready.blob.size}:${fileName ?? ''}`}
          blob={ready.blob}
          mode={mode}
          mediaType={ready.mediaType}
          alt={fileName ?? ''}
          fallback={saveOnly('cannotShow')}
        />
        <Group>{saveButton}</Group>
      </Stack>
    );
  }

  return (
    <Modal opened={fileName !== null} onClose={onClose} title={fileName} size="xl">
      <Stack gap="sm">
        {caption && (
          <Text size="sm" c="dimmed" data-testid="attachment-caption">
            {caption}
          </Text>
        )}
        {body()}
      </Stack>
    </Modal>
  );
}
