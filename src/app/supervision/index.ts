export { parseAssignmentFile, type AssignmentFile, type AssignmentFileProblem } from './assignments-file';
export { createAssignments, type AssignmentOutcome } from './create-assignments';
export { ProgressPanel } from './ProgressPanel';
export { forgetPrivateKey, loadPrivateKey, onPrivateKeyChange, openWithLoadedKey, privateKeyLoaded } from './private-key';
