import { subgraphCodegen } from '@care/service-kit/codegen';

export default subgraphCodegen({ mappers: { AuditEntry: '../../domain/audit-entry#AuditEntry' } });
