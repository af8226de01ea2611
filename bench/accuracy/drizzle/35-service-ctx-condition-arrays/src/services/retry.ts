/** Retries a read once when the pool hands out a connection that was just closed. */
export async function retryRead<T>(read: () => PromiseLike<T>): Promise<T> {
  try {
    return await read();
  } catch (err) {
    if (err instanceof Error && /Connection terminated/.test(err.message)) return await read();
    throw err;
  }
}
