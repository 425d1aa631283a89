// The room view in a browser: ask for the words every few seconds, place them (textContent:
// never markup), and count the speaker's time down in between. Without this script the page
// refreshes itself (a meta refresh in <noscript>).
(function () {
  "use strict";
  var room = document.getElementById("room");
  if (!room) { return; }
  var source = room.getAttribute("data-source");
  var every = 1000 * (parseInt(room.getAttribute("data-poll"), 10) || 2);
  var shown = JSON.parse(room.getAttribute("data-state") || "{}");
  var at = Date.now();  // when shown.seconds_left was true

  function set(id, text) {
    var node = document.getElementById(id);
    if (node && node.textContent !== text) { node.textContent = text; }
  }

  function mmss(seconds) {
    var minutes = Math.floor(seconds / 60), rest = seconds % 60;
    return minutes + ":" + (rest < 10 ? "0" : "") + rest;
  }

  function left() {
    if (shown.seconds_left === null || shown.seconds_left === undefined) { return null; }
    var value = shown.seconds_left - (shown.running ? (Date.now() - at) / 1000 : 0);
    return Math.max(0, Math.ceil(value - 1e-6));
  }

  function draw() {
    room.setAttribute("data-view", shown.view || "waiting");
    set("room-header", shown.header || "");
    set("room-item", shown.item || "");
    set("room-big", shown.big || "");
    set("room-byline", shown.view === "action" ? "" : (shown.byline || ""));
    set("room-top", shown.view === "action" ? (shown.byline || "") : "");
    var seconds = left();
    set("room-digits", seconds === null ? "" : mmss(seconds));
    var lines = (shown.lines || []).slice();
    if (shown.view === "turn" && seconds !== null && shown.words) {
      lines = [seconds === 0 ? shown.words.time : !shown.running ? shown.words.paused
        : seconds <= 10 ? shown.words.last : ""];
    }
    var box = document.getElementById("room-lines");
    var text = lines.filter(function (line) { return line; });
    if (box && box.getAttribute("data-shown") !== JSON.stringify(text)) {
      box.setAttribute("data-shown", JSON.stringify(text));
      while (box.firstChild) { box.removeChild(box.firstChild); }
      text.forEach(function (line) {
        var p = document.createElement("p");
        p.textContent = line;
        box.appendChild(p);
      });
    }
  }

  function ask() {
    fetch(source, { cache: "no-store", credentials: "same-origin" })
      .then(function (answer) { return answer.ok ? answer.json() : null; })
      .then(function (state) {
        if (state) { shown = state; at = Date.now(); draw(); }
      })
      .catch(function () { /* the page will ask again */ })
      .then(function () { window.setTimeout(ask, every); });
  }

  draw();
  window.setInterval(draw, 250);
  window.setTimeout(ask, every);
})();
