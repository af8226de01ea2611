/**
 * Updates only the specified properties from an Input object as long as the value is not
 * undefined. Null values can be explicitly set.
 */
export function patchEntity<T extends { [key: string]: any }, I extends { [key: string]: any }>(entity: T, input: I): T {
    for (const key of Object.keys(entity)) {
        const value = input[key];
        if (key !== 'id' && value !== undefined) {
            (entity as any)[key] = value;
        }
    }
    return entity;
}
