// Validates JSON texts against a schema with Ajv (draft 2020-12, discriminator, formats), as a
// JavaScript user of the schemas would. Usage: node check.js SCHEMA < texts.json, where texts.json
// is a JSON array of JSON texts; prints a JSON array holding the errors of each text.
"use strict";
const fs = require("fs");
const Ajv2020 = require("ajv/dist/2020");
const addFormats = require("ajv-formats");

const ajv = new Ajv2020({ discriminator: true, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(fs.readFileSync(process.argv[2], "utf8")));
const texts = JSON.parse(fs.readFileSync(0, "utf8"));
const results = texts.map((text) => {
  validate(JSON.parse(text));
  return (validate.errors || []).map((e) => ({
    instancePath: e.instancePath,
    keyword: e.keyword,
    message: e.message,
    params: e.params,
  }));
});
process.stdout.write(JSON.stringify(results));
