export * from './accounts';
export * from './assignments';
export * from './csv-export';
export * from './monitoring';
export * from './questionnaires';
export * from './submissions';
export * from './survey-files';
export * from './variables';
