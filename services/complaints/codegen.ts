import { subgraphCodegen } from '@care/service-kit/codegen';

export default subgraphCodegen({
  mappers: {
    Complaint: '../../domain/complaint#Complaint',
    Customer: '../../domain/complaint#CustomerRef',
    Sla: '../../domain/sla#SlaState',
    Solution: '../views#SolutionView',
    FollowUp: '../../domain/complaint#FollowUp',
    TimelineEntry: '../../domain/complaint#TimelineEntry',
    ComplaintStats: '../../application/ports#StatsRow',
  },
  // Solutions, follow-ups and timeline entries keep their date-times as ISO text (domain/complaint.ts).
  scalars: { DateTime: { input: 'Date', output: 'Date | string' } },
});
