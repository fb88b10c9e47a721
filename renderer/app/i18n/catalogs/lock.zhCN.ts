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
} as const;
