// The app side of the bundle: no Studio extensions yet.
export default { interfaces: [], displays: [], layouts: [], modules: [], panels: [], themes: [], operations: [] };
