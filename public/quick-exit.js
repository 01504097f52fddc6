// Quick exit: leave for a neutral site and replace this page in history, so Back does not return here.
(function () {
  function leave(event) {
    if (event) event.preventDefault();
    var link = document.getElementById("quick-exit");
    var target = (link && link.href) || "https://www.weather.gov/";
    try { document.body.style.visibility = "hidden"; } catch { /* leaving matters more than hiding the page first */ }
    window.location.replace(target);
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
