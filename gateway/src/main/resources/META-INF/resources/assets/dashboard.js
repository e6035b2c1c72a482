// Live alerts for the web dashboard: the gateway's SSE stream (signed in by the session cookie,
// filtered to the user's scope on the server) adds each new alert to the page without a reload.
(function () {
  "use strict";
  var status = document.getElementById("live-status");
  var list = document.getElementById("live-meldungen");
  if (!status || !list) {
    return;
  }
  if (!window.EventSource) {
    status.textContent = "Ihr Browser unterstützt keine Live-Meldungen; bitte die Seite neu laden.";
    return;
  }
  var severity = { INFO: "Hinweis", WARNING: "Warnung", CRITICAL: "kritisch" };
  var stream = new EventSource("/api/alerts/stream");
  stream.onopen = function () {
    status.textContent = "Live-Verbindung aktiv.";
  };
  stream.onerror = function () {
    status.textContent = stream.readyState === EventSource.CLOSED
      ? "Live-Verbindung beendet. Bitte die Seite neu laden."
      : "Live-Verbindung unterbrochen, wird neu aufgebaut …";
  };
  stream.addEventListener("alert", function (event) {
    var alert;
    try {
      alert = JSON.parse(event.data);
    } catch (e) {
      return;
    }
    var item = document.createElement("li");
    item.className = "neu schwere-" + (alert.severity || "INFO");
    item.setAttribute("data-alert-id", alert.id || "");
    var label = document.createElement("span");
    label.className = "schwere";
    label.textContent = severity[alert.severity] || alert.severity || "Meldung";
    item.appendChild(label);
    item.appendChild(document.createTextNode(" " + (alert.message || "")));
    list.insertBefore(item, list.firstChild);
    var counter = document.getElementById("zahl-meldungen");
    if (counter && /^\d+$/.test(counter.textContent)) {
      counter.textContent = String(Number(counter.textContent) + 1);
    }
  });
})();
