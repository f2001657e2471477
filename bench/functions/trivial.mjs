// The benchmark's AWS_PROXY function: the smallest proxy response.
export const handler = async (event) => ({
  statusCode: 200,
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ ok: true, path: event.path }),
});
