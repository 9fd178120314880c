// Shows how far a file upload has gone on the back-office forms that send files. Without
// JavaScript the same forms are sent as usual; this only adds the progress bar.
(function () {
  'use strict';

  function hasFiles(form) {
    return Array.prototype.some.call(form.querySelectorAll('input[type=file]'), function (input) {
      return input.files && input.files.length > 0;
    });
  }

  function setBusy(form, busy) {
    Array.prototype.forEach.call(form.querySelectorAll('button[type=submit]'), function (button) {
      button.disabled = busy;
    });
  }

  function send(form, submitter) {
    var box = form.querySelector('.upload-progress');
    var bar = box.querySelector('progress');
    var text = box.querySelector('.upload-progress-text');
    var request = new XMLHttpRequest();
    // Read before the buttons are disabled: a disabled button sends nothing, and the one
    // pressed says what to do (save, submit, publish).
    var data = submitter ? new FormData(form, submitter) : new FormData(form);
    box.hidden = false;
    setBusy(form, true);
    request.upload.addEventListener('progress', function (event) {
      if (event.lengthComputable) {
        bar.max = event.total;
        bar.value = event.loaded;
        text.textContent = Math.round(100 * event.loaded / event.total) + ' %';
      }
    });
    request.addEventListener('load', function () {
      // The answer is the page the browser would have shown: put it in place of this one.
      if (request.responseURL) {
        window.history.replaceState(null, '', request.responseURL);
      }
      document.open();
      document.write(request.responseText);
      document.close();
      // As a page loaded anew: from its top, where what happened is said.
      window.scrollTo(0, 0);
    });
    request.addEventListener('error', function () {
      setBusy(form, false);
      text.textContent = box.getAttribute('data-failed');
    });
    request.open('POST', form.action);
    request.send(data);
  }

  Array.prototype.forEach.call(document.querySelectorAll('form[data-upload-progress]'), function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.FormData || !hasFiles(form) || !form.querySelector('.upload-progress')) {
        return;
      }
      event.preventDefault();
      send(form, event.submitter);
    });
  });
}());
