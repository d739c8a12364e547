// Jump to date: shows the form (it needs a script) and takes the reader to the first message on
// or after the chosen day. The days and their links are in the form's data-days attribute.
(function () {
  "use strict";
  var form = document.querySelector("form.jump");
  if (!form) return;
  var days = JSON.parse(form.getAttribute("data-days") || "[]");
  var input = form.querySelector("input");
  form.hidden = false;
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var wanted = input.value;
    if (!wanted || days.length === 0) return;
    var target = days[days.length - 1];
    for (var i = 0; i < days.length; i++) {
      if (days[i][0] >= wanted) {
        target = days[i];
        break;
      }
    }
    window.location.href = target[1];
  });
})();
