import { loadServerConfig } from '../../config/loadServerConfig';
import { rotateSigningKey } from '../../history/signing/rotateSigningKey';
import type { CliCommand } from '../CliCommand';

/**
 * Creates the court's signing key file (FIELDWRIT_SIGNING_KEY_FILE), or rotates its key: the new key signs
 * from the next server start, the old ones keep only their public half (docs/security.md).
 */
export const createSigningKeyCommand: CliCommand = {
  name: 'create-signing-key',
  usage:
    'create-signing-key   (creates FIELDWRIT_SIGNING_KEY_FILE, or rotates its key; restart the server after)',
  valueOptions: [],
  async run(_sql, _options, out) {
    const { signingKeyFile } = loadServerConfig();
    const { keyId, retired } = rotateSigningKey(signingKeyFile, new Date().toISOString());
    out.say(`已创建签名密钥 / signing key created: ${keyId} in ${signingKeyFile}`);
    if (retired.length > 0)
      out.say(
        `已停用 ${retired.join(', ')}（保留公钥以核对旧签名），请重启服务器 / retired ${retired.join(', ')} ` +
          '(public keys kept to verify older signatures): restart the server to sign with the new key',
      );
  },
};
