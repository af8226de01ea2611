/** "-createdAt" → [['createdAt', 'DESC'], ['id', 'ASC']]: a stable order for pagination. */
export function getSort(value: string, lastSort: [string, string] = ['id', 'ASC']): [string, string][] {
  const field = value.startsWith('-') ? value.substring(1) : value;
  const direction = value.startsWith('-') ? 'DESC' : 'ASC';
  return [[field, direction], lastSort];
}
