// A page that follows work going on elsewhere (an import) loads itself again every few
// seconds; without JavaScript, its link does the same.
(function () {
  'use strict';
  var follower = document.querySelector('[data-refresh-seconds]');
  if (follower) {
    var seconds = Number(follower.getAttribute('data-refresh-seconds')) || 2;
    window.setTimeout(function () { window.location.reload(); }, seconds * 1000);
  }
}());
