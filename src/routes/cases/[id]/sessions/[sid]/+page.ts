export const load = ({ params }) => ({ caseId: params.id, sessionId: params.sid });
