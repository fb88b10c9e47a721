import type { Message } from '../../../../shared/messages/Message';
import type { attachmentsZhCN } from './attachments.zhCN';

/** The attachment viewer and capture times: English. The compiler refuses a missing or extra key. */
export const attachmentsEn = {
  'attachments.viewer.loading': 'Opening…',
  'attachments.viewer.save': 'Save to this computer',
  'attachments.viewer.close': 'Close',
  'attachments.viewer.document':
    'Documents are not opened inside the app (so nothing in a file can run here). Save it to this computer and open it with a PDF, Office or OFD reader.',
  'attachments.viewer.cannotPlay':
    'This format ({format}) cannot be played here. Save it to this computer and open it with a media player.',
  'attachments.viewer.cannotShow':
    'This format ({format}) cannot be shown here. Save it to this computer to view it.',
  'attachments.viewer.inert':
    'The file type of this attachment is not on the allowed list: it can only be saved to this computer, never opened in the app.',
  'attachments.viewer.refused':
    'The file content is not an allowed format (it may be a web page or a script) and is not shown. To check it, save it and give it to technical staff; do not open it in a browser.',
  'attachments.viewer.saving': 'Preparing the file…',
  'attachments.capture.exif': 'Taken (photo EXIF)',
  'attachments.capture.media': 'Recorded (time in the file)',
  'attachments.capture.file': 'File modified',
  'attachments.capture.attached': 'Attached (the file records no capture time)',
  'attachments.storing': 'Saving "{name}": {percent}%',
  'attachments.largeHint': 'Large file ({size}) stored in pieces; keep this page open',
} as const satisfies Record<keyof typeof attachmentsZhCN, Message>;
