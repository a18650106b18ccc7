// tamperwatch dashboard: live updates by server-sent events (GET /events). No eval, no inline code:
// it only sets text and class names of rows already on the page (ids target-N, classes status and age).
(function () {
  "use strict";
  if (!window.EventSource) { return; }
  var source = new EventSource("/events");
  source.addEventListener("check", function (message) {
    var data = JSON.parse(message.data);
    var row = document.getElementById("target-" + String(Number(data.target)));
    if (!row) { return; }
    var status = String(data.status).replace(/[^a-z-]/g, "");
    var cell = row.querySelector(".status");
    if (cell) { cell.textContent = status; cell.className = "status status-" + status; }
    var age = row.querySelector(".age");
    if (age) { age.textContent = "0 s"; }
  });
  source.addEventListener("incident", function (message) {
    var data = JSON.parse(message.data);
    var note = document.getElementById("live-note");
    if (note) {
      note.textContent = "Incident " + String(Number(data.incident)) + " " + String(data.change).replace(/[^a-z-]/g, "") + ": reload to see it.";
      note.hidden = false;
    }
  });
})();
