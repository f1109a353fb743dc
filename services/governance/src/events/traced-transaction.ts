import type { EntityManager } from 'typeorm';
import type { Transaction } from '../application/ports';
import { tracedUnitOfWork } from '../application/traced-unit-of-work';
import { transactionOf } from '../persistence';

/**
 * Runs a reaction in the consumer's transaction (the one that records the event as handled), every event
 * governance emits there also traced in the audit chain (DOMAIN 4.1).
 */
export const tracedTransaction = <T>(tx: EntityManager, work: (t: Transaction) => Promise<T>): Promise<T> =>
  tracedUnitOfWork({ unitOfWork: (w) => w(transactionOf(tx)) })(work);
