import type { Bilingual } from '../../../shared/messages/Bilingual';

/**
 * Bilingual texts for the codes of the server's input gate and limits (registered in problemFor.ts). Each
 * says what happened and what the app or the officer does next; nothing on the device is lost by them.
 */
export const limitMessages = {
  'request.tooDeep': {
    'zh-CN': '请求内容嵌套层级过深，服务器不予处理；请升级或重新安装应用后重试',
    en: 'The request nests values too deeply to be processed; update or reinstall the app and try again',
  },
  'request.invalidText': {
    'zh-CN': '请求中含有无法保存的字符（空字符或不完整的 Unicode 字符），请删除后重试',
    en: 'The request contains characters that cannot be stored (a NUL or an incomplete Unicode character); remove them and try again',
  },
  'request.rateLimited': {
    'zh-CN': '请求过于频繁，应用将在稍后自动重试',
    en: 'Too many requests in a short time; the app retries automatically a little later',
  },
  'upload.tooManyOpen': {
    'zh-CN': '此设备未完成的上传过多或过大，请先完成正在进行的上传，应用将稍后重试',
    en: 'This device has too many or too large unfinished uploads; let the current uploads finish, the app retries later',
  },
} as const satisfies Record<string, Bilingual>;
