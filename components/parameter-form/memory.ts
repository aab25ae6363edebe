/** Where a browser remembers the reader's values between guides (localStorage). */
export const MEMORY_KEY = 'guide-parameter-values';
