/**
 * One dependency's part in whether a process is ready: `off` when it is not configured, `starting` while it comes
 * up beside requests already served (the scheduled jobs); only `down` makes the process not ready.
 */
export type HealthCheck = { status: 'up' } | { status: 'off' } | { status: 'starting' } | { status: 'down'; reason: string };

export const UP: HealthCheck = { status: 'up' };
export const OFF: HealthCheck = { status: 'off' };

/** Runs a check, giving up after `ms`: a dependency that does not answer is down, with the reason. */
export async function checked(ms: number, check: () => Promise<HealthCheck>): Promise<HealthCheck> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<HealthCheck>((resolve) => {
    timer = setTimeout(() => resolve({ status: 'down', reason: `no answer within ${ms} ms` }), ms);
  });
  try {
    return await Promise.race([check().catch((e: Error & { code?: string }) => down(e)), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** The reason an error gives, without its message when it may quote a statement: the kind and code only. */
function down(e: Error & { code?: string }): HealthCheck {
  return { status: 'down', reason: `${e?.name ?? 'Error'}${e?.code ? ` ${e.code}` : ''}` };
}
