import { isRefusal } from '@care/domain-kernel';
import { authorised, type Caller } from '@care/service-kit';
import { documentTrace } from '../domain/controlled-document';
import type { Deps } from './ports';

export interface RewrapResult {
  activeKeyId: string;
  /** Documents whose data key is now wrapped under the active key. */
  rewrapped: number;
  /** Documents still under another key (those that failed, or were locked by a concurrent run). */
  remaining: number;
  /** Documents whose key is not configured or does not open them: left as they were. */
  failed: string[];
}

const BATCH = 100;

/**
 * Key rotation (DOMAIN 4.7): every document's data key is re-wrapped under the active master key, in
 * batches of one transaction each; the content is not decrypted or rewritten. A document whose master
 * key is missing or wrong is left as it is and reported. Each re-wrapped document's audit entry commits
 * with its new key; the run's summary is an entry too.
 */
export const rewrapDocumentKeys = authorised(
  ['admin'],
  async (deps: Deps, caller: Caller, _input: void): Promise<RewrapResult> => {
    const activeKeyId = deps.documentCipher.activeKeyId();
    let rewrapped = 0;
    const failed: string[] = [];
    let after: string | null = null;
    const trace = (action: string, subjectId: string, details: Record<string, unknown>) =>
      documentTrace(action, subjectId, details, {
        id: deps.newId(),
        actor: caller.actor.sub,
        now: deps.clock.now(),
      });
    for (;;) {
      const batch: string[] = await deps.unitOfWork(async (tx) => {
        const rows = await tx.documents.wrappedElsewhere(activeKeyId, after, BATCH);
        for (const { id, key } of rows) {
          try {
            await tx.documents.updateWrappedKey(id, deps.documentCipher.rewrap(id, key));
            // Each document's trace commits with its new key.
            await tx.entries.insert(
              trace('document.key_rewrapped', id, { fromKeyId: key.keyId, toKeyId: activeKeyId }),
            );
            rewrapped += 1;
          } catch (error) {
            if (!isRefusal(error) || error.code !== 'UNAVAILABLE') throw error;
            failed.push(id);
          }
        }
        return rows.map((r) => r.id);
      });
      if (batch.length === 0) break;
      after = batch[batch.length - 1]!;
    }
    const remaining = await deps.documents.countWrappedElsewhere(activeKeyId);
    await deps.unitOfWork((tx) =>
      tx.entries.insert(
        trace('document.keys_rewrapped', activeKeyId, { activeKeyId, rewrapped, failed, remaining }),
      ),
    );
    return { activeKeyId, rewrapped, remaining, failed };
  },
);
