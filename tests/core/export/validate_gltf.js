// Runs the Khronos glTF validator on one .glb or .gltf file and prints its report summary as JSON:
//   node validate_gltf.js VALIDATOR_PREFIX FILE
// VALIDATOR_PREFIX is the npm prefix the test set-up installed gltf-validator into. External resources
// of a .gltf (its .bin and images) are loaded from the file's folder.
'use strict';
const fs = require('fs');
const path = require('path');

const [prefix, file] = process.argv.slice(2);
const validator = require(path.join(prefix, 'node_modules', 'gltf-validator'));
const folder = path.dirname(file);
const options = {
  uri: path.basename(file),
  maxIssues: 100,
  externalResourceFunction: (uri) =>
    new Promise((resolve, reject) => {
      fs.readFile(path.join(folder, decodeURIComponent(uri)), (err, data) => (err ? reject(err.toString()) : resolve(new Uint8Array(data))));
    }),
};
const run = file.toLowerCase().endsWith('.gltf')
  ? validator.validateString(fs.readFileSync(file, 'utf8'), options)
  : validator.validateBytes(new Uint8Array(fs.readFileSync(file)), options);
run.then((report) => {
  const messages = report.issues.messages.map((m) => `${m.severity} ${m.code} ${m.pointer || ''} ${m.message}`);
  console.log(JSON.stringify({
    errors: report.issues.numErrors,
    warnings: report.issues.numWarnings,
    infos: report.issues.numInfos,
    hints: report.issues.numHints,
    messages,
  }));
}).catch((error) => {
  console.error(`validation failed: ${error}`);
  process.exit(1);
});
