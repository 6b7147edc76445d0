// Shows the articles embedded as JSON one page at a time: only the current page is in the DOM.
(function () {
  "use strict";
  var articles = JSON.parse(document.getElementById("articles-data").textContent);
  var list = document.getElementById("articles");
  var pageSize = Number(list.dataset.pageSize) || 50;
  var onlyWarnings = document.getElementById("only-warnings");
  var search = document.getElementById("search");
  var pagers = document.querySelectorAll(".pager");
  var page = 0;

  function selected() {
    var wanted = search.value.trim().toLowerCase();
    return articles.filter(function (article) {
      return (!onlyWarnings.checked || article.warnings > 0) &&
        (!wanted || article.source.toLowerCase().indexOf(wanted) >= 0);
    });
  }

  function render() {
    var shown = selected();
    var pages = Math.max(1, Math.ceil(shown.length / pageSize));
    page = Math.min(Math.max(page, 0), pages - 1);
    list.innerHTML = shown.slice(page * pageSize, (page + 1) * pageSize)
      .map(function (article) { return article.html; }).join("") ||
      '<p class="note">No article to show.</p>';
    pagers.forEach(function (pager) {
      pager.querySelector(".status").textContent =
        "page " + (page + 1) + " of " + pages + " (" + shown.length + " articles)";
      pager.querySelector('[data-step="-1"]').disabled = page === 0;
      pager.querySelector('[data-step="1"]').disabled = page >= pages - 1;
    });
  }

  pagers.forEach(function (pager) {
    pager.addEventListener("click", function (event) {
      var step = Number(event.target.dataset.step);
      if (!step) { return; }
      page += step;
      render();
      list.scrollIntoView();
    });
  });
  // A results row with evidence in the text (data-ref "race-result"): a click, Enter or Space marks
  // that result's spans (data-refs) and brings the first into view, focused so that its value shows.
  function showEvidence(row) {
    var article = row.closest("article");
    article.querySelectorAll("mark.evidence-shown").forEach(function (mark) {
      mark.classList.remove("evidence-shown");
    });
    var marks = article.querySelectorAll('mark[data-refs~="' + row.dataset.ref + '"]');
    marks.forEach(function (mark) { mark.classList.add("evidence-shown"); });
    if (marks.length) {
      marks[0].scrollIntoView({block: "center"});
      marks[0].focus({preventScroll: true});
    }
  }
  list.addEventListener("click", function (event) {
    var row = event.target.closest("tr[data-ref]");
    if (row) { showEvidence(row); }
  });
  list.addEventListener("keydown", function (event) {
    var row = event.target.closest("tr[data-ref]");
    if (row && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      showEvidence(row);
    }
  });
  onlyWarnings.addEventListener("change", function () { page = 0; render(); });
  search.addEventListener("input", function () { page = 0; render(); });
  render();
})();
