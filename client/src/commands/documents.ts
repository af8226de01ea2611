/**
 * Commands of the read-only `partition-lens` documents: the Run / Drop for Good / Cancel buttons
 * of a plan review and Save As / Copy of generated documents, shown in the editor title. Their
 * handlers need the VS Code UI that owns the documents, so extension.ts supplies them (see
 * `registerCommands` overrides); the specs live here so the command table stays the one list.
 */
import { command, type CommandSpec } from './types';

const REVIEW = 'resourceScheme == partition-lens';
const only = (what: string) => (): never => {
  throw new Error(`${what} works on a document Partition Lens opened.`);
};

export const documentCommands: CommandSpec[] = [
  command({
    id: 'partitionLens.reviewRun',
    title: 'Run',
    icon: 'play',
    when: false,
    menus: { editorTitle: { when: `${REVIEW} && resource in partitionLens.runnableReviews`, group: 'navigation@1' } },
    handler: only('Run'),
  }),
  command({
    id: 'partitionLens.reviewDrop',
    title: 'Drop for Good',
    icon: 'trash',
    when: false,
    menus: { editorTitle: { when: `${REVIEW} && resource in partitionLens.destructiveReviews`, group: 'navigation@1' } },
    handler: only('Drop for Good'),
  }),
  command({
    id: 'partitionLens.reviewCancel',
    title: 'Cancel',
    icon: 'close',
    when: false,
    menus: { editorTitle: { when: `${REVIEW} && resource in partitionLens.pendingReviews`, group: 'navigation@2' } },
    handler: only('Cancel'),
  }),
  command({
    id: 'partitionLens.saveDocumentAs',
    title: 'Save As…',
    icon: 'save-as',
    when: 'resourceScheme == partition-lens',
    menus: { editorTitle: { when: REVIEW, group: 'navigation@8' } },
    handler: only('Save As'),
  }),
  command({
    id: 'partitionLens.copyDocument',
    title: 'Copy to Clipboard',
    icon: 'copy',
    when: 'resourceScheme == partition-lens',
    menus: { editorTitle: { when: REVIEW, group: 'navigation@9' } },
    handler: only('Copy'),
  }),
];
