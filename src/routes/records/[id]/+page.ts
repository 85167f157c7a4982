export const load = ({ params }) => ({ id: params.id });
