import { subgraphCodegen } from '@care/service-kit/codegen';

export default subgraphCodegen({
  mappers: {
    ApprovalRequest: '../../domain/approval-request#ApprovalRequest',
    ApprovalStep: '../views#ApprovalStepView',
    AuthorityPolicy: '../../domain/authority-policy#AuthorityPolicyVersion',
    AuthorityRule: '../../domain/authority-policy#PolicyRule',
    AuthorityBand: '../../domain/authority-policy#PolicyBand',
    PolicyStep: '../../domain/authority-policy#PolicyStep',
    ApprovalRoute: '../../application/preview-approval-route#RoutePreview',
    RouteStep: '../views#RouteStepView',
    Delegation: '../../domain/delegation#Delegation',
    Payment: '../../domain/payment#Payment',
    PendingApproval: '../views#PendingApprovalView',
  },
});
