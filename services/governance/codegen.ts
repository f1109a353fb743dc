import { subgraphCodegen } from '@care/service-kit/codegen';

export default subgraphCodegen({
  mappers: {
    AuditEntry: '../../domain/audit-chain#SealedAuditEntry',
    Violation: '../../domain/violation#Violation',
    ViolationStep: '../../domain/violation#Step',
    AuditChainHead: '../../application/verify-audit-chain#ChainHeadView',
    RectificationItem: '../../domain/rectification#RectificationItem',
    ControlledDocument: '../../domain/controlled-document#ControlledDocument',
    DocumentAccessGrant: '../../domain/controlled-document#AccessGrant',
    DocumentContent: '../../application/read-document-content#DocumentContent',
  },
});
