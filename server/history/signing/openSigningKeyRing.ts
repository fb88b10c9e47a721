import { existsSync } from 'node:fs';
import type { Logger } from '../../log/logger';
import { loadSigningKeyRing } from './loadSigningKeyRing';
import { rotateSigningKey } from './rotateSigningKey';
import type { SigningKeyRing } from './SigningKeyRing';
import { SigningKeyFileError } from './signingKeyFile';

/**
 * The key ring the server starts with. A key file configured on purpose (FIELDWRIT_SIGNING_KEY_FILE) must
 * exist: a server that quietly made itself a new key would sign as someone else. Without configuration
 * (trials, a laptop acting as server) the default file beside the data folder is created on first start.
 */
export function openSigningKeyRing(
  config: { signingKeyFile: string; isSigningKeyFileDefault: boolean },
  logger: Logger,
  now: string,
): SigningKeyRing {
  if (!existsSync(config.signingKeyFile)) {
    if (!config.isSigningKeyFileDefault)
      throw new SigningKeyFileError(
        `签名密钥文件 ${config.signingKeyFile} 不存在，请运行 create-signing-key / ` +
          `the signing key file ${config.signingKeyFile} does not exist: run \`npm run server:cli -- create-signing-key\``,
      );
    const { keyId } = rotateSigningKey(config.signingKeyFile, now);
    logger.warn({ path: config.signingKeyFile, keyId }, 'signing.keyCreated');
  }
  return loadSigningKeyRing(config.signingKeyFile);
}
