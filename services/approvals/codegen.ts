import { subgraphCodegen } from '@care/service-kit/codegen';

export default subgraphCodegen({
  mappers: {
    ApprovalRequest: '../../domain/approval-request#ApprovalRequest',
    Delegation: '../../domain/delegation#Delegation',
    Payment: '../../domain/payment#Payment',
  },
});
