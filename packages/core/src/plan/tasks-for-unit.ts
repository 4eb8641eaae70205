import { membersOf, successorOf } from '../units/registry.js';
import type { Plan, PlanTask } from './types.js';

export type UnitRole = 'lead' | 'partner' | 'any';

/**
 * The units a task reference stands for: itself, a group's members, and the 2025 successors of 2023 units,
 * so that "UBND xã, phường" in a 2023 plan reaches phường Vĩnh Châu after the 2025 merger.
 */
export function unitsCoveredBy(ref: string): ReadonlySet<string> {
  const covered = new Set<string>([ref]);
  for (const member of membersOf(ref)) covered.add(member.id);
  for (const u of [...covered]) {
    const next = successorOf(u);
    if (next) covered.add(next.id);
  }
  return covered;
}

export function taskConcernsUnit(task: PlanTask, unitId: string, role: UnitRole = 'any'): boolean {
  const refs = role === 'lead' ? task.lead : role === 'partner' ? task.partners : [...task.lead, ...task.partners];
  return refs.some((ref) => unitsCoveredBy(ref).has(unitId));
}

/** The tasks a unit leads or partners in, directly, through a group, or through the units it succeeded. */
export function tasksForUnit(plan: Pick<Plan, 'tasks'>, unitId: string, role: UnitRole = 'any'): readonly PlanTask[] {
  return plan.tasks.filter((task) => taskConcernsUnit(task, unitId, role));
}
