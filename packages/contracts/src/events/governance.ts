import { z } from 'zod';
import { defineEvent } from '../define';

export const auditNoteRecorded = defineEvent({
  service: 'governance',
  aggregate: 'audit',
  name: 'note_recorded',
  version: 1,
  description: 'Supervision recorded a note in the audit trail (DOMAIN 4.1), e.g. a paper step archived.',
  data: z.object({
    entryId: z.uuid(),
    action: z.string(),
    subjectType: z.string(),
    subjectId: z.string(),
  }),
  example: {
    entryId: '1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d',
    action: 'paper.archived',
    subjectType: 'Contract',
    subjectId: 'K-2026-7',
  },
});
