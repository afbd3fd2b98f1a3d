// Runs before the app's modules (a classic script; modules are deferred). The CSP allows no eval:
// without this, zod probes `new Function('')` before its first object parse to decide whether to
// compile schemas — caught, but reported as a CSP violation. zod reads this global at load time.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });
