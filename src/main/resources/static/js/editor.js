// The back-office's small improvements. Without JavaScript every page works as it is; this
// warns before leaving a form with changes not yet saved, asks before an action that takes
// content off the site, and shows the current page in a menu that scrolls sideways.
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

  // After a refused save, the summary of what to correct takes the focus, as it is read first.
  var summary = document.querySelector('.error-summary');
  if (summary) {
    // Listed in the order of the fields on the page.
    var list = summary.querySelector('ul');
    var items = Array.prototype.slice.call(list.children);
    var position = function (item) {
      var field = document.getElementById(decodeURIComponent(item.firstElementChild.hash.substring(1)));
      return field ? Array.prototype.indexOf.call(document.querySelectorAll('[id]'), field) : Infinity;
    };
    items.sort(function (a, b) { return position(a) - position(b); }).forEach(function (item) {
      list.appendChild(item);
    });
    summary.focus();
  }

  // On a phone the menu scrolls sideways: the current page's link is brought into view.
  var current = document.querySelector('.admin-header .main-nav a[aria-current]');
  if (current && current.parentNode.parentNode.scrollWidth > current.parentNode.parentNode.clientWidth) {
    current.scrollIntoView({ block: 'nearest', inline: 'center' });
  }

  Array.prototype.forEach.call(document.querySelectorAll('form[data-confirm]'), function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.getAttribute('data-confirm'))) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    });
  });
}());
