/** The bloc page's editors, re-exported from their own files so existing imports keep working. */
export { roleKey, useDialog } from './bloc-editor-kit.tsx';
export { CreateBlocButton } from './create-bloc-button.tsx';
export { MembersEditor } from './members-editor.tsx';
export { PactEditor, SignButton, UnsignButton } from './pact-editor.tsx';
export {
  CreateSheetButton,
  SheetSettingsButton,
  SheetSettingsFields,
  settingsFrom,
} from './sheet-settings.tsx';
