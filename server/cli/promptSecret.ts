import { createInterface } from 'node:readline';

/**
 * Asks for a password without echoing it on a terminal. When stdin is not a terminal (a script piping the
 * password in: `echo "$PW" | npm run server:cli -- reset-password --username x`), reads its first line.
 * The line is resolved BEFORE readline is closed: closing emits 'close' at once, which would otherwise
 * answer with an empty password first (the piped password used to be refused as too short).
 */
export function promptSecret(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const input = process.stdin;
    const rl = createInterface({ input, output: process.stderr, terminal: input.isTTY === true });
    if (input.isTTY) {
      process.stderr.write(question);
      // Mute the echo: readline writes typed characters through _writeToOutput.
      (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => undefined;
    }
    rl.once('line', (line) => {
      if (input.isTTY) process.stderr.write('\n');
      resolve(line);
      rl.close();
    });
    rl.once('close', () => resolve(''));
    rl.once('error', reject);
  });
}
