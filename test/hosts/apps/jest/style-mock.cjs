// Jest runs no CSS pipeline: stylesheet imports resolve to this empty module.
module.exports = {};
