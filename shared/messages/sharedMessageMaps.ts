import { assetMessages } from '../assets/assetMessages';
import { debtorMessages } from '../debtor/debtorMessages';
import { legalCalendarMessages } from '../legalCalendar/legalCalendarMessages';
import { fiveChecksMessages } from '../fiveChecks/fiveChecksMessages';
import { importMessages } from '../inventoryImport/importMessages';
import { mediaMessages } from '../media/mediaMessages';
import { fourEyesMessages } from '../review/fourEyesMessages';
import { protocolMessages } from '../sync/protocolMessages';
import { validationMessages } from '../validation/messages';
import { visitMessages } from '../visits/visitMessages';
import type { Bilingual } from './Bilingual';

/**
 * Every message map of shared/, one per domain. The registry holds these from the start, so the app, the
 * server and the CLI all know them without registering anything; a new shared map is one line here.
 */
export const SHARED_MESSAGE_MAPS: readonly Readonly<Record<string, Bilingual>>[] = [
  validationMessages,
  protocolMessages,
  visitMessages,
  assetMessages,
  importMessages,
  fourEyesMessages,
  legalCalendarMessages,
  fiveChecksMessages,
  mediaMessages,
  debtorMessages,
];
