export const roles = ['admin', 'coordinator', 'social_worker', 'coach', 'evaluator', 'funder_viewer'] as const;
export type Role = (typeof roles)[number];
