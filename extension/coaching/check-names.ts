import '../../shared/photos/checks';
import { allChecks } from '../../shared/checks';
import type { Area } from '../../shared/checks/types';
import { bi, type BilingualText } from '../../shared/i18n/text';
import { photoChecks } from '../../shared/checks/registry';

export interface CheckInfo {
  name: BilingualText;
  area: Area;
}

let byId: Map<string, CheckInfo> | undefined;

/**
 * A check's short name and area, for the room's common problems and "what was fixed". Photo checks are included:
 * photo findings measured in the side panel travel with a session's listings.
 */
export function checkInfo(checkId: string): CheckInfo {
  byId ??= new Map([...allChecks(), ...photoChecks()].map((c) => [c.id, { name: c.name, area: c.area }]));
  // A check from another Rapi version (an imported session): show its id rather than nothing.
  return byId.get(checkId) ?? { name: bi(checkId, checkId), area: 'judul' };
}
