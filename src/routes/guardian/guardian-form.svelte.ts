// The guardian's consent form: a decision per scope (a refusal may carry a reason), who is
// signing, and a drawn signature. Checked before anything is saved; each scope becomes one
// consent record with the hash of exactly the text shown.
import { cleanName } from '$lib/domain/text';
import type { ConsentInput, SignatureStroke } from '$lib/domain/consent';
import { MATERIAL_VERSION } from '$lib/domain/options';
import { hashShownText } from '$lib/domain/consent';
import type { ScopeItem } from '$lib/guardian/leaflet';

export type FormProblem = 'undecided' | 'name' | 'relation' | 'signature';

export const itemKey = (i: Pick<ScopeItem, 'scope' | 'recipient'>) =>
  `${i.scope}|${i.recipient ?? ''}`;

export class GuardianForm {
  readonly items: ScopeItem[];
  decisions = $state<Record<string, 'granted' | 'refused'>>({});
  reasons = $state<Record<string, string>>({});
  name = $state('');
  relation = $state('');
  signature = $state<SignatureStroke[]>([]);
  tried = $state(false);

  constructor(items: ScopeItem[], name: string, relation: string) {
    this.items = items;
    this.name = name;
    this.relation = relation;
  }

  get problems(): FormProblem[] {
    const p: FormProblem[] = [];
    if (this.items.some((i) => !this.decisions[itemKey(i)])) p.push('undecided');
    if (!this.name.trim()) p.push('name');
    if (!this.relation.trim()) p.push('relation');
    if (!this.signature.some((s) => s.length > 0)) p.push('signature');
    return p;
  }

  /** The consent records to save, or null when something is missing (shown once tried). */
  async inputs(ctx: {
    caseId: string;
    sessionId: string;
    lang: string;
    /** Every leaflet text shown before the consent questions. */
    leaflet: readonly string[];
  }): Promise<ConsentInput[] | null> {
    this.tried = true;
    if (this.problems.length) return null;
    const out: ConsentInput[] = [];
    for (const i of this.items) {
      const k = itemKey(i);
      const reason = this.reasons[k]?.trim();
      const decision = this.decisions[k]!;
      out.push({
        caseId: ctx.caseId,
        sessionId: ctx.sessionId,
        subject: 'guardian',
        who: cleanName(this.name),
        role: 'guardian',
        relation: cleanName(this.relation),
        scope: i.scope,
        ...(i.recipient ? { recipient: i.recipient } : {}),
        decision,
        method: 'signature',
        ...(decision === 'refused' && reason ? { reason } : {}),
        signature: $state.snapshot(this.signature) as SignatureStroke[],
        lang: ctx.lang,
        version: MATERIAL_VERSION,
        textHash: await hashShownText([...ctx.leaflet, i.label, i.text], ctx.lang, MATERIAL_VERSION)
      });
    }
    return out;
  }
}
