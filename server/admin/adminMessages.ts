import type { Bilingual } from '../../shared/messages/Bilingual';

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
    'zh-CN': '不支持的文件格式（支持 .xlsx、.xls、.et、.ods、.csv）',
    en: 'Unsupported file format (.xlsx, .xls, .et, .ods and .csv are supported)',
  },
  'import.sheetUnknown': { 'zh-CN': '工作簿中没有这个工作表', en: 'The workbook has no sheet of this name' },
  'import.missingColumn': { 'zh-CN': '缺少必需的列', en: 'A required column is missing' },
  'import.file.empty': { 'zh-CN': '文件是空的', en: 'The file is empty' },
  'import.file.tooLarge': { 'zh-CN': '文件超过 50 MB', en: 'The file is larger than 50 MB' },
  'import.file.tooManyRows': { 'zh-CN': '表格超过 20 万行', en: 'The sheet has more than 200,000 rows' },
  'import.file.noData': { 'zh-CN': '工作簿中所有工作表都是空的', en: 'Every sheet of the workbook is empty' },
  'import.file.encrypted': {
    'zh-CN': '工作簿设置了打开密码：请在 Excel 或 WPS 中取消密码后另存，再导入',
    en: 'The workbook is password-protected: remove the password in Excel or WPS, save, and import that',
  },
  'import.file.damaged': {
    'zh-CN': '工作簿已损坏：请在 Excel 或 WPS 中打开并重新保存后导入',
    en: 'The workbook is damaged: open it in Excel or WPS, save it again and import that',
  },
  'import.file.oldExcel': {
    'zh-CN': 'Excel 5.0/95 格式的旧工作簿：请另存为 .xlsx 后导入',
    en: 'An Excel 5.0/95 workbook: save it as .xlsx and import that',
  },
  'import.file.pdf': {
    'zh-CN': 'PDF 文件中没有可导入的表格：请从案件系统导出 Excel 或 CSV',
    en: 'A PDF holds no table to import: export Excel or CSV from the case system',
  },
  'import.file.image': { 'zh-CN': '这是图片，不是表格', en: 'This is an image, not a spreadsheet' },
  'import.file.wordDocument': {
    'zh-CN': '这是文字文档，不是表格：请把表格复制到 Excel 中另存为 .xlsx',
    en: 'This is a text document: copy its table into Excel and save it as .xlsx',
  },
  'import.file.presentation': {
    'zh-CN': '这是演示文稿，不是表格',
    en: 'This is a presentation, not a spreadsheet',
  },
  'import.file.numbers': {
    'zh-CN': 'Apple Numbers 文件：请在 Numbers 中导出为 Excel',
    en: 'An Apple Numbers file: export it to Excel from Numbers',
  },
  'import.file.markup': {
    'zh-CN': '网页（HTML）或 XML 格式的表格：请用 Excel 或 WPS 打开后另存为 .xlsx',
    en: 'A web page (HTML) or XML table: open it in Excel or WPS and save it as .xlsx',
  },
  'import.file.archive': { 'zh-CN': '这是压缩包：请先解压', en: 'This is an archive: extract it first' },
  'import.file.notText': {
    'zh-CN': '无法识别的文件类型（支持 .xlsx、.xls、.et、.ods、.csv）',
    en: 'Unrecognised file type (.xlsx, .xls, .et, .ods and .csv are supported)',
  },
  'import.file.unterminatedQuote': {
    'zh-CN': 'CSV 引号从此行起没有闭合',
    en: 'A quote in the CSV opens in this row and is never closed',
  },
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
