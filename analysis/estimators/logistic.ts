/**
 * The intercept-only logistic fit that R's `svyciprop(method = "logit" | "likelihood")` runs
 * through `svyglm(y ~ 1, family = quasibinomial)`: `glm.fit`'s iteratively reweighted
 * least squares, reproduced step by step so the estimate expit(β̂) agrees with R to the last
 * digits (IRLS stops at |D − D_old|/(|D| + 0.1) < 1e-8, a hair away from logit p̂).
 */
const EPS = 2.220446049250313e-16;
const THRESH = 30;

/** R's logit inverse link (clamped at |η| > 30 like `C_logit_linkinv`). */
export function linkinv(eta: number): number {
  const t = eta < -THRESH ? EPS : eta > THRESH ? 1 / EPS : Math.exp(eta);
  return t / (1 + t);
}

/** dμ/dη of the logit link (R `C_logit_mu_eta`). */
export function muEta(eta: number): number {
  const o = 1 + Math.exp(eta);
  return eta > THRESH || eta < -THRESH ? EPS : Math.exp(eta) / (o * o);
}

/** Binomial deviance of a constant fit μ for 0/1 data: 2 Σ W [y log(1/μ) + (1 − y) log(1/(1 − μ))]. */
export function binomialDeviance(s1: number, s0: number, mu: number): number {
  return 2 * ((s1 > 0 ? s1 * Math.log(1 / mu) : 0) + (s0 > 0 ? s0 * Math.log(1 / (1 - mu)) : 0));
}

export interface LogisticFit {
  readonly beta: number;
  /** Fitted μ = expit(β̂). */
  readonly mu: number;
  /** μ of the iteration before the last: the working weights of the final fit come from it. */
  readonly muPrevious: number;
  readonly deviance: number;
  /** Σ W y and Σ W (1 − y). */
  readonly s1: number;
  readonly s0: number;
}

/**
 * The sums glm's first IRLS iteration needs, accumulated row by row (possibly for many domains
 * in one pass): it starts from row-specific μ_i = (W_i y_i + ½)/(W_i + 1), so this is the only
 * step that looks at single rows; every later step depends on s1 = Σ W y and s0 = Σ W (1 − y) alone.
 *
 * With a = W + ½ and b = W + 1 the start is μ = a/b (y = 1) or ½/b (y = 0), so
 *   η = ±log(2W + 1),  μ(1 − μ) = μ′(η) = ½a/b²,  working weight W μ′²/(μ(1 − μ)) = W·½a/b²,
 *   working response z = η + (y − μ)/μ′ = ±(log(2W + 1) + b/a),
 *   deviance at the start 2W log(b/a) (the same for y = 0 and 1):
 * two logarithms per row instead of glm's six transcendental calls, equal to rounding.
 * Beyond |η| > 30 (W > 5·10¹²) R clamps the link; those rows take glm's steps literally.
 */
export class InterceptFitSums {
  s1 = 0; s0 = 0; num = 0; den = 0; devStart = 0;

  add(W: number, y: number): void {
    if (y === 1) this.s1 += W; else this.s0 += W;
    if (!(W > 0)) return; // μ = ½ at η = 0: no deviance and no working weight
    if (W > 1e12) { this.addLiterally(W, y); return; }
    const a = W + 0.5, b = W + 1;
    const w2 = (W * 0.5 * a) / (b * b);
    const z = Math.log1p(2 * W) + b / a;
    this.devStart += 2 * W * Math.log1p(0.5 / a);
    this.num += y === 1 ? w2 * z : -w2 * z;
    this.den += w2;
  }

  /** glm's first step for one row as `glm.fit` writes it (any W > 0; s1 and s0 are counted by `add`). */
  addLiterally(W: number, y: number): void {
    const ms = (W * y + 0.5) / (W + 1);
    const eta = Math.log(ms / (1 - ms));
    const mu = linkinv(eta);
    this.devStart += 2 * W * (y === 1 ? Math.log(1 / mu) : Math.log(1 / (1 - mu)));
    const me = muEta(eta);
    if (me === 0) return;
    const z = eta + (y - mu) / me;
    const w2 = (W * me * me) / (mu * (1 - mu));
    this.num += w2 * z; this.den += w2;
  }

  /** Runs the remaining IRLS steps, stopping as glm does at |D − D_old|/(|D| + 0.1) < 1e-8. */
  fit(): LogisticFit {
    const { s1, s0 } = this;
    let devOld = this.devStart;
    let beta = this.num / this.den;
    let muPrevious = NaN;
    let mu = linkinv(beta);
    let dev = binomialDeviance(s1, s0, mu);
    for (let iter = 1; iter < 25; iter++) {
      if (Math.abs(dev - devOld) / (Math.abs(dev) + 0.1) < 1e-8) break;
      devOld = dev;
      muPrevious = mu;
      beta = newtonStep(beta, s1 / (s1 + s0));
      mu = linkinv(beta);
      dev = binomialDeviance(s1, s0, mu);
    }
    return { beta, mu, muPrevious: Number.isNaN(muPrevious) ? mu : muPrevious, deviance: dev, s1, s0 };
  }
}

/** One IRLS step for a constant linear predictor: β + (p − μ)/μ′(β), p the weighted share of ones. */
function newtonStep(beta: number, p: number): number {
  const mu = linkinv(beta);
  return beta + (p - mu) / muEta(beta);
}

/**
 * A replicate's refit as `svyglm` on a replicate design does it: `glm.fit(start = β̂)` with
 * the replicate's weights normalised to sum 1, so only the replicate's share p_r matters.
 */
export function refitFromStart(p: number, start: number): number {
  let beta = start;
  let devOld = binomialDeviance(p, 1 - p, linkinv(beta));
  for (let iter = 0; iter < 25; iter++) {
    beta = newtonStep(beta, p);
    const dev = binomialDeviance(p, 1 - p, linkinv(beta));
    if (Math.abs(dev - devOld) / (Math.abs(dev) + 0.1) < 1e-8) break;
    devOld = dev;
  }
  return beta;
}
