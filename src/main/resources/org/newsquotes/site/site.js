/* Shows the record of the focused or clicked highlight, and of the one the address points at. */
(function () {
  'use strict';
  var shown = null;

  function show(record) {
    var card = document.getElementById('card-' + record);
    if (!card || card === shown) {
      return;
    }
    if (shown) {
      shown.hidden = true;
    }
    card.hidden = false;
    shown = card;
  }

  document.addEventListener('focusin', function (event) {
    var target = event.target;
    if (target && target.hasAttribute && target.hasAttribute('data-record')) {
      show(target.getAttribute('data-record'));
    }
  });

  function showTarget() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id ? document.getElementById(id) : null;
    if (target && target.hasAttribute('data-record')) {
      target.focus({preventScroll: true});
      target.scrollIntoView({block: 'center'});
      show(target.getAttribute('data-record'));
    }
  }

  window.addEventListener('hashchange', showTarget);
  // After load, when the browser has made its own scroll to the address's target.
  window.addEventListener('load', showTarget);
}());
