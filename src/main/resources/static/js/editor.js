// Back-office forms that hold someone's writing. Without JavaScript they work as they are;
// this adds a warning before leaving a form with changes not yet saved, and asks before an
// action that takes content off the site.
(function () {
  'use strict';

  Array.prototype.forEach.call(document.querySelectorAll('form[data-editor]'), function (form) {
    var changed = false;
    form.addEventListener('input', function () { changed = true; });
    form.addEventListener('change', function () { changed = true; });
    form.addEventListener('submit', function () { changed = false; });
    window.addEventListener('beforeunload', function (event) {
      if (changed) {
        event.preventDefault();
        event.returnValue = '';
      }
    });
  });

  Array.prototype.forEach.call(document.querySelectorAll('form[data-confirm]'), function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.getAttribute('data-confirm'))) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    });
  });
}());
