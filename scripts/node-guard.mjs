// npm scripts run with node_modules/.bin first on PATH, so `node` is the Node 24 from the `node`
// devDependency. If its install script was blocked, npm silently falls back to the machine's Node:
// fail loudly instead of running the project on a runtime it does not target.
const major = Number(process.versions.node.split(".")[0]);
if (major < 22) {
  console.error(
    `precis: Node ${process.versions.node} is too old (need >= 22; the project pins Node 24 as a devDependency).\n` +
      `Run 'npm ci' (the 'node' package's install script must be allowed, see "allowScripts" in package.json) ` +
      `and always go through 'npm run …' / 'npm test' / 'npm start'.`,
  );
  process.exit(1);
}
