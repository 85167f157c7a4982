// Assent and consent records, each an encrypted record of kind "consent" whose id starts with
// the case id ("<case>/<uuid>"), so a case's records are read by key range and deleted with it.
// Records are only ever added: a withdrawal is a new record.
import type { ConsentRecord } from '$lib/domain/consent';
import { keepWellFormed } from './record-shapes';
import { listRecordsByPrefix, putRecord, putRecords, type Space } from './records.repo';

export const CONSENT_KIND = 'consent';

/** Saves one decision with strict durability. */
export async function saveConsent(space: Space, r: ConsentRecord): Promise<void> {
  await putRecord(space, CONSENT_KIND, `${r.caseId}/${r.id}`, r, new Date(r.at));
}

/** Saves decisions given together in one transaction: all of them are kept, or none. */
export async function saveConsents(space: Space, rs: readonly ConsentRecord[]): Promise<void> {
  await putRecords(
    space,
    rs.map((r) => ({ kind: CONSENT_KIND, id: `${r.caseId}/${r.id}`, value: r, updatedAt: r.at }))
  );
}

/** Every decision about a case, oldest first, and how many could not be read. */
export async function listConsents(
  space: Space,
  caseId: string
): Promise<{ consents: ConsentRecord[]; damaged: number }> {
  const { items, damaged } = await listRecordsByPrefix<ConsentRecord>(
    space,
    CONSENT_KIND,
    `${caseId}/`
  );
  const { good, bad } = keepWellFormed(CONSENT_KIND, items);
  const consents = good.map((i) => i.value).sort((a, b) => a.at.localeCompare(b.at));
  return { consents, damaged: damaged.length + bad.length };
}
