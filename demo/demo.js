// Demo only: switches a widget's language by changing its `lang` attribute (no reload, no config object).
for (const button of document.querySelectorAll('button[data-target]')) {
  button.addEventListener('click', () => {
    const widget = document.getElementById(button.dataset.target);
    const english = widget.getAttribute('lang') === 'en';
    widget.setAttribute('lang', english ? 'id' : 'en');
    button.textContent = english ? 'English' : 'Bahasa Indonesia';
  });
}
