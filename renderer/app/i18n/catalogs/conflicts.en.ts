import type { Message } from '../../../../shared/messages/Message';
import type { conflictsZhCN } from './conflicts.zhCN';

/** Conflict resolution and disputed records: English. */
export const conflictsEn = {
  'conflicts.title': 'Resolve a conflict',
  'conflicts.back': 'Back',
  'conflicts.notFound':
    'There is no such open conflict on this device: it may have been resolved, or closed by a sync.',
  'conflicts.record': '{entity} · field: {field}',
  'conflicts.ofCase': 'Case {caseNumber}',
  'conflicts.intro':
    'Two people changed the same field at the same time. The court server kept the value committed first and set the other change aside; neither is lost. Decide which value to keep, or enter a new one, and give your reason.',
  'conflicts.introOfficer':
    'Two people changed the same field at the same time. The court server kept the value committed first and set the other change aside; neither is lost.',
  'conflicts.side.base': 'Value before the changes',
  'conflicts.side.baseHint': 'What both saw when they edited',
  'conflicts.side.mine': 'Change set aside',
  'conflicts.side.theirs': 'Committed value (in force)',
  'conflicts.by': 'Changed by: {name}',
  'conflicts.device': 'Device: {device}',
  'conflicts.thisDevice': '{device} (this device)',
  'conflicts.serverTime': 'Received by the server: {time}',
  'conflicts.deviceTime': 'Device clock: {time}',
  'conflicts.unknown': 'unknown',
  'conflicts.empty': '(empty)',
  'conflicts.notDeleted': 'Record in place (not deleted)',
  'conflicts.deletion': 'Delete this record (reason: {reason})',
  'conflicts.editWhileDeleted': 'Changes: {changes}',
  'conflicts.choice.legend': 'Which value to keep',
  'conflicts.choice.mine': 'Take this change',
  'conflicts.choice.theirs': 'Keep the committed value',
  'conflicts.choice.edited': 'Enter a new value',
  'conflicts.choice.editedHint': 'For example, combine both; it starts from the value in force.',
  'conflicts.choice.none': 'Choose which value to keep first.',
  'conflicts.edit.label': 'New value: {field}',
  'conflicts.edit.jsonHint': 'Structured content: enter it as JSON',
  'conflicts.edit.moneyHint': 'In yuan',
  'conflicts.edit.noValue': '(none)',
  'conflicts.reason.label': 'Reason for the decision',
  'conflicts.reason.placeholder':
    'Say why this value is right, e.g. you checked the site photos or asked the people present',
  'conflicts.reason.required':
    'Enter a reason: the decision goes into the case history, and a reason is required.',
  'conflicts.confirm': 'Confirm decision',
  'conflicts.cancel': 'Cancel',
  'conflicts.resolved':
    'Conflict resolved. The decision is saved on this device and goes to the court server with the next sync.',
  'conflicts.failed': 'The decision was not saved: {reasons}. Your choice and reason are still on the page.',
  'conflicts.officerNote':
    'Conflicts are decided by your team lead. You can review both values here; the decision reaches this device with a sync.',
  'conflicts.deletionNote':
    'One person deleted this record while another changed it. A team lead can keep things as they are; deleting or restoring the record is for an administrator.',
  'conflicts.open': 'Resolve',
  'conflicts.view': 'View',
  'conflicts.col.record': 'Record',
  'conflicts.disputed': 'Disputed',
  'conflicts.disputedFields': 'Disputed fields: {fields}',
  'conflicts.print.disputed':
    'This record has unresolved conflicting changes: {fields}. The value printed is the one in use on this device; the other is kept for the team lead to decide.',
  'conflicts.code.conflict.reasonRequired': 'Enter a reason for the decision',
  'conflicts.code.conflict.notOpen':
    'This conflict is no longer open on this device (it may have been resolved); sync and look again',
  'conflicts.code.conflict.deletionNotEditable':
    'A deletion conflict is decided by keeping things as they are or taking the deletion',
  'conflicts.code.conflict.choose': 'Choose a value from the list',
  'conflicts.code.conflict.notANumber': 'Enter a number',
  'conflicts.code.conflict.invalidJson': 'The new value is not valid JSON; check the brackets and quotes',
  'conflicts.code.case.notFound': 'This case is not on this device; sync and try again',
  'conflicts.code.record.notFound': 'This record is not on this device; sync and try again',
} as const satisfies Record<keyof typeof conflictsZhCN, Message>;
