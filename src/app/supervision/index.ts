export { parseAssignmentFile, type AssignmentFile, type AssignmentFileProblem } from './assignments-file';
export { createAssignments, type AssignmentOutcome } from './create-assignments';
export { forgetPrivateKey, loadPrivateKey, onPrivateKeyChange, openWithLoadedKey, privateKeyLoaded } from './private-key';
