// The inbox's keyboard and in-place actions. Every action is an ordinary form; this script posts it with
// fetch (Accept: application/json, the session's CSRF token in a header), removes the decided proposal and
// focuses the next one, so a reviewer never waits for a page load. Other pages only use the help toggle.
(function () {
  'use strict';
  var csrfMeta = document.querySelector('meta[name="csrf"]');
  var csrf = csrfMeta ? csrfMeta.content : '';
  var status = document.getElementById('status');
  var current = null;

  function rows() { return Array.prototype.slice.call(document.querySelectorAll('li.proposal')); }

  function say(message, failed) {
    if (!status) { return; }
    status.textContent = message;
    status.classList.toggle('failed', !!failed);
  }

  function focusRow(row) {
    if (!row) { return; }
    if (current) { current.classList.remove('current'); }
    current = row;
    row.classList.add('current');
    row.focus();
    row.scrollIntoView({ block: 'nearest' });
  }

  function move(step) {
    var all = rows();
    if (!all.length) { return; }
    var index = all.indexOf(current);
    index = index < 0 ? 0 : Math.min(all.length - 1, Math.max(0, index + step));
    focusRow(all[index]);
  }

  function updateCounts() {
    var count = document.getElementById('count');
    if (count) { count.textContent = String(rows().length); }
    var selected = document.getElementById('selected-count');
    if (selected) { selected.textContent = String(document.querySelectorAll('li.proposal input.select:checked').length); }
  }

  function removeRow(row) {
    var all = rows();
    var index = all.indexOf(row);
    var next = all[index + 1] || all[index - 1] || null;
    var section = row.closest('section.thread');
    row.remove();
    if (section && !section.querySelector('li.proposal')) { section.remove(); }
    updateCounts();
    if (next) { focusRow(next); } else { current = null; say('Nothing left on this page. Reload for more.'); }
  }

  function post(url, form) {
    var body = new URLSearchParams(new FormData(form));
    return fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Accept': 'application/json', 'X-CSRF-Token': csrf },
      body: body
    }).then(function (response) {
      return response.json().catch(function () {
        return { ok: false, message: 'The server answered ' + response.status + '.' };
      });
    }).catch(function () {
      return { ok: false, message: 'The server could not be reached. Nothing changed.' };
    });
  }

  function submitRowForm(form) {
    var row = form.closest('li.proposal');
    post(form.action, form).then(function (result) {
      say(result.message, !result.ok);
      if (result.ok) { removeRow(row); } else { focusRow(row); }
    });
  }

  function approveSelected() {
    var form = document.getElementById('bulk');
    var checked = document.querySelectorAll('li.proposal input.select:checked');
    if (!form || !checked.length) { say('Select proposals first (x).', true); return; }
    post(form.action, form).then(function (result) {
      say(result.message, !result.ok);
      var decided = result.decided || [];
      Array.prototype.forEach.call(checked, function (box) {
        var row = box.closest('li.proposal');
        if (row && decided.indexOf(row.getAttribute('data-id')) >= 0) { removeRow(row); }
      });
    });
  }

  function open(row, selector, focusSelector) {
    var box = row.querySelector(selector);
    if (!box) { return; }
    box.open = true;
    var field = box.querySelector(focusSelector);
    if (field) { field.focus(); }
  }

  var searchTimer = null;
  function searchContacts(input) {
    var select = input.closest('form').querySelector('select.contact-choice');
    clearTimeout(searchTimer);
    searchTimer = setTimeout(function () {
      fetch('/inbox/contacts?q=' + encodeURIComponent(input.value), {
        credentials: 'same-origin', headers: { 'Accept': 'application/json' }
      }).then(function (response) { return response.json(); }).then(function (contacts) {
        select.textContent = '';
        contacts.forEach(function (contact, index) {
          var option = document.createElement('option');
          option.value = contact.id;
          option.textContent = contact.label;
          option.selected = index === 0;
          select.appendChild(option);
        });
      });
    }, 120);
  }

  function typing(target) {
    return target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT');
  }

  function toggleHelp() {
    var help = document.getElementById('help');
    var button = document.getElementById('help-button');
    if (!help) { return; }
    help.hidden = !help.hidden;
    if (button) { button.setAttribute('aria-expanded', String(!help.hidden)); }
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.classList.contains('act')) {
      event.preventDefault();
      submitRowForm(form);
    } else if (form.id === 'bulk') {
      event.preventDefault();
      approveSelected();
    }
  });

  document.addEventListener('input', function (event) {
    if (event.target.classList.contains('contact-search')) { searchContacts(event.target); }
  });

  document.addEventListener('change', function (event) {
    if (event.target.classList.contains('select')) { updateCounts(); }
  });

  document.addEventListener('focusin', function (event) {
    var row = event.target.closest ? event.target.closest('li.proposal') : null;
    if (row && row !== current) {
      if (current) { current.classList.remove('current'); }
      current = row;
      row.classList.add('current');
    }
  });

  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    var target = event.target;
    if (event.key === 'Escape') {
      var box = target.closest ? target.closest('details') : null;
      if (box) { box.open = false; }
      if (current) { focusRow(current); }
      return;
    }
    if (target.classList && target.classList.contains('contact-search') && event.key === 'ArrowDown') {
      event.preventDefault();
      target.closest('form').querySelector('select.contact-choice').focus();
      return;
    }
    if (target.classList && target.classList.contains('contact-choice') && event.key === 'Enter') {
      event.preventDefault();
      submitRowForm(target.closest('form'));
      return;
    }
    if (typing(target)) { return; }
    if (event.key === '?') { toggleHelp(); event.preventDefault(); return; }
    if (!rows().length) { return; }
    switch (event.key) {
      case 'j': move(1); break;
      case 'k': move(-1); break;
      case 'a':
        if (!current) { move(0); }
        if (current.hasAttribute('data-approvable')) {
          submitRowForm(current.querySelector('form.approve'));
        } else {
          say('This names a new person: reassign it to a contact first (e).', true);
        }
        break;
      case 'A': approveSelected(); break;
      case 'r': if (current) { open(current, 'details.reject-box', 'input.reason'); } break;
      case 'e': if (current) { open(current, 'details.reassign-box', 'input.contact-search'); } break;
      case 'x':
        if (current) {
          var check = current.querySelector('input.select');
          check.checked = !check.checked;
          updateCounts();
        }
        break;
      case 'o': if (current) { window.location.href = current.querySelector('a.subject').href; } break;
      default: return;
    }
    event.preventDefault();
  });

  document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('help-button');
    if (button) { button.addEventListener('click', toggleHelp); }
    var first = rows()[0];
    if (first) { focusRow(first); }
  });
})();
