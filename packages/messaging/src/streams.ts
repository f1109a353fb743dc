import {
  DiscardPolicy,
  RetentionPolicy,
  StorageType,
  type JetStreamManager,
  type StreamConfig,
} from '@nats-io/jetstream';
import { nanos } from '@nats-io/transport-node';
import type { Topology } from './topology';

export interface StreamSettings {
  /** How long events are kept (DOMAIN 4.1 asks at least 6 months for the audit trail). */
  maxAgeDays: number;
  /** Size cap per stream in bytes; oldest events go first when reached. */
  maxBytes: number;
  /** Window in which a repeated Nats-Msg-Id is dropped by the server. */
  duplicateWindowMs: number;
  /** Copies of each stream in a JetStream cluster (1 on a single server; 3 or 5 in a cluster). */
  replicas?: number;
}

export const DEFAULT_STREAM_SETTINGS: StreamSettings = {
  maxAgeDays: 400,
  maxBytes: 1024 ** 3,
  duplicateWindowMs: 2 * 60_000,
};

function isNotFound(error: unknown): boolean {
  const e = error as { api_error?: { err_code?: number }; code?: string | number; message?: string };
  return e?.api_error?.err_code === 10059 || /stream not found/i.test(e?.message ?? '');
}

/** Creates or updates every stream of the topology: idempotent, file storage, limits from settings. */
export async function ensureStreams(
  jsm: JetStreamManager,
  topology: Topology,
  settings: StreamSettings = DEFAULT_STREAM_SETTINGS,
) {
  for (const stream of topology.streams()) {
    const config: Partial<StreamConfig> & { name: string } = {
      name: stream.name,
      subjects: stream.subjects,
      description: stream.description,
      storage: StorageType.File,
      retention: RetentionPolicy.Limits,
      discard: DiscardPolicy.Old,
      max_age: nanos(settings.maxAgeDays * 86_400_000),
      max_bytes: settings.maxBytes,
      duplicate_window: nanos(settings.duplicateWindowMs),
      num_replicas: settings.replicas ?? 1,
    };
    try {
      await jsm.streams.info(stream.name);
      await jsm.streams.update(stream.name, config);
    } catch (error) {
      if (!isNotFound(error)) throw error;
      await jsm.streams.add(config);
    }
  }
}

/** Deletes every stream of a (test) topology. */
export async function deleteStreams(jsm: JetStreamManager, topology: Topology) {
  for (const stream of topology.streams()) {
    await jsm.streams.delete(stream.name).catch((error: unknown) => {
      if (!isNotFound(error)) throw error;
    });
  }
}
