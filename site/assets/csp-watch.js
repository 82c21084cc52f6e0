// Loaded first by builder.html: lists any Content-Security-Policy violation in
// a hidden <output>, so the tests can prove the builder needs no inline script,
// inline style or eval.
const output = document.getElementById('csp-violations');
const seen = [];
document.addEventListener('securitypolicyviolation', (event) => {
  seen.push(`${event.effectiveDirective} ${event.blockedURI}`);
  if (output) output.value = seen.join('\n');
});
