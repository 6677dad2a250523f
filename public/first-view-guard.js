// Runs before the first paint: the overview the build wrote into the page is for the plain address
// only (no view, no filters); any other address hides it until the app draws what was asked for.
if (!/^#?(\/(overview)?\/?)?\??$/.test(location.hash)) document.documentElement.classList.add('deep-link');
