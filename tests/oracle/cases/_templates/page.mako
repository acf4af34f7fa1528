Hello ${name}! <a href="${url_for("greet", name="you")}">again</a> [${csrf_token()}] ${request.url.path}
${csrf_input}
