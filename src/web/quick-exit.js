// Quick exit: leave for a neutral site in a way Back does not undo, as far as a browser lets a page do that.
// - A new tab opens on the neutral site: it has no history at all, and it comes to the front.
// - This tab steps back over the pages visited in it without reloading (React Router counts them in history.state.idx),
//   then replaces that first hub entry with the neutral site, so Back leads to what came before the hub.
// What no page can do: remove entries from the browser's history list. The in-page entries stepped back over stay as
// Forward entries, and pages loaded in full before the last one (without JavaScript, or after a language switch) stay
// behind Back. /support says so, and how to browse privately.
(function () {
  var leaving = false;

  function leave(event) {
    if (event) event.preventDefault();
    if (leaving) return;
    leaving = true;
    var link = document.getElementById("quick-exit");
    var target = (link && link.href) || "https://www.weather.gov/";
    try {
      document.documentElement.style.visibility = "hidden";
      document.title = "";
    } catch {
      /* leaving matters more than hiding the page first */
    }
    try {
      window.open(target, "_blank", "noopener");
    } catch {
      /* a blocked new tab still leaves below */
    }
    var state = window.history.state;
    var steps = state && typeof state.idx === "number" && state.idx > 0 ? state.idx : 0;
    if (steps === 0) {
      window.location.replace(target);
      return;
    }
    var replaced = false;
    function replace() {
      if (replaced) return;
      replaced = true;
      window.location.replace(target);
    }
    window.addEventListener("popstate", replace, { once: true });
    // If the step back never reports (a browser that ignores it), leave anyway.
    setTimeout(replace, 300);
    window.history.go(-steps);
  }

  document.addEventListener("click", function (event) {
    var link = event.target && event.target.closest && event.target.closest("#quick-exit");
    if (link) leave(event);
  });
  // Pressing Escape twice in a row also leaves.
  var last = 0;
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    var now = Date.now();
    if (now - last < 600) leave(event);
    last = now;
  });
})();
