/* Self-check questions of training modules (progressive enhancement). Without JavaScript each
 * question lists its choices and a collapsed answer. With it, the choices become radio buttons,
 * the reader checks an answer and gets told whether it is right, with the explanation. */
(function () {
  "use strict";
  document.querySelectorAll(".pd-quiz").forEach(function (quiz) {
    var texts = quiz.dataset;
    quiz.querySelectorAll(".pd-question").forEach(function (question, index) {
      var answer = question.getAttribute("data-answer");
      var list = question.querySelector(".pd-choices");
      var details = question.querySelector(".pd-answer");
      var choices = document.createElement("div");
      choices.className = "pd-choices";
      Array.prototype.forEach.call(list.children, function (item, i) {
        var label = document.createElement("label");
        var input = document.createElement("input");
        input.type = "radio";
        input.name = "pd-quiz-" + index;
        input.value = String(i + 1);
        label.appendChild(input);
        label.appendChild(document.createTextNode(" " + item.textContent));
        choices.appendChild(label);
      });
      list.replaceWith(choices);
      details.hidden = true;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "pd-check";
      button.textContent = texts.check;
      var verdict = document.createElement("p");
      verdict.className = "pd-verdict";
      verdict.setAttribute("role", "status");
      button.addEventListener("click", function () {
        var chosen = choices.querySelector("input:checked");
        if (!chosen) {
          verdict.textContent = texts.choose;
          return;
        }
        var right = chosen.value === answer;
        verdict.textContent = right ? texts.correct : texts.wrong;
        verdict.className = "pd-verdict " + (right ? "pd-verdict--right" : "pd-verdict--wrong");
        details.hidden = false;
        details.open = true;
      });
      details.before(button, verdict);
    });
  });
})();
