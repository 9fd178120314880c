// The tools of the back-office's Markdown text fields: a toolbar that writes the Markdown
// for bold, italic, headings, lists, links, quotes and pictures, and a live preview rendered
// by the site (the same renderer and sanitiser as on save). Pictures come from the media
// library, or are sent from the editor (chosen, dropped or pasted), always with a text for
// those who do not see them. Text pasted from a word processor or a web page becomes
// Markdown, converted by the site. Without JavaScript the plain field works.
(function () {
  'use strict';

  var template = document.getElementById('markdown-tools');
  if (!template || !template.content || !window.fetch || !window.URLSearchParams) {
    return;
  }

  // Says to the form (unsaved changes, autosave) and to the preview that the text changed.
  function changed(area) {
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }

  // Puts marks around the selected text, or around a word to type when none is selected.
  function wrap(area, before, after) {
    var start = area.selectionStart;
    var end = area.selectionEnd;
    var text = area.value.substring(start, end);
    area.setRangeText(before + text + after, start, end, 'select');
    // The words marked stay selected; with none, the cursor waits between the marks.
    area.setSelectionRange(start + before.length, start + before.length + text.length);
    changed(area);
  }

  // Starts each line of the selection (or the line of the cursor) with a mark.
  function prefixLines(area, mark) {
    var start = area.value.lastIndexOf('\n', area.selectionStart - 1) + 1;
    var end = area.value.indexOf('\n', area.selectionEnd);
    end = end < 0 ? area.value.length : end;
    var lines = area.value.substring(start, end).split('\n');
    var marked = lines.map(function (line, index) {
      return (typeof mark === 'function' ? mark(index) : mark) + line;
    }).join('\n');
    // The cursor goes after the marked lines: what is typed next follows the mark, never replaces it.
    area.setRangeText(marked, start, end, 'end');
    changed(area);
  }

  // The CSRF token of the form a field is in, for what the editor sends to the site.
  function tokenOf(area) {
    var token = area.form && area.form.querySelector('input[name=_csrf]');
    return token ? token.value : null;
  }

  // Puts text at the cursor, in place of the selection, as typing would.
  function insert(area, text) {
    area.setRangeText(text, area.selectionStart, area.selectionEnd, 'end');
    changed(area);
  }

  // One dialog for the page, for every text field: which field it serves is remembered.
  var pictures = (function () {
    var model = template.content.querySelector('.picture-dialog');
    if (!model || !window.HTMLDialogElement) {
      return null;
    }
    var dialog = document.importNode(model, true);
    document.body.appendChild(dialog);
    var list = dialog.querySelector('.picture-list');
    var search = dialog.querySelector('.picture-search');
    var files = dialog.querySelector('.picture-files');
    var alt = dialog.querySelector('.picture-alt');
    var status = dialog.querySelector('.picture-status');
    var address = template.getAttribute('data-pictures');
    var area = null;
    var queue = [];
    var searching = null;

    function say(key, extra) {
      status.textContent = (key ? status.getAttribute('data-' + key) : '') + (extra ? ' ' + extra : '');
    }

    function choose(picture) {
      queue = [picture];
      mark();
      alt.focus();
    }

    // The picture to insert next is pressed in the list.
    function mark() {
      Array.prototype.forEach.call(list.querySelectorAll('button'), function (button) {
        var pressed = queue.length > 0 && button.getAttribute('data-path') === queue[0].path;
        button.setAttribute('aria-pressed', String(pressed));
        if (pressed) {
          button.scrollIntoView({ block: 'nearest' });
        }
      });
    }

    function show(found) {
      var items = found.map(function (picture) {
        var item = document.createElement('li');
        var button = document.createElement('button');
        var image = document.createElement('img');
        var name = document.createElement('span');
        button.type = 'button';
        button.setAttribute('data-path', picture.path);
        button.setAttribute('aria-pressed', 'false');
        image.src = picture.thumbnail;
        image.alt = '';
        image.loading = 'lazy';
        name.textContent = picture.name;
        button.appendChild(image);
        button.appendChild(name);
        button.addEventListener('click', function () { choose(picture); });
        item.appendChild(button);
        return item;
      });
      list.textContent = '';
      items.forEach(function (item) { list.appendChild(item); });
      mark();
    }

    function load() {
      fetch(address + '?q=' + encodeURIComponent(search.value), { credentials: 'same-origin' })
        .then(function (answer) { return answer.ok ? answer.json() : []; })
        .then(show, function () {});
    }

    // Sends pictures to the library; those accepted wait in turn to be described and inserted.
    function send(chosen) {
      var images = Array.prototype.filter.call(chosen, function (file) { return /^image\//.test(file.type); });
      if (!images.length) {
        return;
      }
      var fields = new FormData();
      images.forEach(function (file) { fields.append('file', file, file.name); });
      var token = tokenOf(area);
      say('sending');
      fetch(address, { method: 'POST', body: fields, credentials: 'same-origin',
        headers: token ? { 'X-CSRF-TOKEN': token } : {} })
        .then(function (answer) { return answer.ok ? answer.json() : Promise.reject(answer); })
        .then(function (sent) {
          // The library again, the pictures just sent first among the newest.
          queue = sent.pictures.slice();
          search.value = '';
          load();
          say(sent.pictures.length ? 'sent' : null, sent.refusals.join(' '));
          if (queue.length) {
            alt.focus();
          }
        }, function () { say('failed'); });
    }

    function put() {
      if (!queue.length) {
        say('choose');
        return;
      }
      var text = alt.value.trim().replace(/[\[\]]/g, '');
      if (!text) {
        say('describe');
        alt.focus();
        return;
      }
      var before = area.selectionStart > 0 && area.value.charAt(area.selectionStart - 1) !== '\n' ? '\n\n' : '';
      insert(area, before + '![' + text + '](' + queue.shift().path + ')\n\n');
      alt.value = '';
      if (queue.length) {
        mark();
        say('next');
        alt.focus();
        return;
      }
      mark();
      dialog.close();
    }

    dialog.querySelector('[data-picture=insert]').addEventListener('click', put);
    dialog.querySelector('[data-picture=cancel]').addEventListener('click', function () { dialog.close(); });
    alt.addEventListener('keydown', function (event) {
      if (event.key === 'Enter') {
        event.preventDefault();
        put();
      }
    });
    search.addEventListener('input', function () {
      window.clearTimeout(searching);
      searching = window.setTimeout(load, 300);
    });
    files.addEventListener('change', function () {
      send(files.files);
      files.value = '';
    });
    dialog.addEventListener('close', function () {
      if (area) {
        area.focus();
      }
    });

    return {
      // Opens the dialog for a field, with the library's pictures, or with pictures to send.
      open: function (field, sent) {
        area = field;
        queue = [];
        mark();
        alt.value = '';
        say(null);
        dialog.showModal();
        if (sent) {
          send(sent);
        }
        else {
          load();
          search.focus();
        }
      }
    };
  }());

  // Pictures dropped or pasted on a field are sent; HTML pasted from elsewhere becomes Markdown.
  function receiving(area) {
    var field = area.parentNode;
    field.classList.add('markdown-field');
    var hasFiles = function (event) {
      return event.dataTransfer && Array.prototype.indexOf.call(event.dataTransfer.types, 'Files') >= 0;
    };
    area.addEventListener('dragover', function (event) {
      if (pictures && hasFiles(event)) {
        event.preventDefault();
        field.classList.add('dragging');
      }
    });
    area.addEventListener('dragleave', function () { field.classList.remove('dragging'); });
    area.addEventListener('drop', function (event) {
      field.classList.remove('dragging');
      if (pictures && hasFiles(event) && event.dataTransfer.files.length) {
        event.preventDefault();
        pictures.open(area, event.dataTransfer.files);
      }
    });
    area.addEventListener('paste', function (event) {
      var clipboard = event.clipboardData;
      if (!clipboard) {
        return;
      }
      if (pictures && clipboard.files && clipboard.files.length) {
        event.preventDefault();
        pictures.open(area, clipboard.files);
        return;
      }
      var html = clipboard.getData('text/html');
      if (!html) {
        return;
      }
      event.preventDefault();
      var plain = clipboard.getData('text/plain');
      var fields = new URLSearchParams();
      fields.append('html', html);
      var token = tokenOf(area);
      if (token) {
        fields.append('_csrf', token);
      }
      fetch(template.getAttribute('data-from-html'), { method: 'POST', body: fields, credentials: 'same-origin' })
        .then(function (answer) { return answer.ok ? answer.text() : Promise.reject(answer); })
        .then(function (markdown) { insert(area, markdown); }, function () { insert(area, plain); });
    });
  }

  function act(area, button) {
    switch (button.getAttribute('data-action')) {
      case 'bold': wrap(area, '**', '**'); break;
      case 'italic': wrap(area, '*', '*'); break;
      case 'heading': prefixLines(area, '## '); break;
      case 'list': prefixLines(area, '- '); break;
      case 'numbered': prefixLines(area, function (index) { return (index + 1) + '. '; }); break;
      case 'quote': prefixLines(area, '> '); break;
      case 'picture': {
        if (pictures) {
          pictures.open(area);
        }
        return;
      }
      case 'link': {
        var address = window.prompt(button.getAttribute('data-prompt'), 'https://');
        if (address && address !== 'https://') {
          wrap(area, '[', '](' + address + ')');
        }
        break;
      }
      default: return;
    }
    area.focus();
  }

  // The arrow keys move between the buttons; Tab leaves the toolbar (one stop in the tab order).
  function roving(tools) {
    var buttons = Array.prototype.slice.call(tools.querySelectorAll('button'));
    buttons.forEach(function (button, index) { button.tabIndex = index === 0 ? 0 : -1; });
    tools.addEventListener('keydown', function (event) {
      var index = buttons.indexOf(document.activeElement);
      var next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: buttons.length - 1 }[event.key];
      if (index < 0 || next === undefined) {
        return;
      }
      event.preventDefault();
      next = (next + buttons.length) % buttons.length;
      buttons[index].tabIndex = -1;
      buttons[next].tabIndex = 0;
      buttons[next].focus();
    });
  }

  function previewing(area, form, toggle, preview) {
    var body = preview.querySelector('.markdown-preview-body');
    var token = form.querySelector('input[name=_csrf]');
    var timer = null;
    var render = function () {
      var fields = new URLSearchParams();
      fields.append('text', area.value);
      if (token) {
        fields.append('_csrf', token.value);
      }
      fetch(template.getAttribute('data-preview'),
        { method: 'POST', body: fields, credentials: 'same-origin' })
        .then(function (answer) { return answer.ok ? answer.text() : null; })
        .then(function (html) {
          if (html !== null) {
            // Sanitised by the site's allow-list, as every page's text is.
            body.innerHTML = html;
          }
        }, function () {});
    };
    var show = function (shown) {
      toggle.setAttribute('aria-expanded', String(shown));
      preview.hidden = !shown;
      if (shown) {
        render();
      }
    };
    toggle.addEventListener('click', function () {
      show(preview.hidden);
      if (!preview.hidden) {
        // On a phone it opens below the text: it is brought into view.
        preview.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
      }
    });
    area.addEventListener('input', function () {
      if (!preview.hidden) {
        window.clearTimeout(timer);
        timer = window.setTimeout(render, 400);
      }
    });
    // Beside the text on a wide screen, from the start; on a phone, when asked.
    show(window.matchMedia('(min-width: 64rem)').matches);
  }

  Array.prototype.forEach.call(document.querySelectorAll('textarea[data-markdown]'), function (area) {
    if (area.disabled || area.closest('fieldset[disabled]')) {
      return;
    }
    var tools = template.content.querySelector('.markdown-tools').cloneNode(true);
    var preview = template.content.querySelector('.markdown-preview').cloneNode(true);
    tools.setAttribute('aria-controls', area.id);
    preview.id = area.id + '-preview';
    area.parentNode.insertBefore(tools, area);
    area.parentNode.insertBefore(preview, area.nextSibling);
    roving(tools);
    tools.addEventListener('click', function (event) {
      var button = event.target.closest('button');
      if (button && button.getAttribute('data-action') !== 'preview') {
        act(area, button);
      }
    });
    var toggle = tools.querySelector('[data-action=preview]');
    toggle.setAttribute('aria-controls', preview.id);
    previewing(area, area.form, toggle, preview);
    receiving(area);
    if (!pictures) {
      tools.querySelector('[data-action=picture]').hidden = true;
    }
  });
}());
