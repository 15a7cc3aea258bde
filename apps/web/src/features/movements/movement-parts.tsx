/** The movement page's tabs, one file each. */
export { AttachmentsPanel } from './attachments-panel.tsx';
export { CascadePanel } from './cascade-panel.tsx';
export { MilestonesPanel } from './milestones-panel.tsx';
export { OffersPanel } from './offers-panel.tsx';
export { TasksBoard } from './tasks-board.tsx';
