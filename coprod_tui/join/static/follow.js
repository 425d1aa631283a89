(function () {
  "use strict";
  var main = document.querySelector("main[data-poll]");
  if (!main || !window.fetch) { return; }
  var typing = false;
  document.addEventListener("input", function () { typing = true; });
  function check() {
    fetch(main.getAttribute("data-poll"), {cache: "no-store", credentials: "same-origin"})
      .then(function (answer) { return answer.ok ? answer.json() : null; })
      .then(function (now) {
        if (!now || now.version === main.getAttribute("data-version")) { return; }
        if (!typing) { window.location.replace(main.getAttribute("data-home")); return; }
        var news = document.getElementById("news");
        if (news) { news.hidden = false; }
      })
      .catch(function () {})
      .then(function () { window.setTimeout(check, 4000); });
  }
  window.setTimeout(check, 4000);
})();
