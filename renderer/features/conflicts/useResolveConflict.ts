import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { SyncConflict } from '../../../shared/sync/protocol';
import { useT } from '../../app/i18n/useT';
import { useServices } from '../../app/services/servicesContext';
import { InvalidDataError, StorageFullError } from '../../data/errors';
import type { ConflictChoice } from '../../data/repositories/conflictRepository';
import { useMutationContext } from '../../app/session/useMutationContext';
import { editorFor, editorText, parseEdited, type ConflictEditor } from './conflictEditor';
import { useConflictCodeText } from './useConflictCodeText';

export type ChoiceKind = ConflictChoice['kind'];

type Errors = { choice?: string; edited?: string; reason?: string };

/**
 * The resolution form of one conflict: which side (or an edited value), the reason, and the decision —
 * validate → write locally with the `resolveConflict` mutation (one transaction) → tell the lead. Nothing
 * typed is lost when the write is refused.
 */
export function useResolveConflict(conflict: SyncConflict, onResolved: () => void) {
  const t = useT();
  const { repos } = useServices();
  const ctx = useMutationContext();
  const codeText = useConflictCodeText();
  const editor: ConflictEditor = editorFor(conflict.entity, conflict.field, [
    conflict.base,
    conflict.mine,
    conflict.theirs,
  ]);
  const [choice, setChoiceState] = useState<ChoiceKind | null>(null);
  const [editedText, setEditedText] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [isSaving, setSaving] = useState(false);

  function setChoice(next: ChoiceKind) {
    setChoiceState(next);
    // The new value starts from the one in force: most decisions combine or correct it.
    if (next === 'edited' && editedText === null) setEditedText(editorText(editor, conflict.theirs));
    setErrors((e) => ({ ...e, choice: undefined }));
  }

  async function submit(): Promise<void> {
    const found: Errors = {};
    let picked: ConflictChoice | null = null;
    if (choice === null) found.choice = t('conflicts.choice.none');
    else if (choice === 'edited') {
      const parsed = parseEdited(editor, editedText ?? '');
      if (parsed.ok) picked = { kind: 'edited', value: parsed.value };
      else found.edited = codeText(parsed.code);
    } else picked = { kind: choice, value: conflict[choice] };
    if (reason.trim() === '') found.reason = t('conflicts.reason.required');
    setErrors(found);
    if (!picked || Object.keys(found).length > 0) return;
    setSaving(true);
    try {
      await repos.conflicts.resolve(ctx, conflict, picked, reason);
      notifications.show({ color: 'teal', message: t('conflicts.resolved') });
      onResolved();
    } catch (error) {
      const reasons =
        error instanceof InvalidDataError
          ? error.codes.map(codeText).join(t('punct.clauses'))
          : error instanceof StorageFullError
            ? t('visits.save.storageFull')
            : error instanceof Error
              ? error.message
              : String(error);
      notifications.show({ color: 'red', autoClose: false, message: t('conflicts.failed', { reasons }) });
    } finally {
      setSaving(false);
    }
  }

  return {
    editor,
    choice,
    setChoice,
    editedText: editedText ?? '',
    setEditedText: (text: string) => {
      setEditedText(text);
      setErrors((e) => ({ ...e, edited: undefined }));
    },
    reason,
    setReason: (text: string) => {
      setReason(text);
      if (text.trim() !== '') setErrors((e) => ({ ...e, reason: undefined }));
    },
    errors,
    isSaving,
    submit,
  };
}
