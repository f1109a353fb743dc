import { refuse } from '@care/domain-kernel';
import type { Actor } from '@care/service-kit';
import { type ControlledDocument, mayReadRegister } from '../domain/controlled-document';
import type { Deps, DocumentFilter } from './ports';
import { inOrderOf, registerReads } from './read-register';

const assertMayReadRegister = (actor: Actor) => {
  if (!mayReadRegister(actor)) throw refuse.forbidden('reading the document register needs a document role');
};

const documentReads = registerReads<ControlledDocument, DocumentFilter>({
  check: assertMayReadRegister,
  register: (deps) => deps.documents,
  listedBy: (document) => document.registeredAt,
});

/** One document's register entry (never its content: see readDocumentContent). */
export const getDocument = documentReads.get;

/** Register entries by id at once (a batch of entity references), in the order of `ids`: null when none. */
export async function getDocuments(
  deps: Deps,
  actor: Actor,
  ids: readonly string[],
): Promise<(ControlledDocument | null)[]> {
  assertMayReadRegister(actor);
  return inOrderOf(ids, await deps.documents.findByIds(ids));
}

/** The register, filtered by kind or project, oldest first. */
export const listDocuments = documentReads.list;
