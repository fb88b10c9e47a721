/** The attachment viewer (photos, recordings, documents) and capture times: Chinese. */
export const attachmentsZhCN = {
  'attachments.viewer.loading': '正在打开…',
  'attachments.viewer.save': '保存到本机',
  'attachments.viewer.close': '关闭',
  'attachments.viewer.document':
    '文档不在应用内打开（防止文件中的内容在应用内运行）。请保存到本机后用 PDF、Office 或 OFD 阅读器查看。',
  'attachments.viewer.cannotPlay': '本机无法直接播放此格式（{format}）。请保存到本机后用播放器打开。',
  'attachments.viewer.cannotShow': '本机无法直接显示此格式（{format}）。请保存到本机后查看。',
  'attachments.viewer.inert': '此附件的文件类型不在允许范围内，仅可保存到本机，不在应用内打开。',
  'attachments.viewer.refused':
    '文件内容不是允许的格式（可能是网页或脚本），已拒绝显示。如需核实，可保存到本机后交技术人员检查；请勿在浏览器中打开。',
  'attachments.viewer.saving': '正在准备文件…',
  'attachments.capture.exif': '拍摄时间（照片 EXIF）',
  'attachments.capture.media': '录制时间（文件内记录）',
  'attachments.capture.file': '文件修改时间',
  'attachments.capture.attached': '添加时间（文件未记录拍摄时间）',
  'attachments.storing': '正在保存“{name}”：{percent}%',
  'attachments.largeHint': '大文件（{size}）分块保存，请勿关闭页面',
} as const;
