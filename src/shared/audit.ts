// What the audit log records, declared once for the server that writes it and the page that filters it.
export const auditActions = [
  'read',
  'list',
  'create',
  'update',
  'delete',
  'export',
  'login',
  'login_failed',
  'logout',
  'setup',
] as const;
export type AuditAction = (typeof auditActions)[number];
