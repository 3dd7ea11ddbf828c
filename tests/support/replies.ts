import type { Result } from '../../shared/ipc/result.js';

/** The value of a service reply, or the test fails with the error's key and English message. */
export function value<T>(reply: Result<T>): T {
  if (!reply.ok) throw new Error(`${reply.error.key}: ${reply.error.message.en}`);
  return reply.value;
}
