import type { Complaint, Solution } from '../domain/complaint';

/** A solution as the graph answers it: with the complaint it belongs to (read with that complaint's rules). */
export type SolutionView = Solution & { complaint: Complaint };
