import { refuse } from '@care/domain-kernel';
import { type Actor, type Connection, paginate } from '@care/service-kit';
import { type ControlledDocument, mayReadRegister } from '../domain/controlled-document';
import type { Deps, DocumentFilter } from './ports';

const assertMayReadRegister = (actor: Actor) => {
  if (!mayReadRegister(actor)) throw refuse.forbidden('reading the document register needs a document role');
};

/** One document's register entry (never its content: see readDocumentContent). */
export async function getDocument(deps: Deps, actor: Actor, id: string): Promise<ControlledDocument | null> {
  assertMayReadRegister(actor);
  return deps.documents.findById(id);
}

/** Register entries by id at once (a batch of entity references), in the order of `ids`: null when none. */
export async function getDocuments(
  deps: Deps,
  actor: Actor,
  ids: readonly string[],
): Promise<(ControlledDocument | null)[]> {
  assertMayReadRegister(actor);
  const found = new Map((await deps.documents.findByIds(ids)).map((d) => [d.id, d]));
  return ids.map((id) => found.get(id) ?? null);
}

/** The register, filtered by kind or project, oldest first. */
export function listDocuments(
  deps: Deps,
  actor: Actor,
  filter: DocumentFilter,
  args: { first?: number | null; after?: string | null },
): Promise<Connection<ControlledDocument>> {
  assertMayReadRegister(actor);
  return paginate(
    args,
    (page) => deps.documents.list(filter, page),
    (d) => ({ at: d.registeredAt, id: d.id }),
  );
}
