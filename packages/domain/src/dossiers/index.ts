/** The one workflow of nomination dossiers, for every kind of commendation. */
export * from './workflow.ts';
