export const load = ({ params }) => ({ caseId: params.id });
