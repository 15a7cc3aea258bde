/** Public disclosure and portal rules (pure). */
export * from './disclosure.ts';
