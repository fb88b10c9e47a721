import { Button, Group, Modal, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Asset } from '../../../shared/assets/asset';
import { LocalDateField } from '../../app/forms/LocalDateField';
import { measureStatusOf } from './measureStatusOf';
import { maxRenewalMonths, renewalDefaults, renewalOf, type RenewalValues } from './renewalOf';
import type { LedgerText } from './useLedgerText';
import { useRenewMeasure } from './useRenewMeasure';

type Props = {
  /** The asset whose measure is renewed; null while the dialog is closed. */
  asset: Asset | null;
  today: string;
  text: LedgerText;
  onClose: () => void;
};

/**
 * Renewal 续封 / 续冻 in one step: the day it was ordered (today by default), the new term (the statutory
 * maximum by default, never longer: the shared rule's refusal shows on the field) and the notice number.
 * Enter records it; the reminder clears as the live ledger sees the new last day.
 */
export function RenewalDialog(props: Props) {
  // Keyed by the asset: each opened measure starts from its own defaults, not the last one's typing.
  return props.asset === null ? null : <RenewalForm key={props.asset.id} {...props} asset={props.asset} />;
}

function RenewalForm({ asset, today, text, onClose }: Props & { asset: Asset }) {
  const { t } = text;
  const renew = useRenewMeasure(text);
  const form = useForm<RenewalValues>({
    initialValues: renewalDefaults(asset, today),
    validate: (values) => {
      const outcome = renewalOf(asset, values);
      return outcome.ok ? {} : { [outcome.field]: text.codeWith(outcome.code, outcome.params ?? {}) };
    },
  });
  const status = measureStatusOf(asset, today);
  const preview = renewalOf(asset, form.values);
  const submit = form.onSubmit(async (values) => {
    const outcome = renewalOf(asset, values);
    if (!outcome.ok) return;
    if (await renew(asset, outcome.measure, outcome.lastDay)) onClose();
  });
  return (
    <Modal
      opened
      onClose={onClose}
      centered
      title={t('ledger.renew.title', { name: text.title(asset).title })}
      data-testid="renewal-dialog"
    >
      <form noValidate onSubmit={submit}>
        <Stack gap="sm">
          {status.lastDay !== null && (
            <Text size="sm">{t('ledger.renew.current', { lastDay: status.lastDay })}</Text>
          )}
          <LocalDateField
            label={t('ledger.renew.renewedOn')}
            value={form.values.renewedOn}
            onChange={(date) => form.setFieldValue('renewedOn', date)}
            invalidText={t('ledger.date.invalid')}
            error={form.errors.renewedOn}
            data-testid="renewal-date"
          />
          <NumberInput
            label={t('ledger.renew.termMonths')}
            description={t('ledger.renew.termHint', { maxMonths: maxRenewalMonths(asset) })}
            allowDecimal={false}
            allowNegative={false}
            min={1}
            {...form.getInputProps('termMonths')}
            data-autofocus
            data-testid="renewal-months"
          />
          <TextInput
            label={t('ledger.renew.noticeNumber')}
            maxLength={100}
            {...form.getInputProps('noticeNumber')}
            data-testid="renewal-notice"
          />
          {preview.ok && (
            <Text size="sm" fw={600} data-testid="renewal-new-last-day">
              {t('ledger.renew.newLastDay', { lastDay: preview.lastDay })}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('ledger.renew.cancel')}
            </Button>
            <Button type="submit" data-testid="renewal-confirm">
              {t('ledger.renew.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
