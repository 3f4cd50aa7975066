// The mock operator's seeded demo admin, whom every page signs in as before its first list request.

/** Phone and password of the demo admin (three companies; the first one has the whole fleet). */
export const demoAdmin = { phone: "77012111249", password: "kabinet-demo" }
