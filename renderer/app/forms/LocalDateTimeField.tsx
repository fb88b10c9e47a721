import { ActionIcon, Popover, TextInput } from '@mantine/core';
import { InlineDateTimePicker, useDatesContext } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState, type CSSProperties, type ReactNode } from 'react';
import { useT } from '../i18n/useT';
import { formatLocal, fromLocalInput } from '../time/localDateTime';

type Props = {
  label: ReactNode;
  /** The time as an offset ISO instant (see localDateTime.ts); null when not recorded. */
  value: string | null;
  /** Called with every time the field holds: each valid keystroke, each pick; null when emptied. */
  onChange: (iso: string | null) => void;
  /** Leaving the field (autosaved forms save at once). */
  onBlur?: () => void;
  /** May the time be emptied (an end time not yet known)? Otherwise an empty field is an error. */
  isClearable?: boolean;
  /** Shown when what is typed is not a time. */
  invalidText: string;
  style?: CSSProperties;
  'data-testid'?: string;
};

/**
 * A local date and time, typed as "2026-12-04 10:57" (24 h) in every UI language, with a calendar to pick
 * from. Officers type, so the text box comes first: Mantine's DateTimePicker is a button that only opens
 * the calendar, and Chromium's datetime-local input follows the OS locale (12/04/2026, 10:57 AM) instead
 * of the UI's. The calendar is Mantine's own (InlineDateTimePicker, the dropdown of DateTimePicker) and
 * speaks the UI language through LocaleDatesProvider.
 *
 * The field keeps what was typed until it is a time, and only then reports it; a time set from outside
 * (e.g. "end now") replaces the text.
 */
export function LocalDateTimeField(props: Props) {
  const { value, onChange, onBlur, isClearable = false, invalidText } = props;
  const t = useT();
  const dates = useDatesContext();
  const [text, setText] = useState(() => formatLocal(value));
  const [reported, setReported] = useState(value);
  const [error, setError] = useState<string | undefined>();
  const [isPicking, setIsPicking] = useState(false);
  // A new time from outside: show it. (The field's own reports are already `reported`, so typing is
  // never overwritten by the value it just produced.)
  if (value !== reported) {
    setReported(value);
    setText(formatLocal(value));
    setError(undefined);
  }

  function report(iso: string | null) {
    setReported(iso);
    setError(undefined);
    onChange(iso);
  }

  function type(next: string) {
    setText(next);
    if (next.trim() === '' && isClearable) return report(null);
    const iso = fromLocalInput(next);
    if (iso !== null) report(iso);
  }

  function leave() {
    const iso = fromLocalInput(text);
    if (iso !== null) setText(formatLocal(iso));
    else if (text.trim() !== '' || !isClearable) setError(invalidText);
    onBlur?.();
  }

  function pick(picked: string | null) {
    const iso = picked === null ? null : fromLocalInput(picked);
    if (iso === null) return;
    setText(formatLocal(iso));
    report(iso);
  }

  const testId = props['data-testid'];
  const typed = fromLocalInput(text);
  return (
    <TextInput
      label={props.label}
      value={text}
      placeholder={t('visits.dateTime.placeholder')}
      autoComplete="off"
      spellCheck={false}
      onChange={(e) => type(e.currentTarget.value)}
      onBlur={leave}
      error={error}
      style={props.style}
      data-testid={testId}
      rightSectionPointerEvents="all"
      rightSection={
        <Popover
          opened={isPicking}
          onChange={setIsPicking}
          position="bottom-end"
          trapFocus
          returnFocus
          shadow="md"
        >
          <Popover.Target>
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={t('visits.dateTime.openPicker')}
              onClick={() => setIsPicking((o) => !o)}
              data-testid={testId && `${testId}-picker`}
            >
              <IconCalendar size={16} />
            </ActionIcon>
          </Popover.Target>
          <Popover.Dropdown data-testid={testId && `${testId}-calendar`}>
            <InlineDateTimePicker
              // The picker speaks "YYYY-MM-DD HH:mm:ss" in device time, as the field does.
              // Mantine stretches the calendar to its container by default; in a popover that is the page.
              fullWidth={false}
              value={typed === null ? null : `${formatLocal(typed)}:00`}
              onChange={pick}
              onSubmit={() => {
                setIsPicking(false);
                onBlur?.();
              }}
              submitButtonProps={{ 'aria-label': t('visits.dateTime.done') }}
              ariaLabels={{
                previousMonth: t('visits.dateTime.previousMonth'),
                nextMonth: t('visits.dateTime.nextMonth'),
                previousYear: t('visits.dateTime.previousYear'),
                nextYear: t('visits.dateTime.nextYear'),
                previousDecade: t('visits.dateTime.previousDecade'),
                nextDecade: t('visits.dateTime.nextDecade'),
                monthLevelControl: t('visits.dateTime.chooseMonth'),
                yearLevelControl: t('visits.dateTime.chooseYear'),
              }}
              monthLabelFormat={t('visits.dateTime.monthFormat')}
              getDayAriaLabel={(day) =>
                dayjs(day).locale(dates.getLocale()).format(t('visits.dateTime.dayFormat'))
              }
            />
          </Popover.Dropdown>
        </Popover>
      }
    />
  );
}
