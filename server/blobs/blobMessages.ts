import type { Bilingual } from '../../shared/messages/Bilingual';

/**
 * Bilingual texts for the codes only the blob endpoints answer with. Each says what happened and what the
 * app (or the officer) does next; the bytes on the device are never lost by any of these answers.
 */
export const blobMessages = {
  'blob.badHash': {
    'zh-CN': '文件标识（SHA-256）格式不正确，应为 64 位小写十六进制',
    en: 'The file identifier (SHA-256) must be 64 lower-case hexadecimal digits',
  },
  'blob.tooLarge': {
    'zh-CN': '文件超过服务器允许的大小（50 MB），请压缩或分段后重新附加',
    en: 'The file is larger than the server accepts (50 MB); compress or split it and attach it again',
  },
  'blob.notFound': {
    'zh-CN': '服务器上还没有此文件（可能尚未从采集设备上传）',
    en: 'The server does not have this file yet (it may not have been uploaded from the capturing device)',
  },
  'blob.uploadUnknown': {
    'zh-CN': '上传任务不存在或已作废，请重新开始上传',
    en: 'No such upload (or it was discarded); start the upload again',
  },
  'blob.uploadNotYours': {
    'zh-CN': '此上传任务由其他用户发起，请以该用户登录或重新开始上传',
    en: 'This upload was started by another user; sign in as that user or start the upload again',
  },
  'blob.badOffset': {
    'zh-CN': '分块起始位置（Upload-Offset）缺失或格式不正确',
    en: 'The chunk start (Upload-Offset header) is missing or not a whole number',
  },
  'blob.offsetMismatch': {
    'zh-CN': '分块起始位置与服务器已接收的字节数不一致，请从服务器告知的位置继续',
    en: 'The chunk does not start where the server is; continue from the offset the server returned',
  },
  'blob.badChunkChecksum': {
    'zh-CN': '分块校验值（Chunk-Sha256）缺失或格式不正确',
    en: 'The chunk checksum (Chunk-Sha256 header) is missing or malformed',
  },
  'blob.chunkChecksumMismatch': {
    'zh-CN': '分块在传输中损坏（校验值不符），未保存，请重发此分块',
    en: 'The chunk was damaged in transit (checksum mismatch) and was not stored; send it again',
  },
  'blob.emptyChunk': {
    'zh-CN': '分块内容为空',
    en: 'The chunk is empty',
  },
  'blob.chunkTooLarge': {
    'zh-CN': '单个分块过大（上限 4 MB），请使用更小的分块',
    en: 'The chunk is too large (limit 4 MB); send smaller chunks',
  },
  'blob.chunkBeyondSize': {
    'zh-CN': '分块超出了声明的文件大小',
    en: 'The chunk goes past the declared size of the file',
  },
  'blob.chunkMediaType': {
    'zh-CN': '分块格式应为 application/octet-stream',
    en: 'Send chunks as application/octet-stream',
  },
  'blob.uploadIncomplete': {
    'zh-CN': '文件尚未传完，请从服务器告知的位置继续上传',
    en: 'The file is not complete yet; continue from the offset the server returned',
  },
  'blob.uploadCompleted': {
    'zh-CN': '此上传任务已完成，无需再发送分块',
    en: 'This upload is already complete; no more chunks are needed',
  },
  'blob.hashMismatch': {
    'zh-CN': '收到的文件与其标识（SHA-256 或大小）不符，已作废；请检查本机文件后重新上传',
    en: 'The received file does not match its identifier (SHA-256 or size) and was discarded; check the file on this device and upload it again',
  },
  'blob.rangeNotSatisfiable': {
    'zh-CN': '请求的字节范围超出文件大小或格式不正确',
    en: 'The requested byte range is outside the file or malformed',
  },
} as const satisfies Record<string, Bilingual>;

export type BlobCode = keyof typeof blobMessages;

/** True when `code` is one of the blob endpoints' own codes. */
export function isBlobCode(code: string): code is BlobCode {
  return Object.hasOwn(blobMessages, code);
}
