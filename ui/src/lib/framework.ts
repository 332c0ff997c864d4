//! Retired framework entries (`retiredOn` set) stay in `getFramework()` for history and the
//! framework screen, but are never offered as a choice: filters, forms and role profiles use
//! these views of it.
import type { Framework, Role } from '../bindings.gen';

/** Only what is active: the choices for filters and forms. */
export function activeFramework(framework: Framework): Framework {
  return {
    pillars: framework.pillars.filter((p) => p.retiredOn === null),
    competencies: framework.competencies.filter((c) => c.retiredOn === null),
    roles: framework.roles.filter((r) => r.retiredOn === null),
  };
}

/** The roles to offer for one person: the active ones, plus the retired one they still hold. */
export function offeredRoles(roles: readonly Role[], heldRoleId: number | null = null): Role[] {
  return roles.filter((r) => r.retiredOn === null || r.id === heldRoleId);
}
