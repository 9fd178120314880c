// The back-office's improvements. Without JavaScript every page works as it is; this keeps
// what is typed in a content form on the server every few seconds, warns before leaving a
// form with changes not yet saved, asks before an action that takes content off the site,
// puts the focus on the summary of a refused save, and shows the current page in a menu
// that scrolls sideways.
(function () {
  'use strict';

  // The text fields of a form, as it would send them; files are left to the form itself.
  function fieldsOf(form) {
    var fields = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (typeof value === 'string') {
        fields.append(name, value);
      }
    });
    return fields;
  }

  // Every few seconds of typing, the text goes to the server, which gives it back if the tab
  // is closed or the browser stops before the form is saved.
  function keepWhileTyping(form, address) {
    var status = document.createElement('p');
    status.className = 'autosave-status hint';
    status.setAttribute('role', 'status');
    form.querySelector('.form-actions').appendChild(status);
    var waiting = false;
    var send = function (beacon) {
      if (!waiting) {
        return;
      }
      waiting = false;
      if (beacon && navigator.sendBeacon) {
        navigator.sendBeacon(address, fieldsOf(form));
        return;
      }
      fetch(address, { method: 'POST', body: fieldsOf(form), credentials: 'same-origin' }).then(function (answer) {
        if (answer.ok) {
          var now = new Date();
          status.textContent = form.getAttribute('data-autosaved') + ' ' + now.getHours() + ':'
            + String(now.getMinutes()).padStart(2, '0');
        }
      }, function () { waiting = true; });
    };
    form.addEventListener('input', function () { waiting = true; });
    form.addEventListener('submit', function () { waiting = false; });
    window.setInterval(function () { send(false); }, 5000);
    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState === 'hidden') {
        send(true);
      }
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll('form[data-editor]'), function (form) {
    var changed = false;
    form.addEventListener('input', function () { changed = true; });
    form.addEventListener('change', function () { changed = true; });
    form.addEventListener('submit', function () { changed = false; });
    // Another form of the page (publish the changes kept, say) would leave what was typed here.
    Array.prototype.forEach.call(document.querySelectorAll('form[data-confirm-unsaved]'), function (other) {
      other.addEventListener('submit', function (event) {
        if (changed && !window.confirm(other.getAttribute('data-confirm-unsaved'))) {
          event.preventDefault();
          event.stopImmediatePropagation();
        }
        else {
          changed = false;
        }
      });
    });
    window.addEventListener('beforeunload', function (event) {
      if (changed) {
        event.preventDefault();
        event.returnValue = '';
      }
    });
    var address = form.getAttribute('data-autosave');
    if (address && window.fetch && window.URLSearchParams && form.querySelector('.form-actions')) {
      keepWhileTyping(form, address);
    }
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
