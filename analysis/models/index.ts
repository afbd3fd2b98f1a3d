// Design-based regression models: R `svyglm` (linear and logistic) and `regTermTest`.
export { svyGlm, regTermTest, type ModelTerm, type GlmOptions, type GlmCoefficient, type GlmFit, type TermTest } from './glm';
export { GLM_FAMILIES, type GlmFamily } from './irls';
