// tamperwatch dashboard: live updates by server-sent events (GET /events). No eval, no inline code:
// it only sets text and class names of rows already on the page (ids target-N, classes status and age),
// links the note of a changed incident to its page, and raises "tw-changed" on the body, on which htmx
// fetches the counts and the incidents table again (#summary): at most once a second, changes in
// between coalesced into the next one.
(function () {
  "use strict";
  if (!window.EventSource) { return; }
  var source = new EventSource("/events");
  var pending = 0;
  function changed() {
    if (pending) { return; }
    pending = window.setTimeout(function () {
      pending = 0;
      document.body.dispatchEvent(new Event("tw-changed"));
    }, 1000);
  }
  source.addEventListener("check", function (message) {
    var data = JSON.parse(message.data);
    changed();
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
      var id = String(Number(data.incident));
      var link = document.createElement("a");
      link.href = "/incidents/" + id;
      link.textContent = "Incident " + id + " " + String(data.change).replace(/[^a-z-]/g, "");
      note.replaceChildren(link);
      note.hidden = false;
    }
    changed();
  });
})();
