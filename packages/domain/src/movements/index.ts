/** Workflow state machines of emulation movements and registrations. */
export * from './movement-status.ts';
export * from './registration-status.ts';
