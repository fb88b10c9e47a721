import type { Bilingual } from '../messages/Bilingual';

/**
 * Bilingual texts for every code the court server answers with: HTTP errors and per-mutation rejections.
 * The server sends both languages; the app shows the user's. Each text says what happened and what to do.
 */
export const protocolMessages = {
  'request.malformedJson': {
    'zh-CN': '请求内容不是有效的 JSON，请升级或重新安装应用后重试',
    en: 'The request body is not valid JSON; update or reinstall the app and try again',
  },
  'request.tooLarge': {
    'zh-CN': '请求内容过大，请分批同步',
    en: 'The request is too large; send it in smaller batches',
  },
  'request.unsupportedMediaType': {
    'zh-CN': '请求格式不受支持，应为 application/json',
    en: 'Unsupported request format; send application/json',
  },
  'request.invalid': {
    'zh-CN': '请求内容不符合要求',
    en: 'The request does not have the expected form',
  },
  'request.notFound': { 'zh-CN': '请求的地址不存在', en: 'No such address on this server' },
  'auth.missingToken': {
    'zh-CN': '未登录，请先登录',
    en: 'Not signed in; please sign in first',
  },
  'auth.invalidToken': {
    'zh-CN': '登录凭据无效，请重新登录',
    en: 'The sign-in token is not valid; please sign in again',
  },
  'auth.tokenExpired': {
    'zh-CN': '登录凭据已过期，请刷新或重新登录',
    en: 'The sign-in token has expired; refresh it or sign in again',
  },
  'auth.badCredentials': {
    'zh-CN': '用户名或密码不正确',
    en: 'Wrong user name or password',
  },
  'auth.throttled': {
    'zh-CN': '登录失败次数过多，请 15 分钟后再试或联系管理员',
    en: 'Too many failed sign-ins; wait 15 minutes or ask the administrator',
  },
  'auth.refreshInvalid': {
    'zh-CN': '登录已失效，请联网后重新输入密码登录',
    en: 'The session has ended; sign in again with your password while online',
  },
  'device.notYours': {
    'zh-CN': '此设备未登记在当前用户名下，请重新登录',
    en: 'This device is not registered to the signed-in user; sign in again',
  },
  'role.forbidden': {
    'zh-CN': '当前角色无权执行此操作',
    en: 'Your role does not allow this action',
  },
  'client.tooOld': {
    'zh-CN': '应用版本过旧，请升级后再同步；待同步的数据已在服务器留存，不会丢失',
    en: 'This app version is too old; update it to sync. The pending changes were kept on the server and are not lost',
  },
  'client.tooNew': {
    'zh-CN': '应用版本比法院服务器新，请联系管理员升级服务器',
    en: 'The app is newer than the court server; ask the administrator to update the server',
  },
  'server.unavailable': {
    'zh-CN': '服务器暂时无法处理，请稍后自动重试',
    en: 'The server cannot process this right now; it will be retried shortly',
  },
  'batch.notContiguous': {
    'zh-CN': '同步批次中的序号不连续',
    en: 'The sequence numbers in the batch are not consecutive',
  },
  'sync.cursorAhead': {
    'zh-CN': '本机同步位置超出服务器记录（服务器可能已从备份恢复），请重新完整同步',
    en: 'This device is ahead of the server (it may have been restored from a backup); run a full re-sync',
  },
  'mutation.invalid': {
    'zh-CN': '修改记录格式不正确',
    en: 'The change record is malformed',
  },
  'mutation.invalidText': {
    'zh-CN': '内容含有无法保存的字符',
    en: 'The content contains characters that cannot be stored',
  },
  'mutation.deviceMismatch': {
    'zh-CN': '修改记录的设备与同步设备不一致',
    en: 'The change was made on a different device than the one syncing it',
  },
  'mutation.authorMismatch': {
    'zh-CN': '修改记录的作者不是当前登录用户，需由作者本人登录同步',
    en: 'The change belongs to another user; its author must sign in to sync it',
  },
  'mutation.caseMismatch': {
    'zh-CN': '修改记录所属案件不一致',
    en: 'The change names a different case than its record',
  },
  'mutation.checksum': {
    'zh-CN': '修改记录校验值不符，内容可能已损坏',
    en: 'The change checksum does not match; the content may be damaged',
  },
  'mutation.serverError': {
    'zh-CN': '服务器处理此修改时出错；修改内容已在服务器留存，请联系管理员',
    en: 'The server failed to process this change; its content was kept on the server, please contact the administrator',
  },
  'mutation.unsupportedEntity': {
    'zh-CN': '法院服务器暂不支持同步此类记录；内容已在服务器留存，升级服务器后可重新提交',
    en: 'The court server cannot sync this kind of record yet; its content was kept on the server and can be resubmitted after an update',
  },
  'mutation.unsupportedOp': {
    'zh-CN': '服务器不支持此类修改',
    en: 'The server does not support this kind of change',
  },
  'access.forbidden': {
    'zh-CN': '无权访问此案件（不属于您的团队）',
    en: 'You may not access this case (it is not your team’s)',
  },
  'record.notFound': { 'zh-CN': '记录不存在', en: 'The record does not exist' },
  'record.exists': { 'zh-CN': '记录已存在', en: 'The record already exists' },
  'record.deleted': {
    'zh-CN': '记录已被删除，修改未保存到正式记录',
    en: 'The record was deleted; the change was not applied to it',
  },
  'record.notDeleted': {
    'zh-CN': '记录未被删除，无需恢复',
    en: 'The record is not deleted; nothing to restore',
  },
  'field.immutable': {
    'zh-CN': '该字段创建后不能修改',
    en: 'This field cannot change once the record exists',
  },
  'record.writeOnce': {
    'zh-CN': '该记录一经保存不能修改（照片、审核意见等属于证据）',
    en: 'This record cannot change once saved (photos and review decisions are evidence)',
  },
  'field.unknown': { 'zh-CN': '字段不存在', en: 'No such field' },
  'field.forbidden': {
    'zh-CN': '当前角色无权修改此字段',
    en: 'Your role may not change this field',
  },
  'field.invalid': { 'zh-CN': '字段内容不正确', en: 'The field value is not valid' },
  'case.createForbidden': {
    'zh-CN': '只有管理员可以新建案件（通过案件导入）',
    en: 'Only an administrator can create cases (through the case import)',
  },
  'case.deleteForbidden': {
    'zh-CN': '只有管理员可以删除或恢复案件',
    en: 'Only an administrator can delete or restore cases',
  },
  'case.numberTaken': {
    'zh-CN': '案号已被其他案件使用',
    en: 'Another case already has this case number',
  },
  'case.teamUnknown': { 'zh-CN': '团队不存在', en: 'No such team' },
  'delete.reasonRequired': {
    'zh-CN': '删除必须填写原因',
    en: 'A deletion needs a reason',
  },
  'tx.aborted': {
    'zh-CN': '同一组修改中有一项被拒绝，整组均未保存',
    en: 'Another change in the same group was refused, so none of the group was applied',
  },
  'history.notFound': {
    'zh-CN': '法院服务器上没有该记录的历史：记录可能尚未同步，或您无权查看',
    en: 'The court server has no history for this record: it may not be synced yet, or you may not see it',
  },
  'conflict.resolveForbidden': {
    'zh-CN': '只有团队负责人或管理员可以处理冲突',
    en: 'Only a team lead or an administrator can resolve conflicts',
  },
  'conflict.reasonRequired': {
    'zh-CN': '处理冲突必须填写理由，请补充理由后重新提交',
    en: 'Resolving a conflict needs a reason; add one and submit again',
  },
} as const satisfies Record<string, Bilingual>;

export type ProtocolCode = keyof typeof protocolMessages;
