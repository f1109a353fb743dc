import { Refusal } from '@care/domain-kernel';
import type { Actor, Caller } from './auth';
import { authorised, type UseCase } from './use-case';

interface Deps {
  reads: string[];
}

const callerWith = (...roles: Actor['roles']): Caller => ({
  actor: { sub: 'someone', name: 'Someone', roles },
  correlationId: 'correlation-1',
});

/** A use case that records what it was given, as a repository read would. */
const echo: UseCase<Deps, { id: string }, string> = async (deps, caller, input) => {
  deps.reads.push(input.id);
  return `${caller.actor.sub}:${input.id}`;
};

describe('authorised', () => {
  it('runs the use case for a caller with one of the roles, with the deps, caller and input as given', async () => {
    const deps: Deps = { reads: [] };
    const run = authorised(['sales', 'marketing'], echo);
    await expect(run(deps, callerWith('marketing'), { id: 'c-1' })).resolves.toBe('someone:c-1');
    expect(deps.reads).toEqual(['c-1']);
  });

  it('answers FORBIDDEN, naming the roles, before the use case runs at all', async () => {
    const deps: Deps = { reads: [] };
    const refused = await authorised(['sales', 'marketing'], echo)(deps, callerWith('finance'), {
      id: 'c-1',
    }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(Refusal);
    expect(refused).toMatchObject({
      code: 'FORBIDDEN',
      message: 'This needs one of the roles: sales, marketing',
    });
    expect(deps.reads).toEqual([]);
  });

  it('answers UNAUTHENTICATED for a caller without an actor, and runs nothing', async () => {
    const deps: Deps = { reads: [] };
    const anonymous = { correlationId: 'correlation-2' } as unknown as Caller;
    await expect(authorised(['admin'], echo)(deps, anonymous, { id: 'c-2' })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    expect(deps.reads).toEqual([]);
  });

  it('refuses as a rejected promise, never by throwing at the call', () => {
    const pending = authorised(['admin'], echo)({ reads: [] }, callerWith(), { id: 'c-3' });
    expect(pending).toBeInstanceOf(Promise);
    return expect(pending).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
