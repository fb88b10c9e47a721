import type { Bilingual } from '../messages/Bilingual';

/**
 * Bilingual texts of the attachment codes of shared/media: a file refused at capture or after download,
 * and what the viewer says about a file it will not show. Registered in sharedMessageMaps.ts.
 */
export const mediaMessages = {
  'attachment.typeNotAllowed': {
    'zh-CN':
      '文件内容不是允许的格式（照片、录音、录像、PDF、Office 或 OFD 文档），未保存；网页、脚本等文件不能作为附件',
    en: 'The file content is not an allowed format (photo, audio, video, PDF, Office or OFD document) and was not saved; web pages, scripts and similar files cannot be attachments',
  },
  'attachment.typeMismatch': {
    'zh-CN': '文件内容与其声明的文件类型不符，未保存；请确认文件未被改名后重试',
    en: 'The file content does not match its declared type and was not saved; check that the file was not renamed and try again',
  },
  'attachment.refusedAfterDownload': {
    'zh-CN': '从法院服务器收到的文件内容不是允许的格式，已拒绝显示；请联系上传人核实该附件',
    en: 'The file received from the court server is not an allowed format and is not shown; ask the person who attached it to check it',
  },
} as const satisfies Record<string, Bilingual>;
