// The tools of the back-office's Markdown text fields: a toolbar that writes the Markdown
// for bold, italic, headings, lists, links and quotes, and a live preview rendered by the
// site (the same renderer and sanitiser as on save). Without JavaScript the plain field works.
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

  function act(area, button) {
    switch (button.getAttribute('data-action')) {
      case 'bold': wrap(area, '**', '**'); break;
      case 'italic': wrap(area, '*', '*'); break;
      case 'heading': prefixLines(area, '## '); break;
      case 'list': prefixLines(area, '- '); break;
      case 'numbered': prefixLines(area, function (index) { return (index + 1) + '. '; }); break;
      case 'quote': prefixLines(area, '> '); break;
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
    toggle.addEventListener('click', function () { show(preview.hidden); });
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
  });
}());
