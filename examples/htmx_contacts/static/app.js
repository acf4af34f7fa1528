// Clear the form once htmx has added the new contact's row.
document.body.addEventListener("contactAdded", () => {
  document.querySelector("#contact-form").reset();
});
