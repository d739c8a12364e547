// Today and yesterday, as the app says them: true only on the day the page is read, so the build
// writes every day's date and this script names the two nearest ones on the reader's own clock.
(function () {
  "use strict";
  var strings = window.ChatArchiveStrings.strings;
  var iso = function (date) {
    return date.getFullYear() + "-" + String(date.getMonth() + 1).padStart(2, "0") + "-" + String(date.getDate()).padStart(2, "0");
  };
  var now = new Date();
  var names = {};
  names[iso(now)] = strings["day.today"];
  names[iso(new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1))] = strings["day.yesterday"];
  var days = document.querySelectorAll(".day time");
  for (var i = 0; i < days.length; i++) {
    var name = names[days[i].getAttribute("datetime")];
    if (name) {
      days[i].title = days[i].textContent;
      days[i].textContent = name;
    }
  }
})();
