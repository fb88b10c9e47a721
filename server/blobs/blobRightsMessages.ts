import type { Bilingual } from '../../shared/messages/Bilingual';

/**
 * Bilingual texts for the codes of blobs read by right (issue 12): a blob belongs to the cases it was
 * uploaded to. Kept apart from blobMessages so the message registry can take them in one line.
 */
export const blobRightsMessages = {
  'blob.caseUnknown': {
    'zh-CN': '附件所属的案件在服务器上不存在或不属于您的团队；请先同步案件记录，再上传此文件',
    en: 'The case this file is attached to is not on the server or not in your team; sync the case records first, then upload the file',
  },
} as const satisfies Record<string, Bilingual>;

export type BlobRightsCode = keyof typeof blobRightsMessages;
