import { ActionIcon, Popover, TextInput } from '@mantine/core';
import { DatePicker, useDatesContext } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState, type CSSProperties, type ReactNode } from 'react';
import { isoDateSchema } from '../../../shared/legalCalendar/calendarDate';
import { useT } from '../i18n/useT';

type Props = {
  label: ReactNode;
  /** The day as 'YYYY-MM-DD'; null when not recorded. */
  value: string | null;
  /** Called with every day the field holds: each valid keystroke, each pick; null when emptied. */
  onChange: (date: string | null) => void;
  onBlur?: () => void;
  /** May the day be emptied? Otherwise an empty field is an error. */
  isClearable?: boolean;
  /** Shown when what is typed is not a day. */
  invalidText: string;
  /** An error from the form (e.g. the shared rule's refusal), shown in place of the field's own. */
  error?: ReactNode;
  style?: CSSProperties;
  'data-testid'?: string;
};

/** The typed text as a real calendar day (2025-02-29 is not one), or null. */
function toDate(text: string): string | null {
  const trimmed = text.trim();
  return isoDateSchema.safeParse(trimmed).success ? trimmed : null;
}

/**
 * A calendar day, typed as "2026-12-04" in every UI language, with a calendar to pick from: the date-only
 * sibling of LocalDateTimeField, for the days of court paperwork (a seizure's start, a renewal's order),
 * which have no time of day and no time zone. Officers type, so the text box comes first; Chromium's date
 * input would follow the OS locale instead of the UI's. The field keeps what was typed until it is a day.
 */
export function LocalDateField(props: Props) {
  const { value, onChange, onBlur, isClearable = false, invalidText } = props;
  const t = useT();
  const dates = useDatesContext();
  const [text, setText] = useState(value ?? '');
  const [reported, setReported] = useState(value);
  const [error, setError] = useState<string | undefined>();
  const [isPicking, setIsPicking] = useState(false);
  if (value !== reported) {
    setReported(value);
    setText(value ?? '');
    setError(undefined);
  }

  function report(date: string | null) {
    setReported(date);
    setError(undefined);
    onChange(date);
  }

  function type(next: string) {
    setText(next);
    if (next.trim() === '') return isClearable ? report(null) : undefined;
    const date = toDate(next);
    if (date !== null) report(date);
  }

  function leave() {
    if (toDate(text) === null && (text.trim() !== '' || !isClearable)) setError(invalidText);
    onBlur?.();
  }

  const testId = props['data-testid'];
  return (
    <TextInput
      label={props.label}
      value={text}
      placeholder={t('ledger.date.placeholder')}
      autoComplete="off"
      spellCheck={false}
      onChange={(e) => type(e.currentTarget.value)}
      onBlur={leave}
      error={props.error ?? error}
      style={props.style}
      data-testid={testId}
      rightSectionPointerEvents="all"
      rightSection={
        <Popover opened={isPicking} onChange={setIsPicking} position="bottom-end" trapFocus returnFocus>
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
            <DatePicker
              value={toDate(text)}
              onChange={(picked) => {
                if (picked === null) return;
                setText(picked);
                report(picked);
                setIsPicking(false);
                onBlur?.();
              }}
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
