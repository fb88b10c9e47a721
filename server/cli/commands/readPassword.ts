import { optionalOption } from '../CliCommand';
import type { CliOptions } from '../CliCommand';
import { promptSecret } from '../promptSecret';

/**
 * `--password` when given (visible to other users in the process list: prefer the others), else one line
 * piped on stdin (scripts), else asked twice on the terminal without echo. A trailing carriage return of a
 * Windows line end is not part of the password.
 */
export async function readPassword(options: CliOptions): Promise<string> {
  const given = optionalOption(options, 'password');
  if (given !== undefined) return given;
  const first = (await promptSecret('密码 / Password: ')).replace(/\r$/, '');
  if (!process.stdin.isTTY) return first;
  const second = await promptSecret('再次输入 / Repeat password: ');
  if (first !== second) throw new Error('两次输入的密码不一致 / The passwords do not match');
  return first;
}
