import type { Bilingual } from '../../shared/sync/protocolMessages';

/** Bilingual texts for the administrator's commands (CLI) and the case import. */
export const adminMessages = {
  'admin.courtExists': { 'zh-CN': '本服务器已有法院', en: 'This server already has a court' },
  'admin.noCourt': {
    'zh-CN': '尚未创建法院，请先运行 create-court',
    en: 'No court yet; run create-court first',
  },
  'admin.teamExists': { 'zh-CN': '团队名称已存在', en: 'A team with this name already exists' },
  'admin.teamUnknown': { 'zh-CN': '团队不存在', en: 'No such team' },
  'admin.userExists': { 'zh-CN': '用户名已存在', en: 'This user name is taken' },
  'admin.userUnknown': { 'zh-CN': '用户不存在', en: 'No such user' },
  'admin.teamRequired': {
    'zh-CN': '执行干警和团队负责人必须属于一个团队',
    en: 'Officers and team leads must belong to a team',
  },
  'admin.passwordTooShort': { 'zh-CN': '密码至少 8 位', en: 'Passwords need at least 8 characters' },
  'admin.invalidInput': { 'zh-CN': '参数不正确', en: 'Invalid argument' },
  'admin.realCasesPresent': {
    'zh-CN': '服务器中已有真实案件，不能载入演示数据',
    en: 'This server holds real cases; demo data cannot be loaded into it',
  },
  'import.emptyFile': { 'zh-CN': '文件为空', en: 'The file is empty' },
  'import.unsupportedFormat': {
    'zh-CN': '不支持的文件格式（支持 CSV）',
    en: 'Unsupported file format (CSV is supported)',
  },
  'import.missingColumn': { 'zh-CN': '缺少必需的列', en: 'A required column is missing' },
  'import.badQuotes': { 'zh-CN': 'CSV 引号不匹配', en: 'Unbalanced quotes in the CSV' },
  'import.teamUnknown': { 'zh-CN': '团队不存在', en: 'No such team' },
  'import.officerUnknown': { 'zh-CN': '承办人不是本院用户', en: 'The officer is not a user of this court' },
  'import.typeUnknown': { 'zh-CN': '案件类型无法识别', en: 'Unknown case type' },
  'import.statusUnknown': { 'zh-CN': '案件状态无法识别', en: 'Unknown case status' },
  'import.closingModeUnknown': { 'zh-CN': '结案方式无法识别', en: 'Unknown closing mode' },
  'import.date': {
    'zh-CN': '日期格式不正确，应如 2025-03-01',
    en: 'Invalid date; use a form like 2025-03-01',
  },
  'import.partyMismatch': {
    'zh-CN': '当事人名称与证件号数量不一致',
    en: 'The number of party names and ID numbers differ',
  },
  'import.duplicateInFile': { 'zh-CN': '文件中案号重复', en: 'The case number appears twice in the file' },
  'import.exists': {
    'zh-CN': '案件已存在，未重复导入',
    en: 'The case already exists and was not imported again',
  },
} as const satisfies Record<string, Bilingual>;

export type AdminCode = keyof typeof adminMessages;

export function describeAdminCode(code: AdminCode): Bilingual {
  return adminMessages[code];
}
