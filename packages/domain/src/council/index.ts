/** The council stage: session arithmetic on top of the rules engine, and ballot receipt codes. */
export * from './receipt.ts';
export * from './session.ts';
