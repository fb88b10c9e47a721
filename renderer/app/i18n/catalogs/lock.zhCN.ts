/** The lock screen, locking and officers' vaults on this installation: Chinese. */
export const lockZhCN = {
  'lock.title': '已锁定',
  'lock.hint': '本机数据已加密。每位执行人员只能用自己的密码打开自己的数据。',
  'lock.officer': '执行人员',
  'lock.signInTitle': '其他执行人员登录',
  'lock.signInHint': '需要连接法院服务器。登录后只打开您本人的数据，其他执行人员的数据保持锁定。',
  'lock.back': '返回解锁',
  'lock.lockNow': '锁定',
  'lock.lockNowHint': '锁定后需输入密码才能再次打开本机数据',
  'lock.wrongPassword': '密码不正确，数据未打开。请重新输入。',
  'lock.passwordChanged':
    '法院服务器已接受此密码，但本机数据仍以您之前的密码加密。请在锁定界面用之前的密码解锁。',
  'signOut.unsentTitle': '还有工作未到达法院服务器',
  'signOut.unsentBody':
    '退出登录会删除本机上您的案件数据，但以下内容尚未到达法院服务器：{changes}（涉及 {records}），{photos}。',
  'signOut.changes': '{count} 处修改',
  'signOut.records': '{count} 条记录',
  'signOut.photos': '{count} 个照片或文件未上传',
  'signOut.syncFirst': '先同步再退出',
  'signOut.keepLocked': '退出登录，并在本机加密锁定保存',
  'signOut.keepLockedHint': '选择后不会删除任何内容：数据加密锁定保存在本机，您再次登录后会继续发送。',
  'signOut.cancel': '取消',
  'lock.deviceRevoked': '本设备已被法院停用',
  'lock.deviceRevokedRemoved': '本机上的案件数据已删除。如需继续工作，请重新登录。',
  'lock.deviceRevokedKept':
    '以下内容未能发送到法院服务器，未被删除，已加密锁定保存在本机：{changes}（涉及 {records}），{photos}。请重新登录以发送，或联系组长。',
} as const;
