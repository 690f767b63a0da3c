import type { useOpenedVersion } from '../../app/useConflict';

/** The member's version that a change of role or access is saved against, shared by both; `reload` takes a newer one. */
export type MemberVersion = ReturnType<typeof useOpenedVersion> & { reload: () => Promise<void> };
